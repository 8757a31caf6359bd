import ExcelJS from 'exceljs';
import type { ReportModel, ReportTable } from './model';

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

function addTable(wb: ExcelJS.Workbook, t: ReportTable) {
  const ws = wb.addWorksheet(`附件${t.number}`);
  ws.addRow([t.title]).font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, t.headers.length);
  const header = ws.addRow(t.headers);
  header.font = { bold: true };
  const rows = t.rows.map((r) => ws.addRow(r.map((c, i) => (i === 0 || (t.number === 4 && i === 2) ? Number(c) : c))));
  for (const row of [header, ...rows]) row.eachCell({ includeEmpty: true }, (c) => (c.border = BORDER));
  if (t.note) ws.addRow([t.note]);
  ws.columns.forEach((col, i) => (col.width = Math.min(80, Math.max(8, ...[t.headers[i] ?? '', ...t.rows.map((r) => r[i] ?? '')].map((s) => s.length * 2 + 2)))));
}

/** The 通报 as an .xlsx workbook: a summary sheet plus one sheet per attachment. */
export async function renderXlsx(m: ReportModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = m.issuer || '巡检助手';
  const s = wb.addWorksheet('汇总');
  s.addRow([m.title]).font = { bold: true, size: 14 };
  s.addRow(['项目', '数值']).font = { bold: true };
  const w = m.figures.websites;
  const md = m.figures.media;
  const rows: [string, string | number][] = [
    ['季度', m.quarterLabel],
    ['在运行政府网站（个）', w.total],
    ['合格政府网站（个）', w.passed],
    ['政府网站合格率', w.rate],
    ['纳入监管政务新媒体（个）', md.total],
    ...md.byPlatform.map((p): [string, number] => [`其中${p.label}（个）`, p.count]),
    ['不合格政务新媒体（个）', md.failed],
    ['政务新媒体总体合格率', md.rate],
    ['规则版本', m.ruleSet.version],
  ];
  for (const r of rows) s.addRow(r).eachCell((c) => (c.border = BORDER));
  s.getColumn(1).width = 30;
  s.getColumn(2).width = 20;
  for (const t of m.tables) addTable(wb, t);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
