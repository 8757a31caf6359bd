import type { HandlersFor } from '@/lib/messaging/protocol';
import { highlightElement } from '@/lib/overlay/highlight';
import { cancelCrawl, crawlStatus, startCrawl } from './crawl';
import { currentCheckDate, type BackgroundDeps } from './deps';
import { scanTab } from './scan-tab';

/** Handlers of the scanner area. */
export function createScanHandlers(deps: BackgroundDeps): HandlersFor<'scan/tab' | 'scan/highlight' | 'scan/crawl' | 'scan/crawl-status' | 'scan/crawl-cancel'> {
  return {
    'scan/tab': async ({ tabId, checkDate }) => scanTab(deps, tabId, checkDate ?? (await currentCheckDate(deps))),
    'scan/highlight': async ({ tabId, selector, frameSelector, label }) => {
      try {
        const [first] = await browser.scripting.executeScript({ target: { tabId }, func: highlightElement, args: [selector, frameSelector, label] });
        return { found: first?.result === true };
      } catch (cause) {
        throw new Error(`无法在页面上标出该列表：${cause instanceof Error ? cause.message : String(cause)}`, { cause });
      }
    },
    'scan/crawl': async ({ tabId, depth, checkDate, maxPages }) => ({
      runId: startCrawl(deps, tabId, depth, checkDate ?? (await currentCheckDate(deps)), maxPages),
    }),
    'scan/crawl-status': async ({ runId }) => {
      const status = crawlStatus(runId);
      if (!status) throw new Error('找不到该次栏目检查（扩展后台可能已重启），请重新开始。');
      return status;
    },
    'scan/crawl-cancel': async ({ runId }) => ({ cancelled: cancelCrawl(runId) }),
  };
}
