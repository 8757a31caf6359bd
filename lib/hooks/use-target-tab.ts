import { useEffect, useState } from 'react';

export interface TargetTab {
  id: number;
  url: string;
  title: string;
}

/**
 * The tab the panel works on: `?tabId=` when given (tests, the dashboard), else the active tab of this window.
 * Follows navigation and tab switches so the panel always describes what the inspector sees.
 */
export function useTargetTab(): TargetTab | null | undefined {
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  useEffect(() => {
    const fixed = Number(new URLSearchParams(location.search).get('tabId'));
    const pinned = Number.isInteger(fixed) && fixed > 0 ? fixed : null;
    let current: number | null = pinned;
    const read = async () => {
      const found = current
        ? await browser.tabs.get(current).catch(() => undefined)
        : (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
      if (!pinned) current = found?.id ?? null;
      setTab(found?.id ? { id: found.id, url: found.url ?? '', title: found.title ?? '' } : null);
    };
    void read();
    const onUpdated = (id: number, change: { status?: string; url?: string }) => {
      if ((current === null || id === current) && (change.status === 'complete' || change.url)) void read();
    };
    const onActivated = ({ tabId }: { tabId: number }) => {
      if (pinned) return;
      current = tabId;
      void read();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, []);
  return tab;
}
