import { test, expect } from './fixtures';
import { readFindings, readStore } from './idb';

test('manifest is MV3 with a side panel, a service worker and only the permissions we use', async ({ worker }) => {
  const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
  expect(manifest.background).toMatchObject({ service_worker: 'background.js' });
  expect(manifest.permissions?.sort()).toEqual(['contextMenus', 'offscreen', 'scripting', 'sidePanel', 'unlimitedStorage', 'webRequest']);
});

test('page → content script → background → IndexedDB → side panel', async ({ site, openTab, openExtensionPage, worker }) => {
  const { tabId } = await openTab(site.url('/xwzx/gzdt/'));
  const panel = await openExtensionPage('sidepanel.html', tabId);
  await expect(panel.getByTestId('site-id-code')).toHaveText('3607990001');
  await expect(panel.getByTestId('icp')).toContainText('ICP备');
  // The scan was stored by the worker, and the panel reads it back from the database through a live query.
  await expect(panel.getByTestId('stored-scans').locator('li')).toHaveCount(1);
  const stored = await readStore<{ siteIdCode: string; url: string }>(worker, 'scans');
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ siteIdCode: '3607990001' });
});

test('a malformed message from a page is rejected with a logged reason and changes nothing', async ({ site, openTab, worker, context }) => {
  const logged: string[] = [];
  context.on('console', (msg) => logged.push(msg.text()));
  const { tabId } = await openTab(site.url('/'));
  const replies = await worker.evaluate(async (id) => {
    const [result] = await chrome.scripting.executeScript({
      target: { tabId: id },
      // Runs in the content-script world of the page, like any injected script would.
      func: async () => {
        const bad = [
          { type: 'finding/flag', finding: { kind: 'dead-link', pageUrl: 'not a url', detail: 1 } },
          { type: 'finding/flag', finding: { kind: 'nonsense', pageUrl: 'http://x.gov.test/', detail: 'x' } },
          { type: 'no/such-type' },
          'just a string',
        ];
        return Promise.all(bad.map((m) => chrome.runtime.sendMessage(m)));
      },
    });
    return result?.result as { ok: boolean; error?: string }[];
  }, tabId);
  expect(replies).toHaveLength(4);
  for (const reply of replies) {
    expect(reply.ok).toBe(false);
    expect(reply.error).toContain('消息格式不正确');
  }
  const count = (await readFindings(worker)).length;
  expect(count).toBe(0);
  await expect.poll(() => logged.filter((line) => line.includes('已拒绝格式不正确的消息')).length).toBe(4);
});
