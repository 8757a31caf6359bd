import { createRegionClassifier, type Role } from './region';

/** A repeated group of linked items under one container, before dates are read. */
export interface RawList {
  container: Element;
  items: Element[];
  role: Role;
  heading: string | null;
}

const INLINE = new Set(['A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'FONT', 'SMALL', 'LABEL', 'IMG', 'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const LIST_PARENTS = new Set(['UL', 'OL', 'TBODY', 'TABLE', 'THEAD']);
const CARD_PARENTS = new Set(['DIV', 'SECTION', 'NAV', 'TD', 'P', 'DD', 'ARTICLE']);
const PAGER_TEXT = /^(首页|上一页|下一页|尾页|末页|前一页|后一页|\d{1,4}|\.\.\.|…|跳转|go)$/i;
const MAX_CLIMB = 6;

/**
 * Finds lists of linked items (indicators §4.2): `ul/li`, table rows, `dl` blocks and `div` cards. Each link climbs
 * to the nearest ancestor that repeats among its siblings; that ancestor is the item, its parent the list. Sibling
 * counts are cached per parent, so the cost stays linear in the number of links.
 */
export function findLists(root: Document, maxLinks = 20_000): RawList[] {
  const region = createRegionClassifier();
  const siblingCounts = new Map<Element, Map<string, number>>();
  const countSame = (parent: Element, tag: string) => {
    let counts = siblingCounts.get(parent);
    if (!counts) {
      counts = new Map();
      for (const c of Array.from(parent.children)) counts.set(c.tagName, (counts.get(c.tagName) ?? 0) + 1);
      siblingCounts.set(parent, counts);
    }
    return counts.get(tag) ?? 0;
  };
  const byContainer = new Map<Element, Set<Element>>();
  const anchors = Array.from(root.querySelectorAll('a[href]')).slice(0, maxLinks);
  for (const anchor of anchors) {
    const found = itemOf(anchor, countSame);
    if (!found) continue;
    let set = byContainer.get(found.container);
    if (!set) byContainer.set(found.container, (set = new Set()));
    set.add(found.item);
  }
  const lists: RawList[] = [];
  for (const [container, set] of byContainer) {
    const items = Array.from(set);
    const minimum = LIST_PARENTS.has(container.tagName) ? 1 : items[0] === container.firstElementChild && items[0]?.tagName === 'A' ? 3 : 2;
    if (items.length < minimum) continue;
    const heading = headingOf(container);
    let role = region.roleOf(container);
    if (role === 'main' && region.sidebarHeading(heading)) role = 'sidebar';
    if (role === 'main' && items.every((i) => PAGER_TEXT.test((i.textContent ?? '').trim()))) role = 'nav';
    lists.push({ container, items, role, heading });
  }
  return lists;
}

function itemOf(anchor: Element, countSame: (parent: Element, tag: string) => number): { item: Element; container: Element } | null {
  let el: Element = anchor;
  for (let level = 0; level < MAX_CLIMB; level += 1) {
    const parent: Element | null = el.parentElement;
    if (!parent || parent.tagName === 'BODY' || parent.tagName === 'HTML') return null;
    if (el.tagName === 'TR') return { item: el, container: parent };
    if (el.tagName === 'LI' && (parent.tagName === 'UL' || parent.tagName === 'OL')) return { item: el, container: parent };
    if (level === 0) {
      // A bare link is an item only when it sits directly in a block with several sibling links (cards, link rows).
      if (CARD_PARENTS.has(parent.tagName) && countSame(parent, 'A') >= 3) return { item: el, container: parent };
    } else if (!INLINE.has(el.tagName) && parent.tagName !== 'TR' && countSame(parent, el.tagName) >= 2) {
      return { item: el, container: parent };
    }
    el = parent;
  }
  return null;
}

const HEADING_TOKENS = /(^|[\s_-])(title|tit|hd|bt|head|header|tab|caption|name)([\s_-]|$)/i;
const MORE = /更多\s*[>＞»]*|more\s*[>＞»]*|>>+/gi;
const IS_MORE = /^\s*(更多|more|>>)/i;

/** The heading shown above a list: a preceding heading element, or the matching tab of a tab strip. */
export function headingOf(container: Element): string | null {
  // A title inside the box itself: <div class="box"><div class="tit">热门文章</div><div class="item">…
  const own = container.firstElementChild;
  if (own && !own.querySelector('a[href]')) {
    const text = headingText(own, container);
    if (text) return text;
  }
  let node: Element | null = container;
  for (let up = 0; up < 3 && node; up += 1) {
    for (let s = node.previousElementSibling, n = 0; s && n < 3; s = s.previousElementSibling, n += 1) {
      const text = headingText(s, container);
      if (text) return text;
    }
    node = node.parentElement;
  }
  return null;
}

function headingText(el: Element, list: Element): string | null {
  const isHeading = /^H[1-6]$/.test(el.tagName) || HEADING_TOKENS.test(`${el.id} ${typeof el.className === 'string' ? el.className : ''}`);
  if (!isHeading) return null;
  const tabs = Array.from(el.querySelectorAll('span, li')).filter((t) => !IS_MORE.test(t.textContent ?? ''));
  const siblings = Array.from(list.parentElement?.children ?? []).filter((c) => c.tagName === list.tagName);
  if (tabs.length >= 2 && siblings.length >= 2) {
    const tab = tabs[siblings.indexOf(list)];
    if (tab) return clean(tab.textContent);
  }
  return clean(el.textContent);
}

function clean(text: string | null): string | null {
  const t = (text ?? '').replace(MORE, '').replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, 200) : null;
}
