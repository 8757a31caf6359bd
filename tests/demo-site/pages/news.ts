// 新闻中心 columns: each uses a different list markup and date format, as real CMS templates do.
import type { ListItem } from '../catalog';
import type { RenderContext } from '../context';
import { bmdtItems, GZDT_PAGE_SIZE, gzdtItems, spxwItems, tpxwItems, xzdtItems, ywdtItems } from '../items';
import { escapeHtml } from '../layout';
import { artHref, artLink, renderColumnPage } from './parts';

/** 要闻动态: full timestamps; the pinned first item is dated five days in the future. */
export function renderYwdt(ctx: RenderContext): string {
  const rows = ywdtItems.map(
    (item, i) =>
      `<li>${i === 0 ? '<em class="top">[置顶]</em>' : ''}${artLink(item)}<span class="date">${ctx.d(item.offset!, 'YYYY-MM-DD HH:mm:ss')}</span></li>`,
  );
  return renderColumnPage(ctx, 'ywdt', {
    meta: { ColumnName: '要闻动态', ColumnType: '要闻动态' },
    body: `<ul class="list">\n${rows.join('\n')}\n</ul>`,
  });
}

function gzdtPagination(page: number, pages: number): string {
  const href = (n: number) => (n === 0 ? '/xwzx/gzdt/index.html' : `/xwzx/gzdt/index_${n}.html`);
  const prev = page > 0 ? `<a href="${href(page - 1)}">上一页</a>` : '<span>上一页</span>';
  const next = page < pages - 1 ? `<a href="${href(page + 1)}">下一页</a>` : '<span>下一页</span>';
  return `<div class="page">共 ${gzdtItems.length} 条 第${page + 1}/${pages}页 <a href="${href(0)}">首页</a> ${prev} ${next} <a href="${href(pages - 1)}">尾页</a></div>`;
}

/** 工作动态, page `page` (0-based) of the paginated list. */
export function renderGzdt(ctx: RenderContext, page = 0): string {
  const pages = Math.ceil(gzdtItems.length / GZDT_PAGE_SIZE);
  const rows = gzdtItems
    .slice(page * GZDT_PAGE_SIZE, (page + 1) * GZDT_PAGE_SIZE)
    .map((item) => `<li>${artLink(item)}<span>${ctx.d(item.offset!)}</span></li>`);
  return renderColumnPage(ctx, 'gzdt', {
    meta: { ColumnName: '工作动态', ColumnType: '工作动态' },
    body: `<ul class="list">\n${rows.join('\n')}\n</ul>\n${gzdtPagination(page, pages)}`,
  });
}

/** 乡镇动态: date first, written 2026年03月04日. */
export function renderXzdt(ctx: RenderContext): string {
  const rows = xzdtItems.map(
    (item) => `<li><span class="date">${ctx.d(item.offset!, 'YYYY年MM月DD日')}</span>${artLink(item)}</li>`,
  );
  return renderColumnPage(ctx, 'xzdt', { body: `<ul class="list">\n${rows.join('\n')}\n</ul>` });
}

/** 部门动态: a table with a header row and unpadded slash dates. */
export function renderBmdt(ctx: RenderContext): string {
  const rows = bmdtItems.map(
    (item) => `<tr><td class="title">${artLink(item)}</td><td class="date">${ctx.d(item.offset!, 'YYYY/M/D')}</td></tr>`,
  );
  return renderColumnPage(ctx, 'bmdt', {
    body: `<table class="list-table" width="100%">
<tr><th>标题</th><th width="120">发布日期</th></tr>
${rows.join('\n')}
</table>`,
  });
}

/** 图片新闻: the HTML ships an empty list that an inline script fills 300 ms after load. */
export function renderTpxw(ctx: RenderContext): string {
  const data = tpxwItems.map((item) => ({ t: item.title, u: artHref(item), d: ctx.d(item.offset!) }));
  const script = `<script>
var picNews = ${JSON.stringify(data)};
window.addEventListener('load', function () {
  setTimeout(function () {
    var ul = document.getElementById('pic-list');
    for (var i = 0; i < picNews.length; i++) {
      var li = document.createElement('li');
      li.innerHTML = '<a href="' + picNews[i].u + '" target="_blank"><img src="/images/photo.png" alt=""><p>' +
        picNews[i].t + '</p></a><span class="date">' + picNews[i].d + '</span>';
      ul.appendChild(li);
    }
  }, 300);
});
</script>`;
  return renderColumnPage(ctx, 'tpxw', { body: `<ul id="pic-list" class="list pic-list"></ul>\n${script}` });
}

/** 视频新闻: the list lives in a same-origin iframe. */
export function renderSpxw(ctx: RenderContext): string {
  return renderColumnPage(ctx, 'spxw', {
    body: '<iframe id="video-frame" src="/xwzx/spxw/list.html" width="100%" height="520" frameborder="0" scrolling="no"></iframe>',
  });
}

/** The iframe document of 视频新闻: a bare list without site chrome. */
export function renderSpxwFrame(ctx: RenderContext): string {
  const rows = spxwItems.map(
    (item: ListItem) =>
      `<li><a href="${artHref(item)}" target="_blank">${escapeHtml(item.title)}</a><span>${ctx.d(item.offset!)}</span></li>`,
  );
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>视频新闻列表</title><link rel="stylesheet" href="/css/style.css"></head>
<body class="frame"><ul class="list">
${rows.join('\n')}
</ul></body></html>
`;
}
