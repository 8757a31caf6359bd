import ExcelJS from 'exceljs';
import { findingSchema } from '@/lib/db/records';
import { test, expect } from './fixtures';
import { putRows, readFindings, readStore, seedFindings } from './idb';
import { readEvidence } from './findings-idb';

const at = '2026-11-20T02:00:00.000Z';
type Row = Record<string, any>;

test('flagging a selection through the context-menu code path: form in the page → Enter → finding with screenshot', async ({ site, openTab, openExtensionPage, worker }) => {
  const columnUrl = site.url('/xwzx/gzdt/');
  const bridge = await openExtensionPage('options.html');
  await expect(bridge.getByRole('tablist')).toBeVisible();
  await expect(bridge.getByText('还没有记录任何问题', { exact: false })).toBeVisible(); // the page opened the database
  await putRows(worker, 'columns', [
    { id: 'c1', siteId: null, origin: new URL(columnUrl).origin, url: columnUrl, name: '工作动态', path: ['首页', '新闻中心', '工作动态'], columnClass: 'dynamic', classOverride: null, department: '县政府办公室', exemptHistorical: false, lastUpdate: null, itemCount: 0, lastSeenAt: at },
  ]);
  const { page, tabId } = await openTab(columnUrl);
  const bodyBefore = await page.evaluate(() => document.body.innerHTML);
  await page.evaluate(() => {
    const link = document.querySelector('.list li:nth-child(2) a')!;
    const range = document.createRange();
    range.selectNodeContents(link.firstChild!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  // The same handler the 标记表述错误 menu entry calls, reached through the `flag/open-form` message.
  const reply = await bridge.evaluate((id) => chrome.runtime.sendMessage({ type: 'flag/open-form', tabId: id, mode: 'selection', selectionText: null }), tabId);
  expect(reply).toEqual({ ok: true, data: { kind: 'wording-error', columnPath: ['首页', '新闻中心', '工作动态'], department: '县政府办公室', siteIdCode: '3607990001' } });

  await page.bringToFront();
  const form = page.locator('#gov-inspector-flag-form form');
  await expect(form).toBeVisible();
  await expect(form.locator('select')).toHaveValue('wording-error');
  await expect(form.locator('input[name=department]')).toHaveValue('县政府办公室');
  await expect(form).toContainText('「县财政局开展安全生产专项检查」');
  await expect(form).toContainText('2026Q4');
  await form.locator('input[name=suggestion]').fill('县财政局开展安全生产大检查');
  await form.locator('input[name=suggestion]').press('Enter');
  await expect(form).toHaveAttribute('data-state', 'saved');
  // The form never touched the page's own elements (it lives in its own host element's shadow root).
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(bodyBefore);

  const findings = await readFindings<Row>(worker);
  expect(findings).toHaveLength(1);
  expect(findings[0]).toMatchObject({
    kind: 'wording-error',
    status: 'pending',
    siteIdCode: '3607990001',
    siteName: '青山县人民政府',
    columnPath: ['首页', '新闻中心', '工作动态'],
    department: '县政府办公室',
    suggestion: '县财政局开展安全生产大检查',
    detail: '表述错误：「县财政局开展安全生产专项检查」',
    quarter: '2026Q4',
    evidence: { quote: '县财政局开展安全生产专项检查' },
  });
  expect(findings[0]!.evidence.selector).toContain('li:nth-of-type(2)');
  expect(findings[0]!.evidence.context).toContain('县财政局开展安全生产专项检查');
  expect(findings[0]!.evidence.browser).toMatch(/^Chrome\//);
  const evidence = await readEvidence(worker);
  expect(evidence).toHaveLength(1);
  expect(evidence[0]).toMatchObject({ findingId: findings[0]!.id, mime: 'image/png' });
  expect(evidence[0]!.size).toBeGreaterThan(1000);
  expect(findings[0]!.evidence.screenshotIds).toEqual([evidence[0]!.id]);
});

function finding(id: string, over: Row = {}): Row {
  return {
    id, identityKey: `dead-link|3607990001|http://www.qsx.gov.test/${id}`, kind: 'dead-link', quarter: '2026Q4', siteId: null, siteIdCode: '3607990001',
    siteName: '青山县人民政府', pageUrl: 'http://www.qsx.gov.test/', pageTitle: '首页', targetUrl: `http://www.qsx.gov.test/${id}`, columnPath: ['首页'],
    department: '县政府办公室', detail: `链接 ${id} 返回 404`, suggestion: null, ruleId: 'deduction.dead-links', ruleSetVersion: 'gbmh-2019-19', effect: 'deduction',
    status: 'pending', statusReason: null, fixedAt: null, data: {}, evidence: { selector: null, quote: null, context: null, browser: null, screenshotIds: [] },
    inspector: '张三', checkDate: '2026-11-20', observedAt: at, createdAt: at, updatedAt: at, history: [{ at, by: '张三', change: '记录问题（待确认）' }], ...over,
  };
}

test('review workflow in the dashboard: confirm, ignore with reason, fixed with date, bulk, history', async ({ openExtensionPage, worker }) => {
  const page = await openExtensionPage('options.html');
  await expect(page.getByText('还没有记录任何问题', { exact: false })).toBeVisible();
  const seeds = [finding('a', { createdAt: '2026-11-20T03:00:00.000Z' }), finding('b', { createdAt: '2026-11-20T02:00:00.000Z' }), finding('c', { createdAt: '2026-11-20T01:00:00.000Z' }), finding('d', { createdAt: '2026-11-20T00:00:00.000Z' })];
  await seedFindings(worker, seeds.map((f) => findingSchema.parse(f)));
  await page.reload();
  await expect(page.getByTestId('findings-count')).toHaveText('共 4 条');
  const rows = page.getByTestId('finding-row');
  await expect(rows).toHaveCount(4);

  // A finding flagged through the service worker shows up in the open log without a reload.
  const flagged = await page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'finding/flag', finding: { kind: 'wording-error', pageUrl: 'http://www.qsx.gov.test/xwzx/', siteIdCode: '3607990001', siteName: '青山县人民政府', detail: '表述错误：「防讯」' } }),
  );
  expect(flagged).toMatchObject({ ok: true, data: { created: true } });
  await expect(page.getByTestId('findings-count')).toHaveText('共 5 条');
  await expect(rows.filter({ hasText: '表述错误：「防讯」' })).toHaveCount(1);

  // a: 待确认 → 已确认 → 已整改 (with a date)
  await rows.filter({ hasText: '链接 a 返回' }).click();
  const detail = page.getByTestId('finding-detail');
  await detail.getByRole('button', { name: '确认' }).click();
  await expect(detail.getByTestId('detail-status')).toHaveText('已确认');
  await detail.getByLabel('整改日期').fill('2026-11-25');
  await detail.getByRole('button', { name: '标记已整改' }).click();
  await expect(detail.getByTestId('detail-status')).toHaveText('已整改');
  await expect(detail.getByTestId('finding-history').locator('li')).toHaveCount(3);
  await expect(detail.getByTestId('finding-history')).toContainText('已确认 → 已整改（2026-11-25）');

  // b: ignore needs a reason
  await rows.filter({ hasText: '链接 b 返回' }).click();
  await expect(detail.getByRole('button', { name: '忽略' })).toBeDisabled();
  await detail.getByLabel('忽略理由').fill('链接为外部系统维护窗口，已恢复');
  await detail.getByRole('button', { name: '忽略' }).click();
  await expect(detail.getByTestId('detail-status')).toHaveText('已忽略');
  await expect(detail).toContainText('链接为外部系统维护窗口，已恢复');
  // An edit is kept in the history too.
  await detail.getByLabel('责任部门').fill('县大数据中心');
  await detail.getByRole('button', { name: '保存修改' }).click();
  await expect(detail.getByTestId('finding-history')).toContainText('修改责任部门：「县政府办公室」→「县大数据中心」');

  // Bulk: select c and d, confirm both in one step.
  await rows.filter({ hasText: '链接 c 返回' }).getByRole('checkbox').check();
  await rows.filter({ hasText: '链接 d 返回' }).getByRole('checkbox').check();
  await expect(page.getByTestId('selected-count')).toHaveText('已选 2 条');
  await page.getByRole('button', { name: '确认' }).first().click();
  await expect(page.getByRole('status')).toContainText('已更新 2 条');
  await expect(rows.filter({ hasText: '链接 c 返回' })).toContainText('已确认');

  // Filters run on the indexes.
  await page.getByLabel('状态').selectOption('confirmed');
  await expect(page.getByTestId('findings-count')).toHaveText('共 2 条');
  await page.getByLabel('状态').selectOption('fixed');
  await expect(page.getByTestId('findings-count')).toHaveText('共 1 条');
  await page.getByLabel('状态').selectOption('');
  await page.getByRole('searchbox').fill('大数据中心');
  await page.getByRole('searchbox').press('Enter');
  await expect(page.getByTestId('findings-count')).toHaveText('共 1 条');

  const stored = new Map((await readFindings<Row>(worker)).map((f) => [f.id, f]));
  expect(stored.get('a')).toMatchObject({ status: 'fixed', fixedAt: '2026-11-25' });
  expect(stored.get('b')).toMatchObject({ status: 'ignored', statusReason: '链接为外部系统维护窗口，已恢复', department: '县大数据中心' });
  expect(stored.get('c')!.status).toBe('confirmed');
  expect(stored.get('d')!.status).toBe('confirmed');
  expect(stored.get('a')!.history.map((h: Row) => h.change)).toEqual(['记录问题（待确认）', '待确认 → 已确认', '已确认 → 已整改（2026-11-25）']);
});

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('账号');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

test('CSV and xlsx import through the dashboard: a malformed row blocks the file and nothing is written; clean files are', async ({ openExtensionPage, worker }) => {
  const page = await openExtensionPage('options.html');
  await page.getByRole('tab', { name: '登记册' }).click();
  const file = page.getByLabel('导入文件');

  // CSV (sites) with one malformed row: preview names row and field, confirm is disabled, nothing is written.
  const bad = '网站名称,网站标识码,网址,主办单位\n青山县人民政府,3607990001,www.qsx.gov.test,县政府办公室\n县教育局,12345,jyj.qsx.gov.test,县教育局\n';
  await file.setInputFiles({ name: 'sites.csv', mimeType: 'text/csv', buffer: Buffer.from(bad, 'utf8') });
  await expect(page.getByTestId('import-errors')).toHaveText('第3行「网站标识码」：应为10位数字，或 bm 加8位数字');
  await expect(page.getByRole('button', { name: /确认导入/ })).toBeDisabled();
  expect(await readStore(worker, 'sites')).toHaveLength(0);

  const good = '\uFEFF网站名称,网站标识码,网址,主办单位\n青山县人民政府,3607990001,www.qsx.gov.test,县政府办公室\n县教育局,bm36079901,jyj.qsx.gov.test,县教育局\n';
  await file.setInputFiles({ name: 'sites.csv', mimeType: 'text/csv', buffer: Buffer.from(good, 'utf8') });
  await expect(page.getByTestId('import-preview')).toContainText('有效 2 行，错误 0 处');
  expect(await readStore(worker, 'sites')).toHaveLength(0); // still nothing until the inspector confirms
  await page.getByRole('button', { name: '确认导入 2 行' }).click();
  await expect(page.getByRole('status')).toHaveText('导入完成：新增 2 条，更新 0 条。');
  await expect(page.getByTestId('registry-table').locator('tbody tr')).toHaveCount(2);
  const sites = await readStore<Row>(worker, 'sites');
  expect(sites.map((x) => x.siteIdCode).sort()).toEqual(['3607990001', 'bm36079901']);

  // xlsx (accounts), generated with exceljs: one bad platform and one bad date → rejected as a whole.
  await page.getByRole('tab', { name: '政务新媒体账号' }).click();
  const header = ['部门', '账号名称', '平台', '最近发布日期'];
  await file.setInputFiles({ name: 'accounts.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await xlsx([header, ['县教育局', '青山教育', '微信公众号', new Date(Date.UTC(2026, 10, 3))], ['县卫健局', '青山卫健', '快手', '2026-11-01'], ['县财政局', '青山财政', '微博', '上周']]) });
  await expect(page.getByTestId('import-errors').locator('li')).toHaveText(['第3行「平台」：应为 微信公众号、微博、今日头条、抖音号、其他 之一', '第4行「最近发布日期」：日期无效，应为 YYYY-MM-DD']);
  await expect(page.getByRole('button', { name: /确认导入/ })).toBeDisabled();
  expect(await readStore(worker, 'accounts')).toHaveLength(0);

  await file.setInputFiles({ name: 'accounts.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await xlsx([header, ['县教育局', '青山教育', '微信公众号', new Date(Date.UTC(2026, 10, 3))], ['县卫健局', '青山卫健', '抖音', '2026-11-01']]) });
  await page.getByRole('button', { name: '确认导入 2 行' }).click();
  await expect(page.getByRole('status')).toHaveText('导入完成：新增 2 条，更新 0 条。');
  const accounts = await readStore<Row>(worker, 'accounts');
  expect(accounts.map((a) => [a.name, a.platform, a.lastPostDate]).sort()).toEqual([['青山卫健', '抖音号', '2026-11-01'], ['青山教育', '微信公众号', '2026-11-03']]);
});

test('recording a column problem from the side panel stores a screenshot blob; recording it again updates the finding', async ({ site, openTab, openExtensionPage, worker }) => {
  const { tabId } = await openTab(site.url('/xwzx/gzdt/'));
  const panel = await openExtensionPage('sidepanel.html', tabId);
  await expect(panel.getByTestId('tab-url')).toBeVisible();
  const record = (detail: string) =>
    panel.evaluate(
      async ({ id, url, detail }) => {
        // The generic record path every side-panel record button uses: capture, then flag with the evidence id.
        const shot = await chrome.runtime.sendMessage({ type: 'evidence/capture', tabId: id, selector: '.list', frameSelector: null });
        if (!shot.ok) return shot;
        return chrome.runtime.sendMessage({
          type: 'finding/flag',
          finding: { kind: 'stale-column', pageUrl: url, siteIdCode: '3607990001', siteName: '青山县人民政府', columnPath: ['首页', '新闻中心', '工作动态'], detail, selector: '.list', screenshotIds: [shot.data.evidenceId] },
        });
      },
      { id: tabId, url: site.url('/xwzx/gzdt/'), detail },
    );
  const first = await record('监测点前2周内，栏目无信息更新');
  expect(first).toMatchObject({ ok: true, data: { created: true } });
  const second = await record('监测点前2周内，栏目无信息更新（复核）');
  expect(second).toEqual({ ok: true, data: { findingId: first.data.findingId, created: false } });

  const findings = await readFindings<Row>(worker);
  expect(findings).toHaveLength(1);
  expect(findings[0]!.detail).toBe('监测点前2周内，栏目无信息更新（复核）');
  const evidence = await readEvidence(worker);
  expect(evidence).toHaveLength(2);
  for (const e of evidence) {
    expect(e.findingId).toBe(findings[0]!.id);
    expect(e.size).toBeGreaterThan(1000);
    expect(e.thumbSize).toBeGreaterThan(100);
  }
  expect(findings[0]!.evidence.screenshotIds.sort()).toEqual(evidence.map((e) => e.id).sort());

  // The log shows the thumbnail, and the detail view the full screenshot (object URLs from the stored Blobs).
  const dash = await openExtensionPage('options.html');
  const row = dash.getByTestId('finding-row');
  await expect(row.getByTestId('evidence-thumb')).toBeVisible();
  expect(await row.getByTestId('evidence-thumb').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0 && img.src.startsWith('blob:'))).toBe(true);
  await row.click();
  await expect(dash.getByTestId('evidence-full')).toHaveCount(2);
  await expect.poll(() => dash.getByTestId('evidence-full').first().evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
});

test('new-media check in the side panel: an account older than 14 days before the monitoring date is recorded as account-stale', async ({ openTab, openExtensionPage, worker, site }) => {
  const dash = await openExtensionPage('options.html');
  await dash.getByRole('tab', { name: '设置' }).click();
  await dash.getByLabel('监测时间点（留空 = 当天）').fill('2026-11-20');
  await dash.getByRole('button', { name: '保存设置' }).click();
  await expect(dash.getByRole('status')).toHaveText('设置已保存。');
  await putRows(worker, 'accounts', [
    { id: 'acc1', department: '县教育局', name: '青山教育', platform: '微信公众号', url: null, lastPostDate: '2026-10-01', inOperation: true, notes: '', createdAt: at, updatedAt: at },
  ]);
  const { tabId } = await openTab(site.url('/'));
  const panel = await openExtensionPage('sidepanel.html', tabId);
  await panel.getByRole('button', { name: '新媒体检查…' }).click();
  const media = panel.getByTestId('media-check');
  await media.getByLabel('登记账号').selectOption('acc1');
  await media.getByLabel('页面上最新发布日期').fill('2026-11-06');
  await media.getByRole('button', { name: '检查并记录更新情况' }).click();
  await expect(media.getByRole('status')).toContainText('更新正常');
  expect(await readFindings(worker)).toHaveLength(0);
  await media.getByLabel('页面上最新发布日期').fill('2026-11-05');
  await media.getByRole('button', { name: '检查并记录更新情况' }).click();
  await expect(media.getByRole('status')).toContainText('超过 14 天未更新');
  const findings = await readFindings<Row>(worker);
  expect(findings).toHaveLength(1);
  expect(findings[0]).toMatchObject({ kind: 'account-stale', department: '县教育局', siteName: '青山教育', ruleId: 'media.stale', checkDate: '2026-11-20', data: { accountId: 'acc1', lastPostDate: '2026-11-05' } });
  expect((await readStore<Row>(worker, 'accounts'))[0]!.lastPostDate).toBe('2026-11-06');
});
