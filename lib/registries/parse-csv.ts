import Papa from 'papaparse';
import type { RegistryKind } from './fields';
import { parseTable, type ParsedRegistry } from './parse-table';

/** Parses a CSV export (UTF-8, with or without BOM) of a registry into validated rows and row-level errors. */
export function parseRegistryCsv(kind: RegistryKind, text: string): ParsedRegistry {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const table = result.data.filter((r, i) => Array.isArray(r) && !(i === result.data.length - 1 && r.length === 1 && r[0] === ''));
  const parsed = parseTable(kind, table.map((r) => r.map((c) => String(c ?? ''))));
  // Broken quoting etc.: report it on the row Papa names, so the inspector can find it.
  for (const e of result.errors.filter((x) => x.type !== 'Delimiter')) parsed.errors.push({ row: (e.row ?? 0) + 1, field: '', message: `CSV 格式错误：${e.message}` });
  return parsed;
}

/** Decodes CSV bytes: UTF-8 (with or without BOM), else GBK, which Excel uses for CSV on Chinese Windows. */
export function decodeCsvBytes(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}
