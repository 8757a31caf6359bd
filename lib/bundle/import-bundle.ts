import type { EntityTable } from 'dexie';
import type { InspectorDB } from '@/lib/db/schema';
import type { Account, ColumnRecord, Evidence, Finding, LetterTally, Site } from '@/lib/db/records';
import { REPORT_SETTINGS_KEY, parseReportSettings } from '@/lib/report/report-settings';
import type { Bundle, CollectionName } from './bundle-schema';
import { decide, stableStringify, type Decision, type MergeSpec } from './merge-rules';

export interface TableCounts { added: number; updated: number; unchanged: number; conflicts: number }
export interface ImportConflict { table: CollectionName; id: string; label: string; reason: string }
export interface ImportPlan {
  tables: Partial<Record<CollectionName, TableCounts>>;
  conflicts: ImportConflict[];
  settings: Decision | 'none';
  /** Screenshots listed in the bundle whose image is not in the file. */
  missingScreenshots: number;
}

const SPECS = {
  sites: { name: 'sites', stamp: (r: Site) => r.updatedAt, label: (r: Site) => r.name, alt: { index: 'siteIdCode', value: (r: Site) => r.siteIdCode } },
  columns: { name: 'columns', stamp: (r: ColumnRecord) => r.lastSeenAt, label: (r: ColumnRecord) => r.path.join('>') || r.name, alt: { index: 'url', value: (r: ColumnRecord) => r.url } },
  findings: { name: 'findings', stamp: (r: Finding) => r.updatedAt, label: (r: Finding) => `${r.siteName} ${r.detail}`.slice(0, 80), alt: { index: 'identityKey', value: (r: Finding) => r.identityKey } },
  accounts: { name: 'accounts', stamp: (r: Account) => r.updatedAt, label: (r: Account) => `${r.platform}「${r.name}」` },
  letters: { name: 'letters', stamp: (r: LetterTally) => r.updatedAt, label: (r: LetterTally) => `${r.unit} ${r.quarter}`, alt: { index: '[unit+quarter]', value: (r: LetterTally) => [r.unit, r.quarter] } },
  evidence: { name: 'evidence', stamp: (r: Evidence) => r.createdAt, label: (r: Evidence) => r.id },
} satisfies { [K in CollectionName]: MergeSpec<never> | MergeSpec<any> };

type Keyed = { id: string };

/** Local rows matching the incoming ones, by id and by the alternative key (stableStringify of its value). */
async function findLocal<T extends Keyed>(table: EntityTable<T, 'id'>, spec: MergeSpec<T>, rows: T[]): Promise<{ byId: (T | undefined)[]; byAlt: Map<string, T> }> {
  const byAlt = new Map<string, T>();
  // An empty table needs no lookups: every row is new (the first import of a large log).
  const local = rows.length === 0 ? 0 : await table.count();
  if (local === 0) return { byId: [], byAlt };
  if (rows.length * 4 >= local) {
    // A bundle about the size of the table (a re-import of the log): one getAll beats 100,000 single gets.
    const all = await table.toArray();
    const ids = new Map(all.map((l) => [l.id, l]));
    if (spec.alt) for (const l of all) { const v = spec.alt.value(l); if (v !== null && v !== undefined) byAlt.set(stableStringify(v), l); }
    return { byId: rows.map((r) => ids.get(r.id)), byAlt };
  }
  const byId: (T | undefined)[] = await table.bulkGet(rows.map((r) => r.id) as never);
  if (spec.alt) {
    const missing = rows.filter((_, i) => !byId[i]).map((r) => spec.alt!.value(r)).filter((v) => v !== null && v !== undefined);
    if (missing.length) for (const l of await table.where(spec.alt.index).anyOf(missing as never).toArray()) byAlt.set(stableStringify(spec.alt.value(l)), l);
  }
  return { byId, byAlt };
}

/** Matches incoming rows to local ones (by id, then the unique alternative key) and decides each. */
async function planTable<T extends Keyed>(table: EntityTable<T, 'id'>, spec: MergeSpec<T>, rows: T[], plan: ImportPlan, remap: Map<string, string>): Promise<T[]> {
  const counts: TableCounts = { added: 0, updated: 0, unchanged: 0, conflicts: 0 };
  plan.tables[spec.name] = counts;
  const { byId, byAlt } = await findLocal(table, spec, rows);
  const writes: T[] = [];
  rows.forEach((row, i) => {
    const local = byId[i] ?? (spec.alt && byAlt.size ? byAlt.get(stableStringify(spec.alt.value(row))) : undefined);
    const incoming = local && local.id !== row.id ? { ...row, id: local.id } : row;
    if (local && local.id !== row.id) remap.set(row.id, local.id);
    const { decision, reason } = decide(spec, local, incoming);
    if (decision === 'added') counts.added += 1;
    else if (decision === 'updated') counts.updated += 1;
    else if (decision === 'unchanged') counts.unchanged += 1;
    else {
      counts.conflicts += 1;
      plan.conflicts.push({ table: spec.name, id: incoming.id, label: spec.label(incoming), reason: reason! });
    }
    if (decision === 'added' || decision === 'updated') writes.push(incoming);
  });
  return writes;
}

/** Plans (dry run) or performs the merge of a bundle in ONE read-write transaction; on any error nothing is written. */
export async function mergeBundle(db: InspectorDB, bundle: Bundle, screenshots: Map<string, Uint8Array>, opts: { write: boolean }): Promise<ImportPlan> {
  const tables = [db.sites, db.columns, db.findings, db.accounts, db.letters, db.evidence, db.settings];
  return db.transaction(opts.write ? 'rw' : 'r', tables, async () => {
    const plan: ImportPlan = { tables: {}, conflicts: [], settings: 'none', missingScreenshots: 0 };
    const siteIds = new Map<string, string>();
    const sites = await planTable(db.sites, SPECS.sites, bundle.sites, plan, siteIds);
    const fixSite = <R extends { siteId: string | null }>(r: R): R => (r.siteId && siteIds.has(r.siteId) ? { ...r, siteId: siteIds.get(r.siteId)! } : r);
    const columns = await planTable(db.columns, SPECS.columns, bundle.columns.map(fixSite), plan, new Map());
    const findingIds = new Map<string, string>();
    const findings = await planTable(db.findings, SPECS.findings, bundle.findings.map(fixSite), plan, findingIds);
    const accounts = await planTable(db.accounts, SPECS.accounts, bundle.accounts, plan, new Map());
    const letters = await planTable(db.letters, SPECS.letters, bundle.letters, plan, new Map());
    const evidenceRows: Evidence[] = [];
    for (const e of bundle.evidence) {
      const bytes = screenshots.get(e.file);
      if (!bytes) plan.missingScreenshots += 1;
      else evidenceRows.push({ id: e.id, findingId: e.findingId && (findingIds.get(e.findingId) ?? e.findingId), mime: e.mime, width: e.width, height: e.height, createdAt: e.createdAt, blob: new Blob([bytes as BlobPart], { type: e.mime }), thumbnail: null });
    }
    const evidence = await planTable(db.evidence, { ...SPECS.evidence, stamp: () => '' }, evidenceRows, plan, new Map());
    const settingsRow = bundle.settings.report ? await planSettings(db, bundle, plan) : null;
    if (opts.write) {
      await db.sites.bulkPut(sites);
      await db.columns.bulkPut(columns);
      await db.findings.bulkPut(findings);
      await db.accounts.bulkPut(accounts);
      await db.letters.bulkPut(letters);
      await db.evidence.bulkPut(evidence.filter((e) => !plan.conflicts.some((c) => c.table === 'evidence' && c.id === e.id)));
      if (settingsRow) await db.settings.put(settingsRow);
    }
    return plan;
  });
}

/** Report settings: taken when absent locally or newer (by their `updatedAt`). */
async function planSettings(db: InspectorDB, bundle: Bundle, plan: ImportPlan) {
  const incoming = bundle.settings.report!;
  const row = await db.settings.get(REPORT_SETTINGS_KEY);
  const local = row ? parseReportSettings(row.value) : undefined;
  const { decision, reason } = decide({ name: 'sites', stamp: (r: typeof incoming) => r.updatedAt ?? '1970-01-01T00:00:00Z', label: () => '' }, local, incoming);
  plan.settings = decision;
  if (decision === 'conflict') plan.conflicts.push({ table: 'sites', id: REPORT_SETTINGS_KEY, label: '通报设置', reason: reason! });
  return decision === 'added' || decision === 'updated' ? { key: REPORT_SETTINGS_KEY, value: incoming } : null;
}
