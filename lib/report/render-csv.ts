import Papa from 'papaparse';
import type { ReportModel } from './model';

/** One CSV per attachment plus a summary; UTF-8 with BOM so Excel opens the Chinese text correctly. */
export function renderCsv(m: ReportModel): { name: string; text: string }[] {
  const bom = '\uFEFF';
  const w = m.figures.websites;
  const md = m.figures.media;
  const summary = [
    ['项目', '数值'],
    ['季度', m.quarterLabel],
    ['在运行政府网站', String(w.total)],
    ['合格政府网站', String(w.passed)],
    ['政府网站合格率', w.rate],
    ['纳入监管政务新媒体', String(md.total)],
    ['不合格政务新媒体', String(md.failed)],
    ['政务新媒体总体合格率', md.rate],
  ];
  return [
    { name: 'summary.csv', text: bom + Papa.unparse(summary) },
    ...m.tables.map((t) => ({ name: `attachment${t.number}.csv`, text: bom + Papa.unparse([t.headers, ...t.rows, ...(t.note ? [[t.note]] : [])]) })),
  ];
}
