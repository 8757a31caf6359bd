import type { PageList } from './types';

export type Role = PageList['role'];

// Class/id tokens that mark page regions (split on - _ and spaces). "right"/"left" are deliberately absent: many
// government templates put the main list in a "right" box.
const NAV = new Set(['nav', 'navbar', 'menu', 'menus', 'daohang', 'dh', 'header', 'head', 'topbar', 'location', 'breadcrumb', 'crumb', 'crumbs', 'position', 'dqwz', 'weizhi', 'pager', 'paging', 'pagination', 'fenye']);
const FOOTER = new Set(['foot', 'footer', 'bottom', 'copyright', 'bq', 'banquan', 'copy']);
const SIDEBAR = new Set(['side', 'sidebar', 'aside', 'hot', 'related', 'relate', 'xgxx', 'xgwz', 'xglj', 'recommend', 'tuijian', 'rdtj', 'links', 'yqlj', 'friend', 'friendlink']);
const SIDEBAR_HEADINGS = /热点推荐|相关链接|相关文章|相关新闻|相关稿件|相关附件|友情链接|热门|推荐阅读|猜你喜欢|阅读排行|点击排行/;
const TAG_ROLE: Record<string, Role> = { NAV: 'nav', HEADER: 'nav', FOOTER: 'footer', ASIDE: 'sidebar' };

/** Tokens of an element's id and class names. */
function tokensOf(el: Element): string[] {
  const raw = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`.toLowerCase();
  return raw.split(/[\s_-]+/).filter(Boolean);
}

/** Classifies elements by the page region they sit in; cached so a whole page costs one walk per element. */
export function createRegionClassifier() {
  const cache = new Map<Element, Role>();
  const own = (el: Element): Role | null => {
    const byTag = TAG_ROLE[el.tagName];
    if (byTag) return byTag;
    for (const t of tokensOf(el)) {
      if (FOOTER.has(t)) return 'footer';
      if (SIDEBAR.has(t)) return 'sidebar';
      if (NAV.has(t)) return 'nav';
    }
    return null;
  };
  const roleOf = (el: Element | null): Role => {
    if (!el || el.tagName === 'BODY' || el.tagName === 'HTML') return 'main';
    const hit = cache.get(el);
    if (hit) return hit;
    const role = own(el) ?? roleOf(el.parentElement);
    cache.set(el, role);
    return role;
  };
  return { roleOf, sidebarHeading: (heading: string | null) => !!heading && SIDEBAR_HEADINGS.test(heading) };
}
