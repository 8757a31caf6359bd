import { registryFields, registryKey, type RegistryKind } from './fields';

/** A row that passed validation, keyed by field; `row` is its 1-based spreadsheet row number. */
export interface RegistryRow {
  row: number;
  values: Record<string, unknown>;
}
export interface RowError {
  row: number;
  field: string;
  message: string;
}
export interface ParsedRegistry {
  kind: RegistryKind;
  rows: RegistryRow[];
  errors: RowError[];
}

/**
 * Validates a table (first row = headers) against a registry's fields. Pure; every problem becomes a row-level
 * error in Chinese naming the row and the field, so nothing is imported until the table is clean.
 */
export function parseTable(kind: RegistryKind, table: string[][]): ParsedRegistry {
  const fields = registryFields[kind];
  const errors: RowError[] = [];
  const rows: RegistryRow[] = [];
  const headerRow = (table[0] ?? []).map((h) => h.replace(/^\uFEFF/, '').replace(/[*＊\s]/g, ''));
  const index = new Map<string, number>();
  for (const f of fields) {
    const at = headerRow.findIndex((h) => h === f.header || f.aliases?.includes(h));
    if (at >= 0) index.set(f.key, at);
    else if (f.required) errors.push({ row: 1, field: f.header, message: `表头缺少「${f.header}」列` });
  }
  if (table.length < 2 && errors.length === 0) errors.push({ row: 1, field: '', message: '文件中没有数据行' });
  if (errors.length > 0) return { kind, rows, errors };
  const seen = new Map<string, number>();
  table.slice(1).forEach((cells, i) => {
    const rowNo = i + 2;
    if (cells.every((c) => !c.trim())) return; // blank lines are not data
    const values: Record<string, unknown> = {};
    let bad = false;
    for (const f of fields) {
      const at = index.get(f.key);
      const raw = (at === undefined ? '' : (cells[at] ?? '')).trim();
      if (!raw && f.required) {
        errors.push({ row: rowNo, field: f.header, message: '不能为空' });
        bad = true;
        continue;
      }
      const parsed = f.parse(raw);
      if (parsed.ok) values[f.key] = parsed.value;
      else {
        errors.push({ row: rowNo, field: f.header, message: parsed.error });
        bad = true;
      }
    }
    if (bad) return;
    const key = registryKey(kind, values);
    const first = seen.get(key);
    if (first !== undefined) errors.push({ row: rowNo, field: '', message: `与第${first}行重复` });
    else {
      seen.set(key, rowNo);
      rows.push({ row: rowNo, values });
    }
  });
  return { kind, rows, errors };
}

/** One error as the inspector reads it: 第3行「网站标识码」：应为10位数字… */
export function formatRowError(e: RowError): string {
  return `第${e.row}行${e.field ? `「${e.field}」` : ''}：${e.message}`;
}
