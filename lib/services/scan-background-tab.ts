import type { BackgroundDeps } from './deps';
import { scanTab, type ScanOutcome } from './scan-tab';

/** Opens `url` in an inactive tab, waits for it to load, scans it rendered and closes the tab again. */
export async function scanInBackgroundTab(deps: BackgroundDeps, url: string, checkDate: string, timeoutMs: number): Promise<ScanOutcome> {
  const tab = await browser.tabs.create({ url, active: false });
  const tabId = tab.id;
  if (tabId === undefined) throw new Error('无法打开后台标签页');
  try {
    await waitForComplete(tabId, timeoutMs);
    return await scanTab(deps, tabId, checkDate);
  } finally {
    await browser.tabs.remove(tabId).catch(() => undefined);
  }
}

function waitForComplete(tabId: number, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      browser.tabs.onUpdated.removeListener(onUpdated);
      reject(new Error(`页面加载超过 ${Math.round(timeoutMs / 1000)} 秒`));
    }, timeoutMs);
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id !== tabId || change.status !== 'complete') return;
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      resolve();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    void browser.tabs.get(tabId).then((t) => t.status === 'complete' && onUpdated(tabId, { status: 'complete' }));
  });
}
