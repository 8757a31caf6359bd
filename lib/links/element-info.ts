// Selector and visibility of many elements at once. Both are memoised per run so a page with 10,000 sibling links
// costs O(n), not O(n²) (each nth-of-type index is computed once per parent).

/** Returns functions that give an element's unique CSS selector and whether it is hidden. */
export function createElementInfo() {
  const indexes = new WeakMap<Element, Map<Element, number>>();
  const selectors = new WeakMap<Element, string>();
  const hiddenCache = new WeakMap<Element, boolean>();

  const nthOfType = (node: Element, parent: Element): number => {
    let map = indexes.get(parent);
    if (!map) {
      map = new Map();
      const counts = new Map<string, number>();
      for (const child of Array.from(parent.children)) {
        const n = (counts.get(child.tagName) ?? 0) + 1;
        counts.set(child.tagName, n);
        map.set(child, n);
      }
      indexes.set(parent, map);
    }
    return map.get(node) ?? 1;
  };

  const selectorOf = (el: Element): string => {
    const known = selectors.get(el);
    if (known) return known;
    const tag = el.tagName.toLowerCase();
    const parent = el.parentElement;
    let result: string;
    if (el.id && /^[A-Za-z][\w-]*$/.test(el.id) && el.ownerDocument.getElementById(el.id) === el) result = `#${el.id}`;
    else if (!parent || tag === 'body' || tag === 'html') result = tag;
    else result = `${selectorOf(parent)} > ${tag}:nth-of-type(${nthOfType(el, parent)})`;
    selectors.set(el, result);
    return result;
  };

  const hiddenOf = (el: Element): boolean => {
    const known = hiddenCache.get(el);
    if (known !== undefined) return known;
    const view = el.ownerDocument.defaultView;
    const style = view?.getComputedStyle(el);
    const own = el.hasAttribute('hidden') || style?.display === 'none' || style?.visibility === 'hidden';
    const result = own || (el.parentElement ? hiddenOf(el.parentElement) : false);
    hiddenCache.set(el, result);
    return result;
  };

  const isHidden = (el: Element): boolean => {
    const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
    if (typeof check === 'function') return !check.call(el, { checkVisibilityCSS: true, visibilityProperty: true });
    return hiddenOf(el);
  };

  return { selectorOf: (el: Element) => selectorOf(el).slice(0, 2000), isHidden };
}
