import ExcelJS from 'exceljs';
import { registryNames, type RegistryKind } from './fields';

/** An .xlsx workbook with one sheet named after the registry. */
export async function tableToXlsx(kind: RegistryKind, table: string[][]): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(registryNames[kind]);
  for (const row of table) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}
