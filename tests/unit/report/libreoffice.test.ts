import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '@/lib/report/build-report';
import { inputFromBundles } from '@/lib/report/input-from-bundles';
import { renderDocx } from '@/lib/report/render-docx';
import { renderXlsx } from '@/lib/report/render-xlsx';
import { loadHonghe } from './honghe';
import { SEED_TABLES, SEED_TITLE } from './seed-golden';

// LibreOffice is part of the test setup: `npm test`'s bootstrap installs libreoffice-writer/-calc and fonts-noto-cjk.
const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
let dir = '';

function soffice(args: string[]) {
  // A private profile so parallel runs (other engineers, CI) never share LibreOffice's user installation.
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', ...args, '--outdir', dir], { timeout: 120_000, stdio: 'pipe' });
}

describe('LibreOffice opens the reports without repair', () => {
  beforeAll(async () => {
    if (!existsSync(SOFFICE)) throw new Error(`找不到 LibreOffice（${SOFFICE}）：请先运行 npm test 的 bootstrap（安装 libreoffice-writer、libreoffice-calc、fonts-noto-cjk）。`);
    dir = mkdtempSync(path.join(tmpdir(), 'report-lo-'));
    const m = buildReport(inputFromBundles([loadHonghe()], '2021Q1'));
    writeFileSync(path.join(dir, 'report.docx'), await renderDocx(m));
    writeFileSync(path.join(dir, 'report.xlsx'), await renderXlsx(m));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('converts the .docx to PDF with an embedded CJK font, and its text keeps every table cell', () => {
    soffice(['--convert-to', 'pdf', path.join(dir, 'report.docx')]);
    const pdf = readFileSync(path.join(dir, 'report.pdf')).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf).toMatch(/FontName\/\w+\+Noto(Sans|Serif)CJK/);
    expect(Number(/\/Count (\d+)/.exec(pdf)?.[1])).toBeGreaterThanOrEqual(5); // body + 4 attachments on their own pages
    // pdftotext (poppler-utils) is not installed here, so the text check reads Writer's own plain-text export.
    soffice(['--convert-to', 'txt:Text (encoded):UTF8', path.join(dir, 'report.docx')]);
    const lines = readFileSync(path.join(dir, 'report.txt'), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trim());
    const text = lines.join('\n');
    expect(lines[0]).toBe(SEED_TITLE);
    expect(text).toContain('合格率78.6%');
    expect(text).toContain('总体合格率95.06%');
    for (const t of SEED_TABLES) {
      const start = lines.indexOf(t.title);
      expect(start).toBeGreaterThan(0);
      const cells = [...t.headers, ...t.rows.flat()].filter((c) => c !== '');
      const after = lines.slice(start + 1).filter((l) => l !== '');
      expect(after.slice(0, cells.length)).toEqual(cells);
    }
  });

  it('converts the .xlsx to CSV (every sheet) with the four tables row for row', () => {
    soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', path.join(dir, 'report.xlsx')]);
    const sheets = readdirSync(dir).filter((f) => f.endsWith('.csv')).sort();
    expect(sheets).toEqual(['report-附件1.csv', 'report-附件2.csv', 'report-附件3.csv', 'report-附件4.csv', 'report-汇总.csv'].sort());
    expect(readFileSync(path.join(dir, 'report-汇总.csv'), 'utf8')).toContain('78.6%');
    SEED_TABLES.forEach((t, i) => {
      const rows = Papa.parse<string[]>(readFileSync(path.join(dir, `report-附件${i + 1}.csv`), 'utf8').trim()).data;
      expect(rows[0]![0]).toBe(t.title);
      expect(rows.slice(1, 2 + t.rows.length).map((r) => r.slice(0, t.headers.length))).toEqual([t.headers, ...t.rows]);
    });
  });
});
