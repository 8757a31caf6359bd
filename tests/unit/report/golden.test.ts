import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildReport } from '@/lib/report/build-report';
import { inputFromBundles } from '@/lib/report/input-from-bundles';
import { bodyBlocks } from '@/lib/report/model';
import { renderCsv } from '@/lib/report/render-csv';
import { renderDocx } from '@/lib/report/render-docx';
import { renderHtml } from '@/lib/report/render-html';
import { renderXlsx } from '@/lib/report/render-xlsx';
import { makeHongheBundle } from '../../fixtures/make-honghe-bundle';
import { loadHonghe } from './honghe';
import { docxText } from './office-text';
import { SEED_MEDIA_SENTENCE, SEED_SITES_SENTENCE, SEED_TABLES, SEED_TITLE } from './seed-golden';

const model = () => buildReport(inputFromBundles([loadHonghe()], '2021Q1'));

describe('golden: the seed notice from the honghe bundle (indicators §10.3)', () => {
  it('the committed fixture is what the generator script produces', () => {
    expect(loadHonghe()).toEqual(makeHongheBundle());
  });

  it('the bundle holds findings, not verdicts: 3 sites with ≥ 5 confirmed empty columns, 12 confirmed stale accounts', () => {
    const b = loadHonghe();
    const blank = b.findings.filter((f) => f.kind === 'empty-column' && f.status === 'confirmed' && f.quarter === '2021Q1');
    const perSite = new Map<string, number>();
    for (const f of blank) perSite.set(f.siteIdCode ?? '', (perSite.get(f.siteIdCode ?? '') ?? 0) + 1);
    expect([...perSite].filter(([, n]) => n >= 5).map(([c]) => c).sort()).toEqual(['5325010002', '5325020004', '5325240001']);
    expect(b.findings.filter((f) => f.kind === 'account-stale' && f.status === 'confirmed')).toHaveLength(12);
    expect(b.sites).toHaveLength(14);
    expect(b.accounts).toHaveLength(243);
    expect(JSON.stringify(b)).not.toMatch(/"passed"|"verdict"/);
  });

  it('the model states the figures and the four tables row for row', () => {
    const m = model();
    expect(m.title).toBe(SEED_TITLE);
    expect(m.overview.join('')).toContain(SEED_SITES_SENTENCE);
    expect(m.overview.join('')).toContain(SEED_MEDIA_SENTENCE);
    expect(m.tables.map((t) => ({ title: t.title, headers: t.headers, rows: t.rows, note: t.note }))).toEqual(SEED_TABLES);
    expect(m.verdicts.sites.filter((s) => !s.passed).every((s) => s.vetoes[0]!.ruleId === 'veto.columns-stale' && s.vetoes[0]!.ruleSetVersion === 'gbmh-2019-19')).toBe(true);
    const problems = m.problems.join('');
    expect(problems).toContain('由州教育体育局负责维护的“政府信息公开—法定主动公开内容—重点领域信息公开—红河州教育信息公开—工作动态”栏目更新不达标');
    expect(problems).toContain('微信公众号“个旧市财政局”，政务微博“河口文化和旅游”，政务抖音号“边境小警”');
    expect(problems).toContain('州交通运输局、州住房城乡建设局、建水县、绿春县');
  });

  it('the .docx carries the title, both rates and the four tables row for row', async () => {
    const { paragraphs, tables } = docxText(await renderDocx(model()));
    const text = paragraphs.join('\n');
    expect(paragraphs[0]).toBe(SEED_TITLE);
    expect(text).toContain('合格率78.6%');
    expect(text).toContain('总体合格率95.06%');
    expect(tables).toHaveLength(4);
    SEED_TABLES.forEach((t, i) => {
      expect(tables[i]).toEqual([t.headers, ...t.rows]);
      expect(text).toContain(t.title);
      if (t.note) expect(text).toContain(t.note);
    });
  });

  it('the .xlsx has a summary sheet and one sheet per attachment, row for row', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(model())).buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '附件1', '附件2', '附件3', '附件4']);
    const values = (name: string) => wb.getWorksheet(name)!.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1).map((v) => (v == null ? '' : String(v))));
    expect(values('汇总').flat()).toEqual(expect.arrayContaining(['78.6%', '95.06%', '14', '11', '243', '12']));
    SEED_TABLES.forEach((t, i) => {
      const rows = values(`附件${i + 1}`);
      expect(rows[0]![0]).toBe(t.title);
      expect(rows.slice(1, 2 + t.rows.length).map((r) => r.slice(0, t.headers.length).map((c) => c ?? ''))).toEqual([t.headers, ...t.rows]);
    });
  });

  it('the HTML and CSV outputs carry the same text', () => {
    const m = model();
    const html = renderHtml(m);
    expect(html).toContain('合格率78.6%');
    expect(html).toContain('@media print');
    for (const t of SEED_TABLES) for (const r of t.rows) expect(html).toContain(`<td>${r[1]}</td>`);
    const csv = renderCsv(m);
    expect(csv.map((c) => c.name)).toEqual(['summary.csv', 'attachment1.csv', 'attachment2.csv', 'attachment3.csv', 'attachment4.csv']);
    expect(csv[3]!.text).toContain('12,石屏县公安局,石屏警方,抖音号,内容更新不及时');
    expect(bodyBlocks(m).some((b) => b.text === '（此件公开发布）')).toBe(true);
  });
});
