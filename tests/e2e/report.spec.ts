import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { readStore } from './idb';
import { readFindings } from '../../lib/cli/extension-db';
import { docxText } from '../unit/report/office-text';
import { SEED_TABLES, SEED_TITLE } from '../unit/report/seed-golden';

const FIXTURE = path.resolve('tests/fixtures/honghe-2021q1.bundle.json');
const FINDINGS = (JSON.parse(readFileSync(FIXTURE, 'utf8')) as { findings: unknown[] }).findings.length;

test('import the honghe bundle in the dashboard, preview the 通报 and download .docx/.xlsx', async ({ openExtensionPage, worker }) => {
  const page = await openExtensionPage('options.html');
  await page.getByRole('tab', { name: '问题包导入导出' }).click();

  // A file that is not a bundle: a Chinese error, nothing written.
  await page.getByTestId('import-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('这不是 JSON') });
  await expect(page.getByRole('alert')).toContainText('文件不是有效的 JSON');
  expect(await readFindings(worker)).toHaveLength(0);

  // Preview, then confirm.
  await page.getByTestId('import-file').setInputFiles(FIXTURE);
  await expect(page.getByTestId('import-row-findings')).toContainText(`问题记录${FINDINGS}000`);
  await expect(page.getByTestId('import-row-accounts')).toContainText('政务新媒体账号243000');
  expect(await readFindings(worker)).toHaveLength(0);
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('bundle-message')).toHaveText('导入完成。');
  expect(await readFindings(worker)).toHaveLength(FINDINGS);
  expect(await readStore(worker, 'accounts')).toHaveLength(243);
  // The findings log of the same page shows the imported findings (its own writes are taken as read).
  await page.getByRole('tab', { name: '问题记录' }).click();
  await expect(page.getByTestId('findings-count')).toHaveText(`共 ${FINDINGS} 条`);
  await page.getByRole('tab', { name: '问题包导入导出' }).click();

  // Re-import: everything unchanged, no duplicates.
  await page.getByTestId('import-file').setInputFiles([]);
  await page.getByTestId('import-file').setInputFiles(FIXTURE);
  await expect(page.getByTestId('import-row-findings')).toContainText(`问题记录00${FINDINGS}0`);
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('bundle-message')).toHaveText('导入完成。');
  expect(await readFindings(worker)).toHaveLength(FINDINGS);

  // The report tab: verdicts computed from the imported findings.
  await page.getByRole('tab', { name: '季度通报' }).click();
  const preview = page.getByTestId('report-preview');
  await expect(preview).toContainText(SEED_TITLE);
  await expect(preview).toContainText('合格率78.6%');
  await expect(preview).toContainText('总体合格率95.06%');
  for (const [i, t] of SEED_TABLES.entries()) {
    const rows = page.getByTestId(`report-attachment-${i + 1}`).locator('tbody tr');
    await expect(rows).toHaveCount(t.rows.length);
    await expect(rows.last()).toContainText(t.rows.at(-1)![1]!);
  }

  // The verdicts behind it name the failing rule, its id and version.
  await page.getByText('各网站判定明细').click();
  await expect(page.getByTestId('site-verdicts').locator('tr', { hasText: '建水县人民政府' })).toContainText('不合格空白栏目超过（含）5个（veto.columns-stale · gbmh-2019-19）');

  // Edit a free-text section; the preview follows and the settings are saved.
  await page.getByTestId('report-text-closing').fill('请于2021年4月30日前报送整改情况。');
  await expect(preview).toContainText('请于2021年4月30日前报送整改情况。');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect.poll(async () => JSON.stringify(await readStore(worker, 'settings'))).toContain('请于2021年4月30日前报送整改情况。');

  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download-docx').click()]);
  expect(docx.suggestedFilename()).toBe(`${SEED_TITLE}.docx`);
  const { paragraphs, tables } = docxText(new Uint8Array(readFileSync((await docx.path())!)));
  expect(paragraphs.join('\n')).toContain('合格率78.6%');
  expect(paragraphs.join('\n')).toContain('请于2021年4月30日前报送整改情况。');
  expect(tables).toEqual(SEED_TABLES.map((t) => [t.headers, ...t.rows]));

  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download-xlsx').click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync((await xlsx.path())!) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '附件1', '附件2', '附件3', '附件4']);
  const sheet3 = wb.getWorksheet('附件3')!.getSheetValues().slice(3, 15).map((r) => (r as unknown[]).slice(1, 6).map(String));
  expect(sheet3).toEqual(SEED_TABLES[2]!.rows);
  const summary = wb.getWorksheet('汇总')!.getSheetValues().flat().map(String);
  expect(summary).toEqual(expect.arrayContaining(['78.6%', '95.06%']));
});

test('export the log from the dashboard as a bundle that validates and round-trips', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  // A tab has its own address (options.html#bundles), and that address opens it.
  await page.getByRole('tab', { name: '问题包导入导出' }).click();
  await expect(page).toHaveURL(/options\.html#bundles$/);
  await page.reload();
  await expect(page.getByRole('tab', { name: '问题包导入导出' })).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId('import-file').setInputFiles(FIXTURE);
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('bundle-message')).toHaveText('导入完成。');
  await page.getByTestId('export-quarter').selectOption('2021Q1');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-bundle').click()]);
  expect(dl.suggestedFilename()).toMatch(/^巡检问题包-2021Q1-\d{4}-\d{2}-\d{2}\.json$/);
  const bundle = JSON.parse(readFileSync((await dl.path())!, 'utf8')) as { format: string; version: number; findings: { quarter: string }[]; accounts: unknown[] };
  expect([bundle.format, bundle.version, bundle.accounts.length]).toEqual(['gov-site-inspector-bundle', 1, 243]);
  expect(bundle.findings.length).toBe(FINDINGS - 6);
  expect(bundle.findings.every((f) => f.quarter === '2021Q1')).toBe(true);
});
