// Pages of the two other virtual hosts: the 教育局 department site (footer without 网站标识码) and the
// neighbouring county's portal, whose unknown paths all answer 200 with the same "页面未找到" page.
import type { RenderContext } from '../context';
import { jyjItems } from '../items';
import { renderPage } from '../layout';
import { artLink, CONTACT_NOTE } from './parts';

export function renderDepartmentHome(ctx: RenderContext): string {
  const rows = jyjItems.map((item) => `<li>${artLink(item)}<span class="date">${ctx.d(item.offset!)}</span></li>`);
  return renderPage({
    ctx,
    site: 'department',
    body: `<div class="content">
  <div class="box-hd"><h3>工作动态</h3></div>
  <ul class="list">\n${rows.join('\n')}\n</ul>
  ${CONTACT_NOTE}
</div>`,
  });
}

export function renderOtherHome(ctx: RenderContext): string {
  return renderPage({
    ctx,
    site: 'other',
    body: `<div class="content"><div class="welcome"><h2>欢迎访问白云县人民政府门户网站</h2>
<p>白云县位于赣东北，辖6镇4乡，总面积1200平方公里。</p></div></div>`,
  });
}

/** The catch-all answer of www.other.gov.test: status 200, body says the page was not found. */
export function renderOtherNotFound(): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>页面未找到 - 白云县人民政府</title></head>
<body><div class="error-page"><h1>页面未找到</h1><p>您要查看的页面可能已被删除、更名或暂时不可用。</p><p><a href="/">返回首页</a></p></div></body></html>
`;
}
