// Blank-column signals (indicators §4.2): placeholder texts in the content area, "共0条", zero-page pagination calls.
const ZERO_PAGER = /createPageHTML\s*\(\s*['"]?0['"]?\s*,|countPage\s*=\s*['"]?0['"]?\s*[;,\n]|(?:recordCount|totalRecord|totalCount)\s*[=:]\s*['"]?0['"]?\s*[;,\n]/;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** Placeholder texts found outside nav, sidebars and footer, plus a zero-item pagination script. */
export function findBlankSignals(doc: Document, placeholders: string[], isMainRegion: (el: Element) => boolean): string[] {
  const body = doc.body;
  if (!body) return [];
  const found = new Set<string>();
  const quick = body.textContent ?? '';
  const candidates = placeholders.filter((p) => quick.includes(p) || (p === '共0条' && /共\s*0\s*条/.test(quick)));
  if (candidates.length > 0) {
    const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || SKIP.has(parent.tagName)) continue;
      const text = node.nodeValue ?? '';
      for (const p of candidates) {
        const hit = p === '共0条' ? /共\s*0\s*条/.test(text) : text.includes(p);
        if (hit && isMainRegion(parent)) found.add(p);
      }
    }
  }
  // An empty list container in the content area (ul.list with no items after the page settled).
  for (const list of Array.from(doc.querySelectorAll('ul[class*="list"], ol[class*="list"], ul[id*="list"], table[class*="list"]')).slice(0, 200)) {
    if (!list.querySelector('li, tr td') && (list.textContent ?? '').trim() === '' && isMainRegion(list)) found.add('空列表');
  }
  for (const script of Array.from(doc.querySelectorAll('script:not([src])')).slice(0, 200)) {
    if (ZERO_PAGER.test(script.textContent ?? '')) found.add('createPageHTML(0…)');
  }
  return Array.from(found).slice(0, 20);
}

/** Pagination hints: 共N条, 第1/N页, 共N页. */
export function readPagination(text: string): { total: number | null; pages: number | null } | null {
  const total = /共\s*(\d{1,7})\s*条/.exec(text)?.[1];
  const pages = /第\s*\d+\s*\/\s*(\d{1,5})\s*页/.exec(text)?.[1] ?? /共\s*(\d{1,5})\s*页/.exec(text)?.[1];
  if (!total && !pages) return null;
  return { total: total ? Number(total) : null, pages: pages ? Number(pages) : null };
}
