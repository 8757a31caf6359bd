import type { Page, Worker } from '@playwright/test';
import { loadExpected, type ExpectedLink } from '../demo-site/expected';
import { resolveHref } from '../demo-site/pages/links';
import { test, expect } from './fixtures';
import { readStore } from './idb';

interface Item {
  url: string;
  verdict: string;
  reason: string;
  httpStatus: number | null;
}
interface Summary {
  runId: string;
  total: number;
  checked: number;
  finished: boolean;
  items: Item[];
}

/** A short timeout through the settings record, so /slow (held 20 s) times out in 2 s per attempt. */
async function useShortTimeout(worker: Worker) {
  await worker.evaluate(async () => {
    const open = indexedDB.open('gov-site-inspector');
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction('settings', 'readwrite');
      tx.objectStore('settings').put({ key: 'settings', value: { links: { timeoutMs: 2000 } } });
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  });
}

const status = (panel: Page, runId: string) =>
  panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'links/status', runId: id, includeOk: true }), runId) as Promise<{ ok: boolean; data: Summary }>;

function expectedUrl(link: ExpectedLink, pageUrl: string, ports: { port: number; closedPort: number }): string {
  if (link.verdict === 'skipped') return link.href;
  if (link.via === 'onclick' || link.via === 'javascript-href') return new URL(link.path!, pageUrl).href;
  return new URL(resolveHref(link.href, ports), pageUrl).href;
}

test('the trap page: every verdict as expected.json says, and a dead link recorded from the side panel', async ({ site, worker, openTab, openExtensionPage }) => {
  test.setTimeout(120_000);
  await useShortTimeout(worker);
  const { page, tabId } = await openTab(site.url('/links/traps.html'));
  const panel = await openExtensionPage('sidepanel.html', tabId);
  await panel.getByTestId('links-check').click();
  await expect(panel.getByTestId('links-total')).not.toHaveText('0');
  const total = Number(await panel.getByTestId('links-total').textContent());
  await expect(panel.getByTestId('links-checked')).toHaveText(String(total), { timeout: 90_000 });

  const runId = await panel.evaluate(async () => {
    const all = await new Promise<Array<{ runId: string }>>((ok) => {
      const open = indexedDB.open('gov-site-inspector');
      open.onsuccess = () => {
        const req = open.result.transaction('linkJobs').objectStore('linkJobs').getAll();
        req.onsuccess = () => ok(req.result as Array<{ runId: string }>);
      };
    });
    return all[0]!.runId;
  });
  const reply = await status(panel, runId);
  expect(reply.ok).toBe(true);
  expect(reply.data.finished).toBe(true);
  const byUrl = new Map(reply.data.items.map((i) => [i.url, i]));

  const expected = loadExpected().links;
  const mismatches: string[] = [];
  for (const link of expected) {
    const url = expectedUrl(link, page.url(), site);
    const got = byUrl.get(url);
    const allowed = link.verdict === 'suspect' ? ['suspect', 'dead'] : [link.verdict];
    if (!got || !allowed.includes(got.verdict)) mismatches.push(`${link.href} → ${got ? `${got.verdict} (${got.reason})` : 'missing'}; expected ${link.verdict}`);
  }
  expect(mismatches).toEqual([]);
  // Zero false alarms: nothing expected ok is reported dead or suspect.
  const okUrls = expected.filter((l) => l.verdict === 'ok').map((l) => expectedUrl(l, page.url(), site));
  expect(okUrls.filter((u) => byUrl.get(u)?.verdict !== 'ok')).toEqual([]);
  // Each broken URL counted once, all its places kept: /gone appears as an href and in an onclick.
  const gone = panel.locator(`[data-testid="link-problem"][data-url="${site.url('/gone')}"]`);
  await expect(gone).toHaveCount(1);
  await expect(gone.getByTestId('link-locate')).toHaveCount(2);
  await expect(gone.getByTestId('link-reason')).toContainText('404');

  // Record it: a screenshot crop, then a dead-link finding that carries page, target, status and location.
  await gone.getByTestId('link-record').click();
  await expect(gone.getByTestId('link-record')).toHaveText('已记录', { timeout: 15_000 });
  const findings = await readStore<{ kind: string; pageUrl: string; targetUrl: string; data: { httpStatus: number; locations: unknown[] }; evidence: { screenshotIds: string[] } }>(worker, 'findings');
  const finding = findings.find((f) => f.kind === 'dead-link');
  expect(finding).toMatchObject({ pageUrl: page.url(), targetUrl: site.url('/gone'), data: { httpStatus: 404 } });
  expect(finding!.data.locations).toHaveLength(2);
  expect(finding!.evidence.screenshotIds).toHaveLength(1);
  const evidence = await worker.evaluate(async (id) => {
    const open = indexedDB.open('gov-site-inspector');
    const db = await new Promise<IDBDatabase>((ok) => (open.onsuccess = () => ok(open.result)));
    const row = await new Promise<{ blob: Blob } | undefined>((ok) => {
      const req = db.transaction('evidence').objectStore('evidence').get(id);
      req.onsuccess = () => ok(req.result as { blob: Blob } | undefined);
    });
    db.close();
    return row ? { size: row.blob.size, type: row.blob.type } : null;
  }, finding!.evidence.screenshotIds[0]!);
  expect(evidence?.type).toBe('image/png');
  expect(evidence!.size).toBeGreaterThan(1000);
});
