// Section landing pages (/xwzx/, /zwgk/, /hdjl/): navigation only, no dated content of their own.
import { COLUMNS, SECTIONS, type ColumnInfo, type SectionKey } from '../catalog';
import type { RenderContext } from '../context';
import { renderPage } from '../layout';

export function renderSection(ctx: RenderContext, key: SectionKey): string {
  const section = SECTIONS[key];
  const columns = Object.values(COLUMNS as Record<string, ColumnInfo>).filter((c) => c.section === key && c.inNav);
  return renderPage({
    ctx,
    title: section.name,
    crumbs: [{ name: section.name }],
    meta: { ColumnName: section.name },
    body: `<div class="content"><div class="col-title"><h2>${section.name}</h2></div>
<ul class="section-nav">\n${columns.map((c) => `<li><a href="${c.path}">${c.name}</a></li>`).join('\n')}\n</ul></div>`,
  });
}
