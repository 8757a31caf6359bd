// The portal home page: tabbed news lists (one hidden), a 通知公告 box with year-less dates, a <dl> 政策文件 box,
// an undated 热点推荐 sidebar and the 便民服务 block that carries every link-checker trap.
import type { ListItem } from '../catalog';
import type { RenderContext } from '../context';
import type { DateFormat } from '../dates';
import { gzdtItems, tpxwItems, tzggItems, ywdtItems, zcwjItems } from '../items';
import { escapeHtml, renderPage } from '../layout';
import { artLink } from './parts';
import { renderTrapLinks } from './links';

const spanList = (ctx: RenderContext, list: ListItem[], fmt: DateFormat, attrs = '') =>
  `<ul class="list"${attrs}>\n${list.map((i) => `<li>${artLink(i)}<span>${ctx.d(i.offset!, fmt)}</span></li>`).join('\n')}\n</ul>`;

const TAB_SCRIPT = `<script>
document.querySelectorAll('.tab-hd span').forEach(function (tab, i) {
  tab.addEventListener('mouseover', function () {
    document.querySelectorAll('.tab-hd span').forEach(function (t, j) { t.className = i === j ? 'on' : ''; });
    document.querySelectorAll('.tab-bd ul').forEach(function (ul, j) { ul.style.display = i === j ? '' : 'none'; });
  });
});
</script>`;

export function renderHome(ctx: RenderContext): string {
  // The pinned future-dated 要闻 stays on its column page; the home page shows only published items.
  const news = ywdtItems.filter((i) => i.offset !== null && i.offset > 0).slice(0, 7);
  const policies = zcwjItems(ctx.today).slice(0, 6);
  const policyRows = policies.map((i) => `<dl><dt>${artLink(i)}</dt><dd>${ctx.d(i.offset!)}</dd></dl>`);
  const hot = [
    { href: '/art/1004.html', title: '青山县旅游发展总体规划文本' },
    { href: '/art/1003.html', title: '青山县政务服务事项“一网通办”操作指南' },
    { href: `/art/${tpxwItems[0]!.id}.html`, title: tpxwItems[0]!.title },
    { href: '/hdjl/ldxx/', title: '县长信箱' },
    { href: '/zwgk/gsgg/', title: '公示公告' },
  ].map((h) => `<li><a href="${h.href}" target="_blank">${escapeHtml(h.title)}</a></li>`);

  return renderPage({
    ctx,
    body: `<div class="row clearfix">
<div class="focus-news">
  <div class="tab-hd"><span class="on">要闻动态</span><span>工作动态</span><a class="more" href="/xwzx/ywdt/">更多&gt;&gt;</a></div>
  <div class="tab-bd">
${spanList(ctx, news, 'YYYY-MM-DD')}
${spanList(ctx, gzdtItems.slice(0, 7), 'YYYY-MM-DD', ' style="display:none"')}
  </div>
</div>
<div class="notice-box">
  <div class="box-hd"><h3>通知公告</h3><a class="more" href="/zwgk/tzgg/">更多&gt;&gt;</a></div>
${spanList(ctx, tzggItems.slice(0, 7), 'MM-DD')}
</div>
</div>
<div class="row clearfix">
<div class="policy-box">
  <div class="box-hd"><h3>政策文件</h3><a class="more" href="/zwgk/zcwj/">更多&gt;&gt;</a></div>
  <div class="dl-list">
${policyRows.join('\n')}
  </div>
</div>
<div class="home-hot"><div class="side-box"><h3>热点推荐</h3><ul class="side-list">${hot.join('')}</ul></div></div>
</div>
<div class="row service">
  <div class="box-hd"><h3>便民服务</h3><a class="more" href="/links/traps.html">更多&gt;&gt;</a></div>
${renderTrapLinks(ctx)}
</div>
${TAB_SCRIPT}`,
  });
}
