import ExcelJS from 'exceljs';
import type { RegistryKind } from './fields';
import { parseTable, type ParsedRegistry } from './parse-table';

/** Parses the first worksheet of an .xlsx file into validated rows and row-level errors (never throws). */
export async function parseRegistryXlsx(kind: RegistryKind, data: ArrayBuffer): Promise<ParsedRegistry> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(data);
  } catch {
    return { kind, rows: [], errors: [{ row: 0, field: '', message: '无法读取 Excel 文件：请确认是 .xlsx 格式且未加密' }] };
  }
  const sheet = book.worksheets[0];
  if (!sheet) return { kind, rows: [], errors: [{ row: 0, field: '', message: 'Excel 文件中没有工作表' }] };
  const table: string[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    table.push(cells);
  }
  return parseTable(kind, table);
}

/** Plain text of a cell: dates as YYYY-MM-DD, rich text joined, formulas by their result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10); // exceljs stores Excel dates as UTC midnight
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('hyperlink' in value) return String(value.text ?? value.hyperlink);
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('error' in value) return '';
  return String(value);
}
