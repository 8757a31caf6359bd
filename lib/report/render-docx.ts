import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { bodyBlocks, type ReportModel, type ReportTable } from './model';

// GB/T 9704 official-document look: A4, 方正小标宋 title (二号), 黑体 headings and 仿宋_GB2312 body (三号).
const FONT = { title: '方正小标宋简体', heading: '黑体', body: '仿宋_GB2312', table: '仿宋_GB2312' };
const SIZE = { title: 44, body: 32, table: 24 };
const mm = (n: number) => Math.round(n * 56.7);
const run = (text: string, font: string, size: number, bold = false) => new TextRun({ text, bold, size, font: { ascii: font, eastAsia: font, hAnsi: font, cs: font } });
const line = { line: 560, lineRule: 'exact' as const };
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function cell(text: string, header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, header ? FONT.heading : FONT.table, SIZE.table)] })],
  });
}

function tableBlocks(t: ReportTable): (Paragraph | Table)[] {
  const rows = t.rows.length ? t.rows : [['', '无', ...t.headers.slice(2).map(() => '')]];
  return [
    new Paragraph({ pageBreakBefore: true, children: [run(`附件${t.number}`, FONT.heading, SIZE.body)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 }, children: [run(t.title, FONT.title, 36)] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
      rows: [new TableRow({ tableHeader: true, children: t.headers.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c, false)) }))],
    }),
    ...(t.note ? [new Paragraph({ spacing: { before: 120 }, children: [run(t.note, FONT.body, SIZE.table)] })] : []),
  ];
}

/** The 通报 as a .docx (Word) document. Works in Node and in extension pages (no DOM needed). */
export async function renderDocx(m: ReportModel): Promise<Uint8Array> {
  const body = bodyBlocks(m).map((b) =>
    b.kind === 'heading'
      ? new Paragraph({ spacing: line, indent: { firstLine: 640 }, children: [run(b.text, FONT.heading, SIZE.body)] })
      : new Paragraph({ spacing: line, alignment: b.kind === 'right' ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED, indent: b.kind === 'right' ? { right: 640 } : { firstLine: 640 }, children: [run(b.text, FONT.body, SIZE.body)] }),
  );
  const doc = new Document({
    creator: m.issuer || '巡检助手',
    title: m.title,
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } } },
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 480, line: 700, lineRule: 'exact' }, children: [run(m.title, FONT.title, SIZE.title)] }),
        ...body,
        ...m.tables.flatMap(tableBlocks),
      ],
    }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
