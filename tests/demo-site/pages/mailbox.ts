// 县长信箱: a public list of letters with 留言时间 and 答复时间 (indicators §3 veto.interaction).
import { COLUMNS } from '../catalog';
import type { RenderContext } from '../context';
import { columnCrumbs, escapeHtml, renderPage } from '../layout';
import { renderColumnPage } from './parts';

export interface Letter {
  id: number;
  title: string;
  /** Days before today the letter was received. */
  askedOffset: number;
  /** Days before today it was answered; null while unanswered. */
  answeredOffset: number | null;
  status: '已答复' | '办理中' | '未答复';
}

export const letters: Letter[] = [
  { id: 801, title: '关于小区门口路灯损坏的反映', askedOffset: 5, answeredOffset: 2, status: '已答复' },
  { id: 802, title: '关于农村饮水安全问题的建议', askedOffset: 10, answeredOffset: null, status: '办理中' },
  { id: 803, title: '咨询新生儿医保办理流程', askedOffset: 12, answeredOffset: 9, status: '已答复' },
  { id: 804, title: '关于菜市场周边占道经营的投诉', askedOffset: 25, answeredOffset: 20, status: '已答复' },
  { id: 805, title: '咨询公租房申请条件', askedOffset: 40, answeredOffset: 33, status: '已答复' },
  { id: 806, title: '关于县城停车难问题的建议', askedOffset: 70, answeredOffset: 61, status: '已答复' },
  { id: 807, title: '关于石门镇部分路段路面破损的反映', askedOffset: 120, answeredOffset: null, status: '未答复' },
  { id: 808, title: '关于企业退休人员待遇调整的咨询', askedOffset: 150, answeredOffset: null, status: '未答复' },
];

const letterHref = (letter: Letter) => `/hdjl/ldxx/${letter.id}.html`;

export function renderMailbox(ctx: RenderContext): string {
  const rows = letters.map(
    (l) => `<tr><td class="title"><a href="${letterHref(l)}" target="_blank">${escapeHtml(l.title)}</a></td>` +
      `<td>${ctx.d(l.askedOffset)}</td><td>${l.answeredOffset === null ? '' : ctx.d(l.answeredOffset)}</td>` +
      `<td class="status">${l.status}</td></tr>`,
  );
  return renderColumnPage(ctx, 'ldxx', {
    meta: { ColumnName: '县长信箱', ColumnType: '县长信箱' },
    body: `<div class="mailbox-tip">写信须知：请如实填写姓名和联系方式，我们将在15个工作日内答复。<a href="javascript:void(0)">我要写信</a></div>
<table class="list-table letters" width="100%">
<tr><th>标题</th><th width="110">留言时间</th><th width="110">答复时间</th><th width="80">状态</th></tr>
${rows.join('\n')}
</table>`,
  });
}

export function renderLetter(ctx: RenderContext, id: number): string | null {
  const letter = letters.find((l) => l.id === id);
  if (!letter) return null;
  const reply =
    letter.answeredOffset === null
      ? '<p class="reply-none">该信件正在办理中。</p>'
      : `<div class="reply"><p>答复单位：青山县人民政府办公室</p><p>答复时间：${ctx.d(letter.answeredOffset)}</p>
<p>您好！您反映的问题已转交相关部门办理，感谢您对我县工作的关心和支持。</p></div>`;
  return renderPage({
    ctx,
    title: letter.title,
    crumbs: columnCrumbs(COLUMNS.ldxx, true),
    body: `<div class="letter"><h1>${escapeHtml(letter.title)}</h1>
<p class="info">留言时间：${ctx.d(letter.askedOffset)}　办理状态：${letter.status}</p>
<div class="content"><p>县长您好：${escapeHtml(letter.title)}，希望有关部门尽快处理。</p></div>
${reply}</div>`,
  });
}
