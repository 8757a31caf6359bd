// 政务公开 columns with content: notices, policy documents, personnel, plans, statistics and an undated list.
import type { ListItem } from '../catalog';
import type { RenderContext } from '../context';
import type { DateFormat } from '../dates';
import { ghjhItems, gsggItems, rsxxItems, tjxxItems, tzggItems, zcwjItems } from '../items';
import { artLink, renderColumnPage } from './parts';

const datedList = (ctx: RenderContext, items: ListItem[], fmt: DateFormat) =>
  `<ul class="list">\n${items.map((item) => `<li>${artLink(item)}<span class="date">${ctx.d(item.offset!, fmt)}</span></li>`).join('\n')}\n</ul>`;

/** 通知公告: bracketed full dates; the ColumnType meta names the class. */
export function renderTzgg(ctx: RenderContext): string {
  return renderColumnPage(ctx, 'tzgg', {
    meta: { ColumnName: '通知公告', ColumnType: '通知公告' },
    body: datedList(ctx, tzggItems, '[YYYY-MM-DD]'),
  });
}

/** 政策文件: dotted dates next to titles that end in document numbers such as 青府发〔2025〕12号. */
export function renderZcwj(ctx: RenderContext): string {
  return renderColumnPage(ctx, 'zcwj', {
    meta: { ColumnName: '政策文件', ColumnType: '信息公开，政策文件' },
    body: datedList(ctx, zcwjItems(ctx.today), 'YYYY.MM.DD'),
  });
}

/** 人事信息: year-less [MM-DD] dates that may roll over into the previous year. */
export function renderRsxx(ctx: RenderContext): string {
  return renderColumnPage(ctx, 'rsxx', { body: datedList(ctx, rsxxItems, '[MM-DD]') });
}

export function renderGhjh(ctx: RenderContext): string {
  return renderColumnPage(ctx, 'ghjh', { body: datedList(ctx, ghjhItems, 'YYYY-MM-DD') });
}

/** 统计信息: the only date of each item is inside its link text; ColumnType is the meaningless "5" some CMSs emit. */
export function renderTjxx(ctx: RenderContext): string {
  const rows = tjxxItems(ctx.today).map((item) => `<li>${artLink(item)}</li>`);
  return renderColumnPage(ctx, 'tjxx', {
    meta: { ColumnName: '统计信息', ColumnType: '5' },
    body: `<ul class="list">\n${rows.join('\n')}\n</ul>`,
  });
}

/** 公示公告: links without any date, neither in the list nor on the article pages. */
export function renderGsgg(ctx: RenderContext): string {
  const rows = gsggItems.map((item) => `<li>${artLink(item)}</li>`);
  return renderColumnPage(ctx, 'gsgg', { body: `<ul class="list">\n${rows.join('\n')}\n</ul>` });
}
