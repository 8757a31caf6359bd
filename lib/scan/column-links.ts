import type { PageScan } from './types';

const COLUMN_PATH = /(?:\/|\/(?:index|default|list)(?:_?[a-z]*)?\.(?:s?html?|jsp|php|aspx?))$/i;
const PAGINATION = /_(\d+)\.s?html?$|[?&](?:page|pageIndex|pageNo|currentPage)=\d+/i;
const FILE = /\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|7z|jpe?g|png|gif|mp4|wps|txt)$/i;

/**
 * Same-site links that look like column pages (directories or index/list pages), from the page's lists (nav,
 * sidebars, 信息公开目录 trees) and link inventory; articles, files, pagination and other hosts are left out.
 */
export function columnLinksOf(scan: Pick<PageScan, 'url' | 'lists' | 'links'>): string[] {
  let origin: string;
  let self: string;
  try {
    const page = new URL(scan.url);
    origin = page.origin;
    self = page.href.replace(/#.*$/, '');
  } catch {
    return [];
  }
  const out = new Set<string>();
  const consider = (raw: string | null) => {
    if (!raw) return;
    let u: URL;
    try {
      u = new URL(raw, scan.url);
    } catch {
      return;
    }
    u.hash = '';
    if (u.origin !== origin || !/^https?:$/.test(u.protocol)) return;
    if (FILE.test(u.pathname) || PAGINATION.test(u.pathname + u.search) || !COLUMN_PATH.test(u.pathname)) return;
    const href = u.href.replace(/\/index\.s?html?$/i, '/');
    if (href !== self && href !== self.replace(/\/index\.s?html?$/i, '/')) out.add(href);
  };
  for (const list of scan.lists) for (const item of list.items) consider(item.url);
  for (const link of scan.links) if (link.kind === 'a' && !link.skipReason) consider(link.url);
  return Array.from(out);
}
