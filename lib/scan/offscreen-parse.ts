import { z } from 'zod';
import { ruleSetSchema } from '@/lib/rules/rule-set-schema';
import { scanDocument } from './scan-document';

/** What the worker sends to the offscreen document: fetched HTML to scan (the target field keeps it apart). */
export const parseRequestSchema = z.object({
  target: z.literal('offscreen'),
  type: z.literal('offscreen/scan-html'),
  url: z.url().max(4000),
  html: z.string().max(12 * 1024 * 1024),
  checkDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  ruleSet: ruleSetSchema,
});
export type ParseRequest = z.infer<typeof parseRequestSchema>;

/** Parses HTML with DOMParser (scripts never run), resolves links against the page URL and scans it. */
export function scanHtml(html: string, url: string, checkDate: string, ruleSet: ParseRequest['ruleSet']) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.href = url;
    doc.head.prepend(base);
  }
  return scanDocument(doc, { checkDate, ruleSet, url, skipLinks: false });
}

/** Answers only `offscreen/scan-html` messages from this extension; every other message is left alone. */
export function listenForParseRequests(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if ((message as { target?: unknown } | null)?.target !== 'offscreen') return false;
    if (sender.id !== browser.runtime.id) return false;
    const parsed = parseRequestSchema.safeParse(message);
    if (!parsed.success) {
      sendResponse({ error: '解析请求格式不正确' });
      return true;
    }
    try {
      const { html, url, checkDate, ruleSet } = parsed.data;
      sendResponse({ scan: scanHtml(html, url, checkDate, ruleSet) });
    } catch (error) {
      sendResponse({ error: `页面解析失败：${error instanceof Error ? error.message : String(error)}` });
    }
    return true;
  });
}
