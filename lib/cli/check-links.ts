import type { ExtensionBrowser } from './launch';

export interface CliLinkResult {
  url: string;
  verdict: 'ok' | 'dead' | 'suspect' | 'skipped';
  httpStatus: number | null;
  reason: string;
}

/** Checks every link of a tab with the extension's own checker (`links/check`), polling until done (for pages.json). */
export async function checkLinksInBrowser(browser: ExtensionBrowser, tabId: number, opts: { pollMs?: number; maxWaitMs?: number } = {}): Promise<CliLinkResult[]> {
  const started = await browser.request({ type: 'links/check', tabId });
  if (!started.ok) throw new Error(`链接检查无法开始：${started.error}`);
  const deadline = Date.now() + (opts.maxWaitMs ?? 30 * 60_000);
  for (;;) {
    const status = await browser.request({ type: 'links/status', runId: started.data.runId, includeOk: true });
    if (!status.ok) throw new Error(`读取链接检查进度失败：${status.error}`);
    if (status.data.finished || Date.now() > deadline) {
      return status.data.items.map((i) => ({
        url: i.url,
        verdict: i.verdict === 'pending' ? 'skipped' : i.verdict,
        httpStatus: i.httpStatus,
        reason: i.verdict === 'pending' ? '检查超时未完成' : i.reason,
      }));
    }
    await new Promise((done) => setTimeout(done, opts.pollMs ?? 500));
  }
}
