import { z } from 'zod';
import { linkTargetSchema, type LinkTarget } from '@/lib/scan/types';
import { canInjectInto } from './injectable';

const replySchema = z.object({ url: z.string().max(4000), links: z.array(linkTargetSchema).max(50_000) });

/** Injects the link collector into a tab and validates what the (untrusted) page returns. */
export async function collectTabLinks(tabId: number): Promise<{ pageUrl: string; links: LinkTarget[] }> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) throw new Error('找不到要检查的标签页，它可能已被关闭。');
  if (!canInjectInto(tab.url, { allowFile: false })) throw new Error('此页面无法检查链接（浏览器内部页面或本地文件）。请打开政府网站页面后再试。');
  const [first] = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/links.js'] });
  const parsed = replySchema.safeParse(first?.result);
  if (!parsed.success) throw new Error(`页面返回的链接列表无效：${z.prettifyError(parsed.error).slice(0, 300)}`);
  return { pageUrl: parsed.data.url, links: parsed.data.links };
}
