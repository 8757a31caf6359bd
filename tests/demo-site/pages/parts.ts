// Building blocks shared by the column pages: the left sidebar (which must never be mistaken for the column's own
// list) and the column frame around the main list.
import { COLUMNS, SECTIONS, type ColumnInfo, type ColumnKey, type ListItem } from '../catalog';
import type { RenderContext } from '../context';
import { HOSTS } from '../context';
import { ywdtItems } from '../items';
import { columnCrumbs, escapeHtml, renderPage } from '../layout';

export const artHref = (item: ListItem) => `/art/${item.id}.html`;

export const artLink = (item: ListItem) =>
  `<a href="${artHref(item)}" target="_blank" title="${escapeHtml(item.title)}">${escapeHtml(item.title)}</a>`;

/** Contact line under lists: a phone number, office hours and a postcode that must not be read as dates. */
export const CONTACT_NOTE =
  '<p class="list-note">咨询电话：0793-1234567（工作日 8:30-12:00，14:30-17:30）　邮编：334000</p>';

/** 热点推荐: recent 要闻 with full dates — newer than most columns, so a page-wide "newest date" is wrong. */
export function renderHotList(ctx: RenderContext): string {
  const rows = ywdtItems
    .filter((item) => item.offset !== null && item.offset > 0)
    .slice(0, 5)
    .map((item) => `<li>${artLink(item)}<span class="date">${ctx.d(item.offset!)}</span></li>`);
  return `<div class="side-box hot"><h3>热点推荐</h3><ul class="side-list">${rows.join('')}</ul></div>`;
}

export function renderSidebar(ctx: RenderContext, column: ColumnInfo): string {
  const siblings = Object.values(COLUMNS as Record<string, ColumnInfo>)
    .filter((c) => c.section === column.section && c.inNav)
    .map((c) => `<li${c.path === column.path ? ' class="on"' : ''}><a href="${c.path}">${c.name}</a></li>`);
  return `<div class="side">
  <div class="side-box"><h3>${SECTIONS[column.section].name}</h3><ul class="side-nav">${siblings.join('')}</ul></div>
  ${renderHotList(ctx)}
  <div class="side-box links"><h3>相关链接</h3><ul class="side-list">
    <li><a href="${ctx.url('/', HOSTS.department)}" target="_blank">青山县教育局</a></li>
    <li><a href="${ctx.url('/', HOSTS.other)}" target="_blank">白云县人民政府</a></li>
  </ul></div>
</div>`;
}

export interface ColumnPageOptions {
  meta?: Record<string, string>;
  head?: string;
  charset?: string;
  /** The column's own content: list, pagination, placeholder text. */
  body: string;
}

/** A column page: breadcrumb, sidebar on the left, the column's list on the right. */
export function renderColumnPage(ctx: RenderContext, key: ColumnKey, o: ColumnPageOptions): string {
  const column = COLUMNS[key];
  return renderPage({
    ctx,
    title: column.name,
    crumbs: columnCrumbs(column),
    ...(o.meta ? { meta: o.meta } : {}),
    ...(o.head ? { head: o.head } : {}),
    ...(o.charset ? { charset: o.charset } : {}),
    body: `<div class="content clearfix">
${renderSidebar(ctx, column)}
<div class="main-col">
  <div class="col-title"><h2>${column.name}</h2></div>
  ${o.body}
  ${CONTACT_NOTE}
</div>
</div>`,
  });
}
