// Findings log with 100,000 findings: dashboard first render (< 500 ms) and a filter change (< 200 ms), measured in
// real Chromium on the built extension's options page with performance marks set by the page itself
// (`findings:rows` when the visible rows are rendered, `findings:filter` when a filter control changes,
// `findings:complete` when a query's full list is known, `findings:loaded` when the whole log is in memory).
import type { Page } from '@playwright/test';
import { findingSchema, type Finding } from '../../lib/db/records';
import { ensureBuilt } from '../../lib/cli/build';
import { launchWithExtension } from '../../lib/cli/launch';
import { seedFindings } from '../../lib/cli/extension-db';

const TOTAL = 100_000;

const kinds = ['empty-column', 'stale-column', 'undated-column', 'homepage-stale', 'dead-link', 'wording-error', 'footer-missing', 'other'] as const;
const statuses = ['pending', 'confirmed', 'ignored', 'fixed'] as const;

/** Finding i of the benchmark log: 40 sites, 30 departments, 8 kinds, 4 quarters, five minutes apart. */
function benchFinding(i: number): Finding {
  const site = i % 40;
  const at = new Date(Date.parse('2026-01-01T00:00:00Z') + i * 300_000).toISOString();
  return {
    id: `f${String(i).padStart(6, '0')}`, identityKey: `bench|${i}`, kind: kinds[i % kinds.length]!, quarter: `2026Q${1 + Math.floor((i / TOTAL) * 4)}`, siteId: null,
    siteIdCode: `36079900${String(site).padStart(2, '0')}`, siteName: `测试县第${site}号网站`, pageUrl: `http://site${site}.gov.test/page/${i}.html`,
    pageTitle: `页面 ${i}`, targetUrl: i % 5 === 0 ? `http://site${site}.gov.test/gone/${i}` : null, columnPath: ['首页', '新闻中心', `栏目${i % 50}`],
    department: `部门${i % 30}`, detail: `第 ${i} 条：监测点前2周内，栏目无信息更新`, suggestion: null, ruleId: 'veto.columns-stale',
    ruleSetVersion: 'gbmh-2019-19', effect: 'veto', status: statuses[(i >> 3) % 4]!, statusReason: null, fixedAt: null, data: {},
    evidence: { selector: '.list', quote: null, context: null, browser: 'Chrome/156', screenshotIds: [] }, inspector: '检查员',
    checkDate: '2026-11-20', observedAt: at, createdAt: at, updatedAt: at, history: [{ at, by: '检查员', change: '记录问题（待确认）' }],
  };
}

/** Seeds the extension's (empty) log in its stored layout (`seedFindings`: blocks in slices, then meta rows). */
export async function seed(page: Page): Promise<void> {
  const rows = Array.from({ length: TOTAL }, (_, i) => benchFinding(i));
  findingSchema.parse(rows[0]); // the rows are the shape the extension stores
  await seedFindings(page, rows);
}

type Mark = { startTime: number; detail: { key: string; total: number } };
const marks = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n).map((m) => ({ startTime: m.startTime, detail: (m as PerformanceMark).detail })), name) as Promise<Mark[]>;

/** First visible rows and the complete count, in ms from navigation start (the unfiltered log). */
async function firstRender(page: Page): Promise<{ rows: number; complete: number; total: number }> {
  await page.waitForFunction(() => performance.getEntriesByName('findings:complete').length > 0 && performance.getEntriesByName('findings:rows').length > 0, null, { timeout: 120_000 });
  const rows = (await marks(page, 'findings:rows'))[0]!;
  const complete = (await marks(page, 'findings:complete'))[0]!;
  return { rows: rows.startTime, complete: complete.startTime, total: complete.detail.total };
}

/**
 * Runs one UI change (possibly several steps); returns ms from the page's last `findings:filter` mark (the final
 * step) to the first rows and to the full count of that final query.
 */
async function timeFilter(page: Page, change: () => Promise<unknown>): Promise<{ rows: number; complete: number; total: number }> {
  const before = await page.evaluate(() => performance.now());
  await change();
  await page.waitForFunction(
    (t0) => {
      const f = performance.getEntriesByName('findings:filter').filter((m) => m.startTime > t0).at(-1);
      return Boolean(f) && performance.getEntriesByName('findings:complete').some((m) => m.startTime > f!.startTime);
    },
    before,
    { timeout: 120_000 },
  );
  const filter = (await marks(page, 'findings:filter')).filter((m) => m.startTime > before).at(-1)!;
  const complete = (await marks(page, 'findings:complete')).find((m) => m.startTime > filter.startTime)!;
  const rows = (await marks(page, 'findings:rows')).find((m) => m.startTime > filter.startTime && m.detail.key === complete.detail.key);
  return { rows: (rows ?? complete).startTime - filter.startTime, complete: complete.startTime - filter.startTime, total: complete.detail.total };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<void> {
  const dir = ensureBuilt((line) => console.log(line));
  const browser = await launchWithExtension(dir, { headless: true, isolateNetwork: true });
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByText('还没有记录任何问题', { exact: false }).waitFor(); // the page opened (and created) the database
    const t0 = Date.now();
    await seed(page);
    console.log(`seeded ${TOTAL} findings in ${Date.now() - t0} ms`);

    const renders: { rows: number; complete: number; total: number }[] = [];
    for (let i = 0; i < 3; i++) {
      await page.reload();
      renders.push(await firstRender(page));
    }
    const r0 = renders.map((r) => r.rows);
    const c0 = renders.map((r) => r.complete);
    console.log(`first render, navigation start → first rows visible: ${r0.map((r) => r.toFixed(0)).join(', ')} ms; median ${median(r0).toFixed(0)} ms (target < 500)`);
    console.log(`             navigation start → full count "共 ${renders[0]!.total} 条": ${c0.map((r) => r.toFixed(0)).join(', ')} ms; median ${median(c0).toFixed(0)} ms`);

    // Free text typed as soon as the first rows show, while the rest of the log is still loading.
    const search = async (text: string) => {
      await page.getByRole('searchbox').fill(text);
      await page.getByRole('searchbox').press('Enter');
    };
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('findings:rows').length > 0, null, { timeout: 120_000 });
    const shown = (await marks(page, 'findings:rows'))[0]!.startTime;
    const e = await timeFilter(page, () => search('第 4242 条'));
    const loadedAt = await page.evaluate(() => performance.getEntriesByName('findings:loaded')[0]?.startTime ?? null);
    console.log(`free text "第 4242 条" typed right after the first rows (${shown.toFixed(0)} ms after navigation) → first rows ${e.rows.toFixed(0)} ms; full count ${e.total} in ${e.complete.toFixed(0)} ms (whole log in memory ${loadedAt === null ? 'not yet' : `at ${loadedAt.toFixed(0)} ms after navigation`})`);

    // Filter changes are timed once the log is idle: every block in memory and the facet lists shown.
    await page.reload();
    await firstRender(page);
    await page.waitForFunction(() => ((document.querySelector('select[aria-label="网站"]') as HTMLSelectElement | null)?.options.length ?? 0) > 40, null, { timeout: 120_000 });
    const loaded = await page.evaluate(() => performance.getEntriesByName('findings:loaded').map((m) => ({ at: m.startTime, size: (m as PerformanceMark).detail.size as number }))[0]!);
    console.log(`whole log in memory (${loaded.size} findings): ${loaded.at.toFixed(0)} ms after navigation`);
    // What holding the log costs the dashboard page: its JS heap after a full garbage collection.
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
    console.log(`dashboard JS heap with the whole log in memory: used ${(heap.usedSize / 2 ** 20).toFixed(1)} MiB (V8 reserved ${(heap.totalSize / 2 ** 20).toFixed(1)} MiB)`);
    await cdp.detach();
    await page.waitForTimeout(1000);
    const status = page.getByLabel('状态');
    const clear = () => page.getByRole('button', { name: '清除筛选' }).click();
    const changes: [string, () => Promise<unknown>][] = [
      ['状态 = 已确认', () => status.selectOption('confirmed')],
      ['+ 类型 = 不可用链接', () => page.getByLabel('类型').selectOption('dead-link')],
      ['+ 季度 = 2026Q3', () => page.getByLabel('季度').selectOption('2026Q3')],
      ['+ 网站 = 3607990007', () => page.getByLabel('网站').selectOption('3607990007')],
      ['clear filters', clear],
      ['状态 = 待确认', () => status.selectOption('pending')],
      ['责任部门 = 部门7', () => status.selectOption('').then(() => page.getByLabel('责任部门').selectOption('部门7'))],
      ['记录日期 2026-03-01 … 2026-03-31', () => page.getByLabel('责任部门').selectOption('').then(() => page.getByLabel('记录日期从').fill('2026-03-01')).then(() => page.getByLabel('至').fill('2026-03-31'))],
      ['free text "第 4242 条" (1 match)', () => clear().then(() => search('第 4242 条'))],
      ['free text "gone" (20,000 matches)', () => search('gone')],
      ['free text "测试县" (all match)', () => search('测试县')],
      ['+ 状态 = 已确认', () => status.selectOption('confirmed')],
    ];
    for (const [label, change] of changes) {
      const r = await timeFilter(page, change);
      console.log(`filter change ${label.padEnd(34)} → first rows ${r.rows.toFixed(0).padStart(5)} ms (target < 200); full count ${String(r.total).padStart(6)} in ${r.complete.toFixed(0)} ms`);
    }
  } finally {
    await browser.close();
  }
}
