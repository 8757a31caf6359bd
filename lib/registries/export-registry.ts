import Papa from 'papaparse';
import type { Account, ColumnRecord, LetterTally, Site } from '@/lib/db/records';
import { registryFields, type RegistryKind } from './fields';

type AnyRecord = Site | ColumnRecord | Account | LetterTally;

const classNames = { dynamic: '动态', notice: '通知公告', personnel: '人事规划', interaction: '互动', other: '其他' } as const;

/** A registry as a table (header row first) in the import format, so an export can be edited and imported again. */
export function registryTable(kind: RegistryKind, records: AnyRecord[], siteCodes: Map<string, string> = new Map()): string[][] {
  const fields = registryFields[kind];
  const rows = records.map((r) => fields.map((f) => cellOf(f.key, r as Record<string, unknown>, siteCodes)));
  return [fields.map((f) => f.header), ...rows];
}

function cellOf(key: string, r: Record<string, unknown>, siteCodes: Map<string, string>): string {
  const v = r[key];
  if (key === 'siteIdCode' && !('siteIdCode' in r)) return r.siteId ? (siteCodes.get(String(r.siteId)) ?? '') : '';
  if (key === 'origins' || key === 'path') return ((v as string[]) ?? []).join(key === 'path' ? '>' : ';');
  if (key === 'isPortal') return v ? '是' : '否';
  if (key === 'columnClass') return classNames[v as keyof typeof classNames] ?? '其他';
  return v == null ? '' : String(v);
}

/** CSV with a BOM so Excel opens the Chinese text correctly. */
export function tableToCsv(table: string[][]): string {
  return `\uFEFF${Papa.unparse(table)}`;
}
