import type { PageList, PageScan } from './types';

const HOME_PATH = /^\/(?:(?:index|default|main|home)\.(?:s?html?|jsp|php|aspx?))?$/i;
const ARTICLE_META = ['ArticleTitle', 'PubDate', 'ContentSource'];
const ARTICLE_BODY = '.TRS_Editor, .trs_editor, #zoom, .zoom, .article, .article-content, .art_con, .pages_content, .view, #UCAP-CONTENT, ucapcontent, .bt_content';

/** Evidence about the page that decides its kind. */
export interface KindEvidence {
  meta: Record<string, string>;
  breadcrumb: string[];
  main: PageList | null;
  placeholders: string[];
  /** True when the last breadcrumb segment names a column class (通知公告, 工作动态 …). */
  crumbIsColumn: boolean;
}

/**
 * 首页 / 栏目页 / 文章页 / other (indicators §8.3 page types). A 栏目页 shows its own list (dated, or undated under a
 * column-class name) or a blank placeholder, or declares ColumnName/ColumnType; section landing pages whose only
 * list is a menu of sub-columns, help pages and link collections are "other".
 */
export function readPageKind(doc: Document, url: string, e: KindEvidence): PageScan['pageKind'] {
  let path = '/';
  try {
    path = new URL(url).pathname;
  } catch {
    /* about:blank and the like keep "/" */
  }
  if (HOME_PATH.test(path) && e.breadcrumb.length <= 1 && !e.meta.ColumnName) return 'home';
  if (ARTICLE_META.some((m) => e.meta[m])) return 'article';
  if (e.placeholders.length > 0) return 'column';
  if (e.main && (e.main.datedCount > 0 || e.crumbIsColumn || e.meta.ColumnName || e.meta.ColumnType)) return 'column';
  const body = doc.querySelector(ARTICLE_BODY);
  if (body && (body.textContent ?? '').trim().length > 200) return 'article';
  if (!e.main && (e.meta.ColumnType || (e.meta.ColumnName && !navigationOnly(doc)))) return 'column';
  return 'other';
}

/** True when the content area holds nothing but links (a section landing page). */
function navigationOnly(doc: Document): boolean {
  const text = (doc.querySelector('.content, #content, .main, #main, .main-col')?.textContent ?? '').replace(/\s+/g, '');
  return text.length < 200;
}

/** A list of links to sub-columns only (a section landing page), not a column's own content. */
export function isNavigationList(list: PageList, pageOrigin: string): boolean {
  if (list.datedCount > 0 || list.itemCount === 0) return false;
  const columnLike = list.items.filter((i) => {
    if (!i.url) return false;
    try {
      const u = new URL(i.url);
      return u.origin === pageOrigin && /(?:\/|\/index\.s?html?|\/index\.jsp)$/i.test(u.pathname);
    } catch {
      return false;
    }
  });
  return columnLike.length >= Math.max(1, Math.ceil(list.items.length * 0.8));
}
