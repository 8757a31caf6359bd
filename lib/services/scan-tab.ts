import { z } from 'zod';
import type { InspectorDB } from '@/lib/db/schema';
import { pageScanSchema, type PageScan } from '@/lib/scan/types';

export interface ScanTabDeps {
  db: InspectorDB;
  now: () => Date;
  newId: () => string;
}

const UNSCANNABLE = /^(chrome|chrome-extension|edge|about|devtools|view-source|file|data|blob):/i;

/** Injects the scanner into a tab, validates what it returns, and stores the scan. */
export async function scanTab(deps: ScanTabDeps, tabId: number, checkDate: string): Promise<{ scanId: string; scan: PageScan }> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) throw new Error('找不到要检查的标签页，它可能已被关闭。');
  const url = tab.url ?? '';
  if (!url || UNSCANNABLE.test(url) || url.startsWith('https://chromewebstore.google.com')) {
    throw new Error('此页面无法检查（浏览器内部页面、扩展商店或本地文件）。请打开政府网站页面后再试。');
  }
  try {
    await browser.scripting.executeScript({
      target: { tabId },
      func: (options: { checkDate: string }) => {
        globalThis.__inspectorScanOptions = options;
      },
      args: [{ checkDate }],
    });
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/scan.js'] });
    const parsed = pageScanSchema.safeParse(first?.result);
    if (!parsed.success) {
      throw new Error(`页面返回的扫描结果无效：${z.prettifyError(parsed.error).slice(0, 300)}`);
    }
    const scan = parsed.data;
    const scanId = deps.newId();
    await deps.db.scans.add({
      id: scanId,
      url: scan.url,
      origin: new URL(scan.url).origin,
      siteIdCode: scan.identity.siteIdCode,
      title: scan.title,
      checkDate,
      scannedAt: deps.now().toISOString(),
      result: scan,
    });
    return { scanId, scan };
  } catch (cause) {
    if (cause instanceof Error && cause.message.startsWith('页面返回')) throw cause;
    throw new Error(`无法在此页面运行检查：${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}
