// 采购公告, served as GBK like many older county CMSs; the server encodes this page's text with iconv-lite.
import type { RenderContext } from '../context';
import { gbkItems } from '../items';
import { artLink, renderColumnPage } from './parts';

/** Dates alternate between Chinese numerals (二〇二六年十一月二十日) and plain ISO, newest first in numerals. */
export function renderGbkColumn(ctx: RenderContext): string {
  const rows = gbkItems.map(
    (item, i) => `<li>${artLink(item)}<span class="date">${ctx.d(item.offset!, i % 2 === 0 ? 'chinese' : 'YYYY-MM-DD')}</span></li>`,
  );
  return renderColumnPage(ctx, 'gbk', {
    charset: 'gbk',
    meta: { ColumnName: '采购公告' },
    body: `<ul class="list">\n${rows.join('\n')}\n</ul>`,
  });
}
