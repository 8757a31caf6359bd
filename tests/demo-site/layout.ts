import { COLUMNS, SECTIONS, type ColumnInfo, type SectionKey } from './catalog';
import type { RenderContext } from './context';
import { HOSTS } from './context';

export interface SiteIdentity {
  host: string;
  name: string;
  /** `<meta name="SiteIDCode">`; the footer shows it only when `codeInFooter`. */
  code: string;
  codeInFooter: boolean;
  icp: string;
  policeRecord: string | null;
  sponsor: string;
  organizer: string | null;
  address: string;
  postcode: string;
  phone: string;
}

export const SITES = {
  main: {
    host: HOSTS.main,
    name: '青山县人民政府',
    code: '3607990001',
    codeInFooter: true,
    icp: '赣ICP备12345678号-1',
    policeRecord: '赣公网安备36099902000123号',
    sponsor: '青山县人民政府办公室',
    organizer: '青山县大数据中心',
    address: '青山县青溪镇府前路1号',
    postcode: '334000',
    phone: '0793-1234567',
  },
  // A department site under the portal's domain whose footer forgot the 网站标识码 (the meta tag still has it).
  department: {
    host: HOSTS.department,
    name: '青山县教育局',
    code: '3607990002',
    codeInFooter: false,
    icp: '赣ICP备12345678号-2',
    policeRecord: null,
    sponsor: '青山县教育局',
    organizer: null,
    address: '青山县青溪镇文昌路18号',
    postcode: '334000',
    phone: '0793-1234588',
  },
  other: {
    host: HOSTS.other,
    name: '白云县人民政府',
    code: '3607980001',
    codeInFooter: true,
    icp: '赣ICP备87654321号-1',
    policeRecord: '赣公网安备36099802000456号',
    sponsor: '白云县人民政府办公室',
    organizer: null,
    address: '白云县白云镇人民路6号',
    postcode: '334100',
    phone: '0793-7654321',
  },
} as const satisfies Record<string, SiteIdentity>;

export type SiteKey = keyof typeof SITES;

export interface Crumb {
  name: string;
  href?: string;
}

export interface PageOptions {
  ctx: RenderContext;
  site?: SiteKey;
  /** Shown before the site name in `<title>`; omitted on home pages. */
  title?: string;
  /** Breadcrumb after 首页; no breadcrumb when absent. */
  crumbs?: Crumb[];
  /** Extra `<meta name>` tags (ColumnName, ArticleTitle, PubDate …). */
  meta?: Record<string, string>;
  head?: string;
  body: string;
  charset?: string;
}

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The breadcrumb of a column page, after 首页. */
export function columnCrumbs(column: ColumnInfo, linkColumn = false): Crumb[] {
  const section = SECTIONS[column.section];
  return [{ name: section.name, href: section.path }, { name: column.name, ...(linkColumn ? { href: column.path } : {}) }];
}

export function renderBreadcrumb(crumbs: Crumb[]): string {
  const parts = [{ name: '首页', href: '/' }, ...crumbs].map((c) =>
    c.href ? `<a href="${c.href}">${escapeHtml(c.name)}</a>` : escapeHtml(c.name),
  );
  return `<div class="location">当前位置：${parts.join(' &gt; ')}</div>`;
}

function renderMainNav(): string {
  const sections = (Object.keys(SECTIONS) as SectionKey[]).map((key) => {
    const subs = Object.values(COLUMNS as Record<string, ColumnInfo>)
      .filter((c) => c.section === key && c.inNav)
      .map((c) => `<li><a href="${c.path}">${c.name}</a></li>`)
      .join('');
    return `<li><a href="${SECTIONS[key].path}">${SECTIONS[key].name}</a><ul class="sub">${subs}</ul></li>`;
  });
  return `<ul class="nav"><li><a href="/">首页</a></li>${sections.join('')}</ul>`;
}

function renderNav(ctx: RenderContext, site: SiteKey): string {
  if (site === 'main') return renderMainNav();
  const portal = site === 'department' ? `<li><a href="${ctx.url('/')}">青山县人民政府</a></li>` : '';
  return `<ul class="nav"><li><a href="/">首页</a></li>${portal}</ul>`;
}

function renderFooter(site: SiteIdentity): string {
  const ids = [
    site.codeInFooter ? `网站标识码：${site.code}` : '',
    `<span class="icp">${site.icp}</span>`,
    site.policeRecord ? `<span class="police"><img src="/images/police.png" alt="">${site.policeRecord}</span>` : '',
  ].filter(Boolean);
  return `<div class="footer"><div class="w">
  <div class="conac"><img src="/images/dzjg.png" alt="党政机关"></div>
  <p>主办单位：${site.sponsor}${site.organizer ? `　承办单位：${site.organizer}` : ''}</p>
  <p>地址：${site.address}　邮编：${site.postcode}　联系电话：${site.phone}</p>
  <p>${ids.join('　')}</p>
  <p class="tip">建议使用1920×1080分辨率浏览本网站</p>
</div></div>`;
}

/** Wraps page content in the CMS chrome: head meta tags, header, navigation, breadcrumb and footer. */
export function renderPage(o: PageOptions): string {
  const site: SiteIdentity = SITES[o.site ?? 'main'];
  const meta = { SiteName: site.name, SiteDomain: site.host, SiteIDCode: site.code, ...o.meta };
  const metaTags = Object.entries(meta)
    .map(([name, content]) => `<meta name="${name}" content="${escapeHtml(content)}">`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="${o.charset ?? 'utf-8'}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${o.title ? `${escapeHtml(o.title)}_` : ''}${site.name}</title>
${metaTags}
<link rel="stylesheet" href="/css/style.css">
${o.head ?? ''}
</head>
<body>
<div class="header"><div class="w">
  <a class="logo" href="/"><img src="/images/logo.png" alt="${site.name}"><span class="site-name">${site.name}</span></a>
  <div class="search"><input type="text" placeholder="请输入关键词"><button type="button">搜索</button></div>
</div></div>
<div class="nav-wrap"><div class="w">${renderNav(o.ctx, o.site ?? 'main')}</div></div>
<div class="container w">
${o.crumbs ? renderBreadcrumb(o.crumbs) : ''}
${o.body}
</div>
${renderFooter(site)}
</body>
</html>
`;
}
