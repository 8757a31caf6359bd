import { readFileSync } from 'node:fs';
import { test, expect, DEMO_TODAY } from './fixtures';
import { readFindings, readStore } from './idb';
import { dateForOffset } from '../demo-site/dates';

interface ExpectedPage {
  path: string;
  host: string;
  pageKind: string;
  itemCount: number | null;
  lastUpdateOffset: number | null;
  status: string;
}
const expected = JSON.parse(readFileSync('tests/demo-site/expected.json', 'utf8')) as { pages: ExpectedPage[] };
const page = (path: string) => expected.pages.find((p) => p.path === path && p.host === 'www.qsx.gov.test')!;

/** Fixes the monitoring date to the demo site's "today" through the panel's own field. */
async function useDemoDate(panel: import('@playwright/test').Page) {
  await panel.getByTestId('check-date').fill(DEMO_TODAY);
  await panel.getByTestId('set-check-date').click();
  await expect(panel.getByTestId('check-date')).toHaveValue(DEMO_TODAY);
  await expect(panel.getByTestId('columns-section')).toHaveAttribute('data-check-date', DEMO_TODAY);
}

// Column pages covering every markup: JS-rendered list, iframe list, GBK page, blank placeholders, undated list.
const COLUMN_PATHS = ['/xwzx/ywdt/', '/xwzx/xzdt/', '/xwzx/bmdt/', '/xwzx/tpxw/', '/xwzx/spxw/', '/zwgk/gbk/', '/zwgk/zcwj/', '/zwgk/gsgg/', '/zwgk/rsxx/', '/zwgk/czyjs/', '/zwgk/zdxm/', '/zwgk/jgzn/'];

test('side panel shows the expected verdict, item count and last update of each demo column', async ({ site, openTab, openExtensionPage }) => {
  test.setTimeout(120_000);
  const start = await openTab(site.url('/'));
  const first = await openExtensionPage('sidepanel.html', start.tabId);
  await useDemoDate(first);
  for (const path of COLUMN_PATHS) {
    const want = page(path);
    const { page: tab, tabId } = await openTab(site.url(path));
    const panel = await openExtensionPage('sidepanel.html', tabId);
    const row = panel.getByTestId('column-row').first();
    await expect(row, path).toHaveAttribute('data-status', want.status);
    await expect(row.getByTestId('column-items'), path).toHaveText(String(want.itemCount));
    const last = want.lastUpdateOffset === null ? '—' : dateForOffset(DEMO_TODAY, want.lastUpdateOffset);
    await expect(row.getByTestId('column-last-update'), path).toHaveText(last);
    await panel.close();
    await tab.close();
  }
});

test('home page: homepage verdict, identity and the live veto counters', async ({ site, openTab, openExtensionPage }) => {
  const { tabId } = await openTab(site.url('/'));
  const panel = await openExtensionPage('sidepanel.html', tabId);
  await expect(panel.getByTestId('page-kind')).toHaveText('首页');
  await expect(panel.getByTestId('column-row').first()).toHaveAttribute('data-status', 'ok');
  await expect(panel.getByTestId('site-id-code')).toHaveText('3607990001');
  await expect(panel.getByTestId('counter-blank')).toHaveAttribute('data-count', '0');
  // Scanning a blank column adds it to the site's counter.
  const { tabId: blankTab } = await openTab(site.url('/zwgk/jgzn/'));
  const second = await openExtensionPage('sidepanel.html', blankTab);
  await expect(second.getByTestId('counter-blank')).toHaveAttribute('data-count', '1');
});

test('highlight draws a box in a shadow root without touching the page', async ({ site, openTab, openExtensionPage }) => {
  const { page: tab, tabId } = await openTab(site.url('/xwzx/gzdt/'));
  const before = await tab.evaluate(() => document.body.innerHTML);
  const panel = await openExtensionPage('sidepanel.html', tabId);
  await panel.getByRole('button', { name: '标出' }).first().click();
  await expect.poll(() => tab.evaluate(() => !!document.querySelector('[data-inspector-overlay]')?.shadowRoot?.querySelector('.box'))).toBe(true);
  expect(await tab.evaluate(() => document.querySelector('[data-inspector-overlay]')?.parentElement === document.documentElement)).toBe(true);
  expect(await tab.evaluate(() => document.body.innerHTML)).toBe(before);
});

test('record button stores a stale-column finding in IndexedDB', async ({ site, openTab, openExtensionPage, worker }) => {
  const { tabId } = await openTab(site.url('/xwzx/xzdt/'));
  const panel = await openExtensionPage('sidepanel.html', tabId);
  await useDemoDate(panel);
  await expect(panel.getByTestId('column-row').first()).toHaveAttribute('data-status', 'stale');
  await panel.getByTestId('record-column').click();
  await expect(panel.getByTestId('record-column')).toHaveText('已记录');
  const findings = await readFindings<{ kind: string; columnPath: string[]; detail: string; checkDate: string }>(worker);
  expect(findings).toHaveLength(1);
  expect(findings[0]).toMatchObject({ kind: 'stale-column', columnPath: ['首页', '新闻中心', '乡镇动态'], checkDate: DEMO_TODAY });
  expect(findings[0]!.detail).toContain('监测点前2周内,栏目无信息更新');
});

test('crawl checks the linked columns with a progress bar and stores their rows', async ({ site, openTab, openExtensionPage, worker }) => {
  test.setTimeout(90_000);
  const { tabId } = await openTab(site.url('/'));
  const panel = await openExtensionPage('sidepanel.html', tabId);
  await useDemoDate(panel);
  await expect(panel.getByTestId('page-kind')).toHaveText('首页');
  await panel.getByTestId('crawl-start').click();
  await expect(panel.getByTestId('crawl-progress')).toBeVisible();
  await expect(panel.getByTestId('crawl-state')).toContainText('栏目检查完成', { timeout: 60_000 });
  const rows = await readStore<{ url: string; itemCount: number; lastUpdate: string | null }>(worker, 'columns');
  const byPath = (p: string) => rows.find((r) => new URL(r.url).pathname === p);
  // The JS-built and the iframe lists were re-read in a background tab; the GBK page was decoded.
  expect(byPath('/xwzx/tpxw/')?.itemCount).toBe(8);
  expect(byPath('/xwzx/spxw/')?.itemCount).toBe(8);
  expect(byPath('/zwgk/gbk/')?.lastUpdate).toBe(dateForOffset(DEMO_TODAY, 10));
  await expect(panel.getByTestId('counter-blank')).toHaveAttribute('data-count', '3');
});

test('a browser page and a PDF get a clear Chinese message and store nothing', async ({ site, openTab, openExtensionPage, worker, context }) => {
  const pdf = await openTab(site.url('/files/report.pdf')).catch(() => null);
  if (pdf) {
    const panel = await openExtensionPage('sidepanel.html', pdf.tabId);
    await expect(panel.getByRole('alert')).toContainText('PDF');
  }
  const blank = await context.newPage();
  await blank.goto('about:blank');
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ url: 'about:blank' }))[0]?.id);
  const panel = await openExtensionPage('sidepanel.html', tabId);
  await expect(panel.getByRole('alert')).toContainText('无法检查');
  expect(await readStore(worker, 'scans')).toHaveLength(0);
});

test('inspect CLI writes pages.json matching expected.json for the demo site', async ({ site }) => {
  test.setTimeout(180_000);
  const { spawn } = await import('node:child_process');
  // Async spawn: the demo site runs in this process, so a blocking spawnSync would starve it.
  const spawnAsync = (args: string[]) =>
    new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = spawn('npx', args, { env: process.env });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (status) => resolve({ status, stderr }));
    });
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const out = mkdtempSync(`${tmpdir()}/inspect-`);
  const run = await spawnAsync(['tsx', 'lib/cli/inspect.ts', site.url('/'), '--depth', '1', '--at', DEMO_TODAY, '--out', out, '--no-links']);
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).toContain('已检查');
  const pages = JSON.parse(readFileSync(`${out}/pages.json`, 'utf8')) as Record<string, unknown>[];
  const wanted = expected.pages.filter((p) => p.host === 'www.qsx.gov.test' && p.pageKind !== 'article' && !p.path.startsWith('/links/'));
  expect(pages.length).toBe(wanted.length);
  for (const want of wanted) {
    const got = pages.find((p) => new URL(String(p.url)).pathname === want.path);
    expect(got, want.path).toBeDefined();
    const w = want as unknown as Record<string, unknown>;
    expect({ ...got, links: undefined, url: undefined, title: undefined, siteCode: undefined, siteName: undefined }, want.path).toEqual({
      url: undefined, title: undefined, siteCode: undefined, siteName: undefined, links: undefined,
      pageKind: w.pageKind, columnName: w.columnName, columnPath: w.columnPath, columnClass: w.columnClass,
      itemCount: w.itemCount, status: w.status,
      lastUpdate: want.lastUpdateOffset === null ? null : dateForOffset(DEMO_TODAY, want.lastUpdateOffset),
    });
    expect(got!.siteCode).toBe('3607990001');
  }
  const bundle = JSON.parse(readFileSync(`${out}/bundle.json`, 'utf8')) as { format: string; findings: { kind: string }[] };
  expect(bundle.format).toBe('gov-site-inspector-bundle');
  expect(bundle.findings.filter((f) => f.kind === 'empty-column')).toHaveLength(3);
  // Bad arguments: a clear message and a non-zero exit.
  const bad = await spawnAsync(['tsx', 'lib/cli/inspect.ts', 'not-a-url']);
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain('起始网址无效');
});
