import { columnClassSchema, type ColumnClass, type ColumnRecord, type Finding } from '@/lib/db/records';
import { normaliseUrl } from '@/lib/links/normalise-url';
import type { RuleSet } from './rule-set-schema';
import { countVetoes, type CountedColumn, type VetoCounters } from './veto-counters';

const STATUS_OF = { 'empty-column': 'empty', 'stale-column': 'stale', 'undated-column': 'undated' } as const;
const RANK = { empty: 3, stale: 2, undated: 1 } as const;

/** Column key: one column counts once per counter, however many findings name it. */
export function columnKey(f: Pick<Finding, 'pageUrl'>): string {
  return normaliseUrl(f.pageUrl) ?? f.pageUrl;
}

/** The column class: finding data, then the inspector's override in the registry, then the registry class. */
export function classOf(f: Finding, column: ColumnRecord | undefined): ColumnClass {
  const fromData = columnClassSchema.safeParse(f.data['columnClass']);
  if (fromData.success) return fromData.data;
  return column?.classOverride ?? column?.columnClass ?? 'other';
}

/** 一级栏目: the breadcrumb below 首页 has one segment, unless the finding states it (indicators §3, 2019 "一级"). */
export function isFirstLevel(f: Finding): boolean {
  if (typeof f.data['firstLevel'] === 'boolean') return f.data['firstLevel'];
  const path = f.columnPath[0] === '首页' ? f.columnPath.slice(1) : f.columnPath;
  return path.length <= 1;
}

/**
 * The three counters of veto.columns-stale over one site's CONFIRMED column findings (indicators §4.3), counted by
 * the same `countVetoes` the side panel uses for scanned columns, so both apply one rule. Undated columns count as
 * stale (§4.4) only when the rule set says so; a column with several findings counts once, as its worst state.
 */
export function countColumnFindings(findings: Finding[], columns: Map<string, ColumnRecord>, rs: RuleSet): { counters: VetoCounters; findingIds: Map<string, string[]> } {
  const byColumn = new Map<string, CountedColumn>();
  const findingIds = new Map<string, string[]>();
  for (const f of findings) {
    if (f.status !== 'confirmed' || !(f.kind in STATUS_OF)) continue;
    const status = STATUS_OF[f.kind as keyof typeof STATUS_OF];
    if (status === 'undated' && !rs.vetoes.undatedCountsAsStale) continue;
    const key = columnKey(f);
    const column = columns.get(key);
    findingIds.set(key, [...(findingIds.get(key) ?? []), f.id]);
    const prev = byColumn.get(key);
    if (prev && RANK[prev.status as keyof typeof RANK] >= RANK[status]) continue;
    byColumn.set(key, {
      url: key,
      name: f.columnPath.at(-1) ?? column?.name ?? key,
      columnClass: classOf(f, column),
      status,
      firstLevel: isFirstLevel(f),
      exemptHistorical: column?.exemptHistorical === true || f.data['exemptHistorical'] === true,
    });
  }
  return { counters: countVetoes([...byColumn.values()], rs), findingIds };
}
