import type { LinkTarget } from '@/lib/scan/types';
import { isAttachmentUrl } from './attachments';
import { createElementInfo } from './element-info';
import { urlFromScript } from './script-urls';

// Skip rules of indicators §7.1: javascript:void(0), mailto:, tel:, bare # are reported as skipped with a reason.
const SKIP_SCHEMES: [RegExp, string][] = [
  [/^mailto:/i, '邮件链接（mailto:），不检查'],
  [/^tel:/i, '电话链接（tel:），不检查'],
  [/^sms:/i, '短信链接（sms:），不检查'],
];
const WEB = /^https?:$/i;
const TAGS = 'a, area, img, iframe, [onclick]';
const clean = (s: string | null | undefined, max = 300) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, max);

interface Ctx {
  doc: Document;
  info: ReturnType<typeof createElementInfo>;
  frameSelector: string | null;
  out: LinkTarget[];
  limit: number;
}

/**
 * Every link, image, frame and attachment target on the rendered page (and in same-origin iframes), resolved
 * against `<base>` (document.baseURI), with a unique selector per element. Pure: DOM in, data out.
 */
export function collectLinks(doc: Document, limit = 50_000): LinkTarget[] {
  const ctx: Ctx = { doc, info: createElementInfo(), frameSelector: null, out: [], limit };
  collectFrom(ctx);
  return ctx.out;
}

function collectFrom(ctx: Ctx): void {
  for (const el of Array.from(ctx.doc.querySelectorAll(TAGS))) {
    if (ctx.out.length >= ctx.limit) return;
    const found = targetsOf(el, ctx.doc.baseURI);
    if (found.length === 0) continue;
    const selector = ctx.info.selectorOf(el);
    const hidden = ctx.info.isHidden(el);
    for (const t of found) {
      if (ctx.out.length >= ctx.limit) return;
      ctx.out.push({ ...t, selector, hidden, frameSelector: ctx.frameSelector });
    }
    if (el.tagName === 'IFRAME' && ctx.frameSelector === null) collectFrame(ctx, el as HTMLIFrameElement, selector);
  }
}

/** Same-origin frames only: a cross-origin frame's document is not readable (its src is still checked). */
function collectFrame(ctx: Ctx, frame: HTMLIFrameElement, selector: string): void {
  let inner: Document | null = null;
  try {
    inner = frame.contentDocument;
  } catch {
    inner = null;
  }
  if (inner?.documentElement) collectFrom({ ...ctx, doc: inner, frameSelector: selector });
}

type Found = Omit<LinkTarget, 'selector' | 'hidden' | 'frameSelector'>;

function targetsOf(el: Element, base: string): Found[] {
  const tag = el.tagName;
  const text = tag === 'IMG' ? clean(el.getAttribute('alt') || el.getAttribute('title')) : clean(el.textContent || el.getAttribute('title'));
  const out: Found[] = [];
  if (tag === 'IMG') {
    for (const raw of imageSources(el)) out.push(resolve(raw, base, 'img', text));
  } else if (tag === 'IFRAME') {
    const src = el.getAttribute('src');
    if (src !== null && src.trim() !== '' && !/^about:/i.test(src.trim())) out.push(resolve(src, base, 'iframe', text || '内嵌框架'));
  } else if ((tag === 'A' || tag === 'AREA') && el.hasAttribute('href')) {
    out.push(resolve(el.getAttribute('href') ?? '', base, tag === 'AREA' ? 'area' : 'a', text));
  }
  const onclick = el.getAttribute('onclick');
  const hiddenUrl = onclick ? urlFromScript(onclick) : null;
  if (hiddenUrl) {
    // The onclick is where the link really goes: drop the placeholder href's skip entry (href="#", void(0)).
    const kept = out.filter((t) => t.skipReason === null);
    return [...kept, resolve(hiddenUrl, base, 'script-url', text)];
  }
  return out;
}

function imageSources(el: Element): string[] {
  const list: string[] = [];
  const src = el.getAttribute('src');
  if (src && src.trim()) list.push(src);
  for (const part of (el.getAttribute('srcset') ?? '').split(',')) {
    const candidate = part.trim().split(/\s+/)[0];
    if (candidate && !list.includes(candidate)) list.push(candidate);
  }
  return list;
}

function resolve(rawIn: string, base: string, kind: LinkTarget['kind'], text: string): Found {
  const raw = rawIn.trim();
  const skip = (skipReason: string): Found => ({ url: raw.slice(0, 4000), kind, text, skipReason });
  if (raw === '' || raw === '#') return skip('页内锚点（#），不检查');
  if (raw.startsWith('#')) return skip('本页内的锚点链接，不检查');
  if (/^javascript:/i.test(raw)) {
    const hidden = urlFromScript(raw);
    if (!hidden) return skip('脚本链接（javascript:）没有可检查的地址');
    return resolve(hidden, base, 'script-url', text);
  }
  const scheme = SKIP_SCHEMES.find(([re]) => re.test(raw));
  if (scheme) return skip(scheme[1]);
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    // A malformed address is still checked: the checker gives it a verdict (nobody can open it).
    return { url: raw.slice(0, 4000), kind, text, skipReason: null };
  }
  if (url.protocol === 'data:' || url.protocol === 'blob:') return skip('内嵌数据（data:/blob:），不检查');
  if (!WEB.test(url.protocol)) return { url: url.href.slice(0, 4000), kind, text, skipReason: null };
  const finalKind = (kind === 'a' || kind === 'area') && isAttachmentUrl(url.href) ? 'attachment' : kind;
  return { url: url.href.slice(0, 4000), kind: finalKind, text, skipReason: null };
}
