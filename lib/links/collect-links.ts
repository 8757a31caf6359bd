import type { LinkTarget } from '@/lib/scan/types';

const SKIP: [RegExp, string][] = [
  [/^javascript:/i, '脚本链接（javascript:）'],
  [/^mailto:/i, '邮件链接（mailto:）'],
  [/^tel:/i, '电话链接（tel:）'],
];

/** Every link and image target on the page, resolved against the document base. Pure: DOM in, data out. */
export function collectLinks(doc: Document, limit = 50_000): LinkTarget[] {
  const out: LinkTarget[] = [];
  const base = doc.baseURI;
  for (const el of Array.from(doc.querySelectorAll('a[href], img[src]'))) {
    if (out.length >= limit) break;
    const isImg = el.tagName === 'IMG';
    const raw = (el.getAttribute(isImg ? 'src' : 'href') ?? '').trim();
    const skip = raw === '' || raw === '#' ? '页内锚点（#）' : (SKIP.find(([re]) => re.test(raw))?.[1] ?? null);
    let url = raw;
    if (!skip) {
      try {
        url = new URL(raw, base).href;
      } catch {
        url = raw;
      }
    }
    out.push({
      url: url.slice(0, 4000),
      kind: isImg ? 'img' : 'a',
      text: (isImg ? (el.getAttribute('alt') ?? '') : (el.textContent ?? '')).trim().slice(0, 300),
      selector: '',
      hidden: false,
      skipReason: skip,
    });
  }
  return out;
}
