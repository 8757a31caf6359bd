// The link-checker traps: one catalogue of links, rendered both on the home page (便民服务) and on
// /links/traps.html, plus the <base href> page and the soft-404 pages. Verdicts live in expected.json.
import type { RenderContext } from '../context';
import { HOSTS } from '../context';
import { renderPage } from '../layout';

/** `{port}` and `{closedPort}` in an href are filled in at request time (expected.json uses the same templates). */
export function resolveHref(template: string, ctx: Pick<RenderContext, 'port' | 'closedPort'>): string {
  return template.replace(/\{port\}/g, String(ctx.port)).replace(/\{closedPort\}/g, String(ctx.closedPort));
}

export const TRAP_LINKS: ReadonlyArray<{ label: string; href: string }> = [
  { label: '通知公告', href: '/zwgk/tzgg/' },
  { label: '政务服务指南', href: '/moved' },
  { label: '网上办事大厅', href: '/moved-twice' },
  { label: '青山县政府工作报告（PDF）', href: '/files/report.pdf' },
  { label: '政府信息公开申请表（DOC）', href: '/files/form.doc' },
  { label: '县融媒体中心', href: '/flaky' },
  { label: '12345政务服务便民热线', href: '/head-405' },
  { label: '实时路况', href: '/endless' },
  { label: '县档案馆', href: '/bad-charset' },
  { label: 'G404国道青山段改造工程通过交工验收', href: '/art/1404.html' },
  { label: '青山县教育局', href: `http://${HOSTS.department}:{port}/` },
  { label: '白云县人民政府', href: `http://${HOSTS.other}:{port}/` },
  { label: '本站链接说明', href: '/links/base.html' },
  { label: '县地方志', href: '/gone' },
  { label: '原县商务局网站', href: '/removed' },
  { label: '网上信访', href: '/loop-a' },
  { label: '视频会议系统', href: 'http://127.0.0.1:{closedPort}/x' },
  { label: '青山旅游网', href: 'http://www.nosuchhost.invalid/' },
  { label: '内部文件共享', href: '/redirect-file' },
  { label: '浏览器设置说明', href: '/redirect-chrome' },
  { label: '公共资源交易平台', href: '/error' },
  { label: '内部办公系统', href: '/forbidden' },
  { label: '统一身份认证', href: '/unauthorized' },
  { label: '不动产登记查询', href: '/slow' },
  { label: '社保查询', href: '/busy' },
  { label: '县情概况（旧版）', href: '/soft404.html' },
  { label: '关于开展全县消防安全检查的通知', href: '/info/deleted.html' },
  { label: '白云县政府信息公开（旧版）', href: `http://${HOSTS.other}:{port}/xxgk/2019/old.html` },
  { label: '在线访谈', href: 'javascript:void(0)' },
  { label: '返回顶部', href: '#' },
  { label: '联系我们', href: 'mailto:xxzx@qsx.gov.test' },
  { label: '值班电话', href: 'tel:0793-1234567' },
];

/** Links a checker only finds by reading script code in attributes. */
export const HIDDEN_LINKS_HTML = [
  `<a href="javascript:window.open('/art/1001.html')">政务公开工作要点</a>`,
  `<a onclick="location.href='/gone'">县地方志（旧）</a>`,
  `<span class="link" onclick="window.open('/art/1002.html')">营商环境政策解读</span>`,
];

export function renderTrapLinks(ctx: RenderContext): string {
  const links = TRAP_LINKS.map((l) => `<li><a href="${resolveHref(l.href, ctx)}" target="_blank">${l.label}</a></li>`);
  const hidden = HIDDEN_LINKS_HTML.map((h) => `<li>${h}</li>`);
  return `<ul class="service-list">\n${[...links, ...hidden].join('\n')}\n</ul>
<div class="service-pics"><img src="/images/logo.png" alt="青山县人民政府"><img src="/images/missing.png" alt="青山风光"></div>`;
}

export function renderTrapsPage(ctx: RenderContext): string {
  return renderPage({
    ctx,
    title: '便民服务',
    crumbs: [{ name: '便民服务' }],
    body: `<div class="content"><div class="col-title"><h2>便民服务</h2></div>\n${renderTrapLinks(ctx)}</div>`,
  });
}

/** Relative links resolve against <base href>, not against this page's own path. */
export function renderBasePage(ctx: RenderContext): string {
  return renderPage({
    ctx,
    title: '本站链接说明',
    head: `<base href="${ctx.origin}/links/sub/">`,
    crumbs: [{ name: '便民服务', href: '/links/traps.html' }, { name: '本站链接说明' }],
    body: `<div class="content"><ul class="list">
<li><a href="page1.html">网站使用帮助</a></li>
<li><a href="../traps.html">返回便民服务</a></li>
</ul></div>`,
  });
}

export function renderBaseTarget(ctx: RenderContext): string {
  return renderPage({
    ctx,
    title: '网站使用帮助',
    crumbs: [{ name: '便民服务', href: '/links/traps.html' }, { name: '网站使用帮助' }],
    body: '<div class="content"><p>本网站支持主流浏览器访问。如发现页面错误，请拨打0793-1234567反映。</p></div>',
  });
}

/** A soft 404: status 200, but the page says it does not exist. */
export function renderSoft404(): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>页面不存在</title></head>
<body><div class="error-page"><h1>抱歉！</h1><p>您访问的页面不存在或已被删除。</p><p><a href="/">返回首页</a></p></div></body></html>
`;
}

export function renderDeletedInfo(ctx: RenderContext): string {
  return renderPage({
    ctx,
    title: '提示信息',
    body: '<div class="content"><div class="msg-box"><h2>提示信息</h2><p>信息已删除</p><p><a href="/">返回首页</a></p></div></div>',
  });
}

/** The main host's real error page, sent with status 404. */
export function renderNotFound(ctx: RenderContext): string {
  return renderPage({
    ctx,
    title: '404 页面不存在',
    body: '<div class="content"><div class="msg-box"><h2>404</h2><p>您访问的页面不存在。</p><p><a href="/">返回首页</a></p></div></div>',
  });
}
