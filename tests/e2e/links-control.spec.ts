// Link checker controls through the real extension (issue 4): the queue survives a service-worker restart,
// 重新检查 (one link and all) and 停止 from the side panel. Progress is read from the real IndexedDB.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { putSettings, readStore } from './idb';

interface Job {
  id: string;
  runId: string;
  url: string;
  state: 'pending' | 'done';
}
interface Result {
  url: string;
  verdict: string;
  reason: string;
  checkedAt: string;
}

/** Replaces the rendered page's content with exactly these links (the checker reads the rendered DOM). */
async function showOnlyLinks(page: Page, paths: string[]) {
  await page.evaluate((list) => {
    document.body.replaceChildren(
      ...list.map((p, i) => {
        const a = document.createElement('a');
        a.href = new URL(p, location.origin).href;
        a.textContent = `链接${i + 1}`;
        const li = document.createElement('p');
        li.append(a);
        return li;
      }),
    );
  }, paths);
}

async function startRun(panel: Page, count: number): Promise<string> {
  await panel.getByTestId('links-check').click();
  await expect(panel.getByTestId('links-total')).toHaveText(String(count));
  await expect.poll(async () => (await readStore<Job>(panel, 'linkJobs')).length).toBe(count);
  return (await readStore<Job>(panel, 'linkJobs'))[0]!.runId;
}

/**
 * Watches the extension's service worker through DevTools (the ServiceWorker domain behind
 * chrome://serviceworker-internals) and stops it for real: its running status goes to `stopped`.
 */
async function watchServiceWorker(context: BrowserContext, page: Page, extensionId: string) {
  const statuses: string[] = [];
  const cdp = await context.newCDPSession(page);
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) statuses.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  const reached = (status: string, from: number) => expect.poll(() => statuses.slice(from).includes(status), { timeout: 30_000 }).toBe(true);
  return {
    statuses,
    stop: async () => {
      const from = statuses.length;
      await cdp.send('ServiceWorker.stopAllWorkers');
      await reached('stopped', from);
    },
    /** Running again after the last stop (the panel's own polling may already have woken it). */
    runningAgain: () => reached('running', statuses.lastIndexOf('stopped') + 1),
  };
}

test('the queue survives a service-worker restart: every link checked once, nothing lost or repeated', async ({ context, site, worker, extensionId, openTab, openExtensionPage }) => {
  test.setTimeout(120_000);
  // Each /slow link holds a request slot for 2 s (HEAD and GET time out after 1 s, no retry).
  await putSettings(worker, { links: { timeoutMs: 1000, retries: 0, pauseAfterFailures: 100 } });
  const paths = Array.from({ length: 20 }, (_, i) => [`/slow?r=${i}`, `/gone?r=${i}`]).flat();
  const { page, tabId } = await openTab(site.url('/links/sub/page1.html'));
  await showOnlyLinks(page, paths);
  const panel = await openExtensionPage('sidepanel.html', tabId);
  const runId = await startRun(panel, paths.length);

  // Mid-run: some links done, most still pending.
  await expect.poll(async () => (await readStore<Job>(panel, 'linkJobs')).filter((j) => j.state === 'done').length, { timeout: 20_000 }).toBeGreaterThanOrEqual(6);
  const sw = await watchServiceWorker(context, panel, extensionId);
  await sw.stop();
  const stoppedAt = Date.now();
  const doneBefore = (await readStore<Job>(panel, 'linkJobs')).filter((j) => j.state === 'done');
  const resultsBefore = new Map((await readStore<Result>(panel, 'linkResults')).map((r) => [r.url, r.checkedAt]));
  expect(doneBefore.length).toBeLessThan(paths.length);

  // Wake it: a message from the side panel starts the worker again, and it resumes the pending jobs by itself.
  await panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'links/status', runId: id }), runId);
  await sw.runningAgain();
  await expect(panel.getByTestId('links-checked')).toHaveText(String(paths.length), { timeout: 60_000 });

  const jobs = await readStore<Job>(panel, 'linkJobs');
  const results = await readStore<Result>(panel, 'linkResults');
  expect(jobs).toHaveLength(paths.length);
  expect(new Set(jobs.map((j) => j.id)).size).toBe(paths.length);
  expect(new Set(jobs.map((j) => j.url)).size).toBe(paths.length);
  expect(jobs.every((j) => j.state === 'done' && j.runId === runId)).toBe(true);
  expect(results).toHaveLength(paths.length);
  const byUrl = new Map(results.map((r) => [r.url, r]));
  for (const p of paths) {
    const r = byUrl.get(site.url(p));
    expect(r?.verdict, p).toBe(p.startsWith('/gone') ? 'dead' : 'suspect');
  }
  // Work done before the stop was kept, not redone; the rest was finished by the new worker.
  for (const j of doneBefore) expect(byUrl.get(j.url)?.checkedAt).toBe(resultsBefore.get(j.url));
  const after = results.filter((r) => Date.parse(r.checkedAt) >= stoppedAt);
  expect(after.length).toBe(paths.length - doneBefore.length);
  const status = await panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'links/status', runId: id, includeOk: true }), runId);
  expect(status).toMatchObject({ ok: true, data: { total: paths.length, checked: paths.length, finished: true, counts: { dead: 20, suspect: 20 } } });
});

test('重新检查 one link and all links from the side panel', async ({ site, worker, openTab, openExtensionPage }) => {
  const paths = ['/gone?k=1', '/forbidden?k=1', '/removed?k=1', '/links/sub/page1.html'];
  const { page, tabId } = await openTab(site.url('/links/sub/page1.html'));
  await showOnlyLinks(page, paths);
  const panel = await openExtensionPage('sidepanel.html', tabId);
  await startRun(panel, paths.length);
  await expect(panel.getByTestId('links-checked')).toHaveText(String(paths.length), { timeout: 30_000 });
  const first = new Map((await readStore<Result>(worker, 'linkResults')).map((r) => [r.url, r]));
  expect(first.size).toBe(paths.length);

  // One link: only its result is checked again.
  const gone = panel.locator(`[data-testid="link-problem"][data-url="${site.url('/gone?k=1')}"]`);
  await gone.getByRole('button', { name: '重新检查' }).click();
  const goneBefore = first.get(site.url('/gone?k=1'))!.checkedAt;
  // The old result is deleted first; wait for the new one.
  await expect.poll(async () => (await readStore<Result>(worker, 'linkResults')).find((r) => r.url === site.url('/gone?k=1'))?.checkedAt ?? goneBefore, { timeout: 15_000 }).not.toBe(goneBefore);
  const second = new Map((await readStore<Result>(worker, 'linkResults')).map((r) => [r.url, r]));
  expect(second.get(site.url('/gone?k=1'))?.verdict).toBe('dead');
  for (const p of paths.slice(1)) expect(second.get(site.url(p))?.checkedAt, p).toBe(first.get(site.url(p))!.checkedAt);
  await expect(gone).toHaveCount(1);

  // All links: every result is fresh (the cached ok/dead ones too), and the panel counts them again.
  await panel.getByRole('button', { name: '全部重新检查' }).click();
  await expect
    .poll(async () => (await readStore<Result>(worker, 'linkResults')).filter((r) => r.checkedAt > second.get(r.url)!.checkedAt).length, { timeout: 20_000 })
    .toBe(paths.length);
  await expect(panel.getByTestId('links-checked')).toHaveText(String(paths.length));
  const third = await readStore<Result>(worker, 'linkResults');
  expect(Object.fromEntries(third.map((r) => [new URL(r.url).pathname, r.verdict]))).toEqual({
    '/gone': 'dead',
    '/forbidden': 'suspect',
    '/removed': 'dead',
    '/links/sub/page1.html': 'ok',
  });
  expect((await readStore<Job>(worker, 'linkJobs')).every((j) => j.state === 'done')).toBe(true);
});

test('停止 from the side panel: pending links are dropped and nothing more is checked', async ({ site, worker, openTab, openExtensionPage }) => {
  test.setTimeout(90_000);
  await putSettings(worker, { links: { timeoutMs: 1000, retries: 0, pauseAfterFailures: 100 } });
  const paths = Array.from({ length: 30 }, (_, i) => `/slow?c=${i}`);
  const { page, tabId } = await openTab(site.url('/links/sub/page1.html'));
  await showOnlyLinks(page, paths);
  const panel = await openExtensionPage('sidepanel.html', tabId);
  await startRun(panel, paths.length);
  await expect.poll(async () => (await readStore<Result>(worker, 'linkResults')).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(1);

  await panel.getByRole('button', { name: '停止' }).click();
  // The run ends: no pending job left, the panel offers a new check again.
  await expect.poll(async () => (await readStore<Job>(worker, 'linkJobs')).filter((j) => j.state === 'pending').length).toBe(0);
  await expect(panel.getByTestId('links-check')).toBeEnabled();
  await expect(panel.getByRole('button', { name: '停止' })).toHaveCount(0);
  const kept = await readStore<Job>(worker, 'linkJobs');
  expect(kept.length).toBeLessThan(paths.length);
  await expect(panel.getByTestId('links-total')).toHaveText(String(kept.length));
  // Requests in flight at the stop end without writing anything: after their timeouts, still no new result.
  const resultsAtStop = (await readStore<Result>(worker, 'linkResults')).length;
  await page.waitForTimeout(3000);
  expect(await readStore<Result>(worker, 'linkResults')).toHaveLength(resultsAtStop);
  expect(resultsAtStop).toBe(kept.length);
});
