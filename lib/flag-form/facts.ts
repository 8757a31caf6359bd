import { z } from 'zod';
import { readBreadcrumb } from '@/lib/scan/breadcrumb';
import { readFooterIdentity } from '@/lib/scan/footer';
import { readMeta } from '@/lib/scan/meta';
import { cssPath } from '@/lib/scan/selector';
import type { FlagMode } from './mode';

export { flagModeSchema, type FlagMode } from './mode';

const str = (max: number) => z.string().max(max);

/** What the in-page script reports about the page; validated in the background (the page is untrusted). */
export const flagFactsSchema = z.object({
  pageUrl: str(4000),
  pageTitle: str(500),
  siteIdCode: str(20).nullable(),
  siteName: str(200).nullable(),
  breadcrumb: z.array(str(200)).max(20),
  quote: str(5000).nullable(),
  context: str(5000).nullable(),
  selector: str(2000).nullable(),
  targetUrl: str(4000).nullable(),
});
export type FlagFacts = z.infer<typeof flagFactsSchema>;

export interface FlagInput {
  mode: FlagMode;
  selectionText: string | null;
  linkUrl: string | null;
  srcUrl: string | null;
}

const squash = (s: string, max: number) => s.replace(/\s+/g, ' ').trim().slice(0, max);

/** Reads the page facts for a flag: selection with context, the link or image, breadcrumb and site identity. */
export function collectFlagFacts(doc: Document, selection: Selection | null, input: FlagInput): FlagFacts {
  const meta = readMeta(doc);
  const identity = readFooterIdentity(doc, meta);
  const facts: FlagFacts = {
    pageUrl: doc.URL.slice(0, 4000),
    pageTitle: squash(doc.title || '', 500),
    siteIdCode: identity.siteIdCode,
    siteName: identity.siteName,
    breadcrumb: readBreadcrumb(doc),
    quote: null,
    context: null,
    selector: null,
    targetUrl: null,
  };
  if (input.mode === 'selection') {
    const quote = squash(selection?.toString() || input.selectionText || '', 5000);
    const node = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).commonAncestorContainer : null;
    const el = node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : null;
    facts.quote = quote || null;
    if (el) {
      facts.selector = cssPath(el);
      facts.context = contextAround(el.textContent ?? '', quote);
    }
  } else if (input.mode === 'link') {
    const target = input.linkUrl ?? input.srcUrl;
    facts.targetUrl = target ? target.slice(0, 4000) : null;
    const el = target ? findLinkElement(doc, target) : null;
    if (el) {
      facts.selector = cssPath(el);
      facts.quote = squash(el.textContent || el.getAttribute('alt') || '', 500) || null;
    }
  }
  return facts;
}

/** The quoted text with up to 60 characters on each side (evidence, indicators §10.4). */
export function contextAround(text: string, quote: string, radius = 60): string | null {
  const flat = squash(text, 100_000);
  if (!quote) return flat.slice(0, radius * 2) || null;
  const at = flat.indexOf(quote);
  if (at < 0) return null;
  return flat.slice(Math.max(0, at - radius), at + quote.length + radius);
}

function findLinkElement(doc: Document, url: string): Element | null {
  for (const el of Array.from(doc.querySelectorAll('a[href], img[src], area[href]'))) {
    const value = (el as HTMLAnchorElement).href || (el as HTMLImageElement).src;
    if (value === url) return el;
  }
  return null;
}
