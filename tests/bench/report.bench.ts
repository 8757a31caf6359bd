// Report and bundle performance: 100,000 findings over 500 sites. Targets (issue 6): compile < 2 s, export < 3 s,
// import < 5 s. Compile runs in Node (a pure function); export and import run in real Chromium with the built
// extension and real IndexedDB, driven through the dashboard (file input, download event), as an inspector would.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os, { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { ensureBuilt } from '../../lib/cli/build';
import { launchWithExtension } from '../../lib/cli/launch';
import type { Account, Finding, FindingBlock, FindingKind, Site } from '../../lib/db/records';
import { DEFAULT_RULE_SET } from '../../lib/rules/active-rule-set';
import { buildReport } from '../../lib/report/build-report';
import { reportSettingsSchema } from '../../lib/report/report-settings';

const SITES = 500;
const FINDINGS = 100_000;
const KINDS: FindingKind[] = ['empty-column', 'stale-column', 'undated-column', 'dead-link', 'wording-error', 'footer-missing'];
const STATUSES: Finding['status'][] = ['confirmed', 'pending', 'ignored', 'confirmed', 'fixed'];
const T = '2021-03-03T02:00:00.000Z';

function makeLog() {
  const sites: Site[] = Array.from({ length: SITES }, (_, i) => ({ id: `s${i}`, name: `测试县${i}人民政府`, siteIdCode: String(5300000000 + i), origins: [`http://www.s${i}.gov.cn`], sponsor: null, responsibleUnit: null, isPortal: i === 0, inOperation: true, notes: '', createdAt: T, updatedAt: T }));
  const accounts: Account[] = Array.from({ length: 2000 }, (_, i) => ({ id: `a${i}`, department: `部门${i}`, name: `账号${i}`, platform: (['微信公众号', '微博', '今日头条', '抖音号'] as const)[i % 4]!, url: null, lastPostDate: '2021-03-01', inOperation: true, notes: '', createdAt: T, updatedAt: T }));
  const findings: Finding[] = Array.from({ length: FINDINGS }, (_, i) => {
    const site = sites[i % SITES]!;
    const kind = i % 50 === 0 ? 'account-stale' : KINDS[i % KINDS.length]!;
    const pageUrl = `http://www.s${i % SITES}.gov.cn/col${Math.floor(i / SITES)}/`;
    return {
      id: `f${i}`, identityKey: `${kind}|${site.siteIdCode}|${pageUrl}`, kind, quarter: i % 4 === 0 ? '2020Q4' : '2021Q1', siteId: site.id, siteIdCode: site.siteIdCode, siteName: site.name,
      pageUrl, pageTitle: '栏目页', targetUrl: null, columnPath: ['首页', '政府信息公开', `栏目${i % 40}`], department: `责任部门${i % 30}`, detail: '栏目监测点前2周内无信息更新', suggestion: null,
      ruleId: 'veto.columns-stale', ruleSetVersion: 'gbmh-2019-19', effect: 'veto', status: STATUSES[i % STATUSES.length]!, statusReason: null, fixedAt: null,
      data: kind === 'account-stale' ? { accountId: `a${i % 2000}` } : { columnClass: i % 3 ? 'dynamic' : 'notice' },
      evidence: { selector: null, quote: null, context: null, browser: null, screenshotIds: [] }, inspector: '检查员', checkDate: '2021-03-03', observedAt: T, createdAt: T, updatedAt: T,
      history: [{ at: T, by: '检查员', change: '确认' }],
    };
  });
  return { sites, accounts, findings };
}

async function time<T>(label: string, target: number | null, task: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const result = await task();
  report(label, target, performance.now() - start);
  return result;
}

/** Times a task and returns its duration (for a total printed after it). */
async function timed(label: string, target: number | null, task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  const ms = performance.now() - start;
  report(label, target, ms);
  return ms;
}

function report(label: string, target: number | null, ms: number): void {
  const verdict = target === null ? '' : `(target < ${target} s) ${ms < target * 1000 ? 'OK' : 'SLOW'}`;
  process.stdout.write(`${label.padEnd(58)} ${(ms / 1000).toFixed(2)} s  ${verdict}\n`);
}

/** Prints compile (Node) and dashboard import/export/compile (Chromium) timings. */
export async function run(): Promise<void> {
  const log = makeLog();
  const settings = reportSettingsSchema.parse({ issuer: '测试州人民政府办公室' });
  const model = await time('compile report in Node (100k findings, 500 sites)', 2, () =>
    buildReport({ quarter: '2021Q1', ...log, columns: [], letters: [], settings, ruleSet: DEFAULT_RULE_SET }));
  process.stdout.write(`  → ${model.figures.websites.total} sites, 合格率 ${model.figures.websites.rate}; ${model.figures.media.total} accounts\n`);

  const dir = mkdtempSync(path.join(tmpdir(), 'report-bench-'));
  const file = path.join(dir, 'bench.bundle.json');
  writeFileSync(file, JSON.stringify({ format: 'gov-site-inspector-bundle', version: 1, exportedAt: T, sites: log.sites, accounts: log.accounts, findings: log.findings }));
  const browser = await launchWithExtension(ensureBuilt((l) => process.stdout.write(`${l}\n`)), { headless: true, isolateNetwork: true });
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByRole('tab', { name: '问题包导入导出' }).click();
    const long = { timeout: 600_000 };
    process.stdout.write(`  load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.availableParallelism()} cores\n`);
    const floor = await page.evaluate(rawIdbFloor, { sample: log.findings[1]!, count: FINDINGS });
    report('Chromium floor: raw IndexedDB write, 100k in 100 blocks', null, floor.write);
    report('Chromium floor: raw IndexedDB read back (getAll + rows)', null, floor.read);
    // The dashboard as an inspector uses it: choose the file, read the preview, confirm; "导入完成。" is shown only
    // after the transaction has committed.
    const choose = () => page.getByTestId('import-file').setInputFiles(file);
    const preview = () => page.getByTestId('import-preview').waitFor(long);
    const confirm = async () => {
      await page.getByTestId('import-confirm').click();
      await page.getByText('导入完成。').waitFor(long);
    };
    const importPreview = await timed('Chromium: import preview (read + validate + plan)', null, async () => (await choose(), await preview()));
    const importConfirm = await timed('Chromium: import confirm (one transaction, 100k new)', 5, confirm);
    report('Chromium: import, preview + confirm', 5, importPreview + importConfirm);
    const exportLog = () => Promise.all([page.waitForEvent('download', long), page.getByTestId('export-bundle').click()]);
    await time('Chromium: export right after the import', 3, exportLog);
    // A dashboard opened afresh: an export clicked while its findings log is loading waits for that load (reading
    // every block a second time beside it is slower), so this figure includes the rest of the dashboard's load.
    await page.reload();
    await page.getByRole('tab', { name: '问题包导入导出' }).click();
    await time('Chromium: export clicked while the dashboard loads the log', null, exportLog);
    // Opened straight on the bundles tab (options.html#bundles) the log is never loaded: the export reads the blocks.
    await page.goto('about:blank');
    await page.goto(`chrome-extension://${browser.extensionId}/options.html#bundles`);
    await time('Chromium: export, dashboard opened on the bundles tab', 3, exportLog);
    await page.getByRole('tab', { name: '问题记录' }).click();
    await page.waitForFunction(() => performance.getEntriesByName('findings:loaded').length > 0, null, long);
    await page.getByRole('tab', { name: '问题包导入导出' }).click();
    await time('Chromium: export whole log, log in memory (JSON download)', 3, exportLog);
    await page.getByTestId('import-file').setInputFiles([]);
    const againPreview = await timed('Chromium: re-import preview (100k unchanged)', null, async () => (await choose(), await preview()));
    const againConfirm = await timed('Chromium: re-import confirm (log unchanged: plan reused)', null, confirm);
    report('Chromium: re-import, preview + confirm', 5, againPreview + againConfirm);
    await page.getByRole('tab', { name: '问题记录' }).click();
    await time('Chromium: report tab (load 100k from IndexedDB + compile + render)', null, async () => {
      await page.getByRole('tab', { name: '季度通报' }).click();
      await page.getByTestId('report-preview').getByText('合格率', { exact: false }).first().waitFor(long);
    });
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs in the page: the cost of IndexedDB itself (no Dexie, no validation), as a yardstick for the figures above —
 * writing 100k findings in the stored layout of lib/findings/store.ts (100 blocks of 1000 rows, their meta rows, 256
 * key-index buckets) in one transaction, and reading the blocks back.
 */
async function rawIdbFloor({ sample, count }: { sample: Finding; count: number }): Promise<{ write: number; read: number }> {
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const req = indexedDB.open(`bench-floor-${Date.now()}`, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore('blocks', { keyPath: 'id' });
      req.result.createObjectStore('meta', { keyPath: 'id' });
      req.result.createObjectStore('keys', { keyPath: 'bucket' });
    };
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  // Built here from one sample row: 100k rows passed in from Node would cost more than the measurement.
  const rows = Array.from({ length: count }, (_, i) => ({ ...sample, id: `f${i}`, identityKey: `${sample.identityKey}|${i}`, columnPath: [...sample.columnPath], history: [...sample.history] }));
  const buckets = Array.from({ length: 256 }, (_, bucket) => ({ bucket, ids: [] as string[], blocks: [] as number[], keys: [] as string[], keyIds: [] as string[] }));
  const t0 = performance.now();
  await new Promise<void>((ok, fail) => {
    const tx = db.transaction(['blocks', 'meta', 'keys'], 'readwrite');
    for (let b = 0; b * 1000 < rows.length; b++) {
      const block = rows.slice(b * 1000, (b + 1) * 1000);
      tx.objectStore('blocks').put({ id: b + 1, rows: block });
      tx.objectStore('meta').put({ id: b + 1, rev: 1, count: block.length, quarters: ['2021Q1'] });
      block.forEach((r, i) => {
        const byId = buckets[i % 256]!;
        byId.ids.push(r.id);
        byId.blocks.push(b + 1);
        const byKey = buckets[(i + 7) % 256]!;
        byKey.keys.push(r.identityKey);
        byKey.keyIds.push(r.id);
      });
    }
    for (const k of buckets) tx.objectStore('keys').put(k);
    tx.oncomplete = () => ok();
    tx.onerror = () => fail(tx.error);
  });
  const t1 = performance.now();
  await new Promise<void>((ok) => {
    const req = db.transaction('blocks').objectStore('blocks').getAll();
    // Chromium deserializes on the first read of `result`; touching every row makes the floor comparable.
    req.onsuccess = () => {
      let n = 0;
      for (const b of req.result as FindingBlock[]) for (const r of b.rows) n += r.id.length;
      ok(void n);
    };
  });
  const t2 = performance.now();
  db.close();
  indexedDB.deleteDatabase(db.name);
  return { write: t1 - t0, read: t2 - t1 };
}
