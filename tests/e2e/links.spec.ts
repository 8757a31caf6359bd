import type { Page } from '@playwright/test';
import { loadExpected, type ExpectedLink } from '../demo-site/expected';
import { resolveHref } from '../demo-site/pages/links';
import { test, expect } from './fixtures';
import { readEvidence } from './findings-idb';
import { putSettings, readFindings, readStore } from './idb';

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


const status = (panel: Page, runId: string) =>
  panel.evaluate((id) => chrome.runtime.sendMessage({ type: 'links/status', runId: id, includeOk: true }), runId) as Promise<{ ok: boolean; data: Summary }>;

function expectedUrl(link: ExpectedLink, pageUrl: string, ports: { port: number; closedPort: number }): string {
  if (link.verdict === 'skipped') return link.href;
  if (link.via === 'onclick' || link.via === 'javascript-href') return new URL(link.path!, pageUrl).href;
  return new URL(resolveHref(link.href, ports), pageUrl).href;
}

test('the trap page: every verdict as expected.json says, and a dead link recorded from the side panel', async ({ site, worker, openTab, openExtensionPage }) => {
  test.setTimeout(120_000);
  // A short timeout so /slow (held 20 s) times out in 2 s per attempt.
  await putSettings(worker, { links: { timeoutMs: 2000 } });
  const { page, tabId } = await openTab(site.url('/links/traps.html'));
  const panel = await openExtensionPage('sidepanel.html', tabId);
  await panel.getByTestId('links-check').click();
  await expect(panel.getByTestId('links-total')).not.toHaveText('0');
  const total = Number(await panel.getByTestId('links-total').textContent());
  await expect(panel.getByTestId('links-checked')).toHaveText(String(total), { timeout: 90_000 });

  const runId = (await readStore<{ runId: string }>(panel, 'linkJobs'))[0]!.runId;
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
  const findings = await readFindings<{ kind: string; pageUrl: string; targetUrl: string; data: { httpStatus: number; locations: unknown[] }; evidence: { screenshotIds: string[] } }>(worker);
  const finding = findings.find((f) => f.kind === 'dead-link');
  expect(finding).toMatchObject({ pageUrl: page.url(), targetUrl: site.url('/gone'), data: { httpStatus: 404 } });
  expect(finding!.data.locations).toHaveLength(2);
  expect(finding!.evidence.screenshotIds).toHaveLength(1);
  const evidence = (await readEvidence(worker)).find((e) => e.id === finding!.evidence.screenshotIds[0]);
  expect(evidence?.mime).toBe('image/png');
  expect(evidence!.size).toBeGreaterThan(1000);
});
