// Soft 404 (indicators §7.1, best knowledge, configurable): a 200 page whose title, first headings or a short
// message says the page does not exist. Ordinary pages that merely contain "404" (an article about the G404 road)
// must not match, so the bare number counts only as a whole token in the title or a heading.

/** Phrases that mean "this page does not exist" when they stand in a title, heading or short message. */
export const SOFT_404_PHRASES = [
  '您访问的页面不存在',
  '页面不存在',
  '找不到页面',
  '页面未找到',
  '页面找不到',
  '信息已删除',
  '信息已过期',
  '信息不存在',
  '文章不存在',
  '内容不存在',
  '已被删除',
  'page not found',
];
const BARE_404 = /(?<![\w.])404(?![\w.])|not found/i;

export interface PageSignals {
  title: string;
  headings: string[];
  /** Short visible text segments (a message box's line). */
  shortTexts: string[];
  textLength: number;
}

const strip = (html: string) =>
  html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ');
const text = (s: string) =>
  s.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&[a-z]+;|&#\d+;/gi, ' ').replace(/\s+/g, ' ').trim();

/** Title, h1–h3 and short text segments of an HTML prefix (no DOM in a service worker: regular expressions). */
export function readSignals(html: string): PageSignals {
  const clean = strip(html);
  const title = text(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(clean)?.[1] ?? '');
  const headings = [...clean.matchAll(/<h[1-3][^>]*>([\s\S]*?)<\/h[1-3]>/gi)].slice(0, 10).map((m) => text(m[1] ?? ''));
  const body = /<body[^>]*>([\s\S]*)/i.exec(clean)?.[1] ?? clean;
  const segments = body.split(/<[^>]*>/).map((s) => text(s)).filter(Boolean);
  return {
    title,
    headings,
    shortTexts: segments.filter((s) => s.length <= 40).slice(0, 400),
    textLength: segments.reduce((n, s) => n + s.length, 0),
  };
}

/** The text that shows a page is a soft 404, or null. */
export function soft404Evidence(s: PageSignals, phrases: readonly string[] = SOFT_404_PHRASES): string | null {
  const has = (t: string) => phrases.find((p) => t.toLowerCase().includes(p.toLowerCase()));
  if (has(s.title) || BARE_404.test(s.title)) return `标题“${s.title.slice(0, 60)}”`;
  const heading = s.headings.find((h) => has(h) || (BARE_404.test(h) && h.length <= 20));
  if (heading) return `标题“${heading.slice(0, 60)}”`;
  // A short line made mostly of the phrase (a message box), not a sentence of an article mentioning it.
  const line = s.shortTexts.find((t) => {
    const p = has(t);
    return p !== undefined && p.length * 2.5 >= t.length;
  });
  return line ? `页面提示“${line}”` : null;
}

/** True when two pages look like the same error page (same title, similar amount of text). */
export function samePage(a: PageSignals, b: PageSignals): boolean {
  if (a.title !== b.title) return false;
  const longer = Math.max(a.textLength, b.textLength, 1);
  return Math.abs(a.textLength - b.textLength) / longer < 0.15;
}
