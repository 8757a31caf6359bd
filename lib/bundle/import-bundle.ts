import type { EntityTable } from 'dexie';
import type { InspectorDB } from '@/lib/db/schema';
import { findingSchema, type Account, type ColumnRecord, type Evidence, type Finding, type FindingBlockMeta, type LetterTally, type Site } from '@/lib/db/records';
import { REPORT_SETTINGS_KEY, parseReportSettings } from '@/lib/report/report-settings';
import { DuplicateIdentityError, allFindings, sameBlock, countFindings, findingTables, findingsByIdentity, getFindings, putFindings, type FindingsSnapshot } from '@/lib/findings/store';
import type { Bundle, CollectionName } from './bundle-schema';
import { compileSame, decide, stableStringify, type Decision, type MergeSpec } from './merge-rules';

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
  findings: { name: 'findings', stamp: (r: Finding) => r.updatedAt, label: (r: Finding) => `${r.siteName} ${r.detail}`.slice(0, 80), alt: { index: 'identityKey', value: (r: Finding) => r.identityKey }, same: compileSame(findingSchema) ?? undefined },
  accounts: { name: 'accounts', stamp: (r: Account) => r.updatedAt, label: (r: Account) => `${r.platform}「${r.name}」` },
  letters: { name: 'letters', stamp: (r: LetterTally) => r.updatedAt, label: (r: LetterTally) => `${r.unit} ${r.quarter}`, alt: { index: '[unit+quarter]', value: (r: LetterTally) => [r.unit, r.quarter] } },
  evidence: { name: 'evidence', stamp: (r: Evidence) => r.createdAt, label: (r: Evidence) => r.id },
} satisfies { [K in CollectionName]: MergeSpec<never> | MergeSpec<any> };

type Keyed = { id: string };
/** Local rows matching the incoming ones: by id (in the incoming order), and by the alternative key (`altKey`). */
interface Local<T> { byId: (T | undefined)[]; byAlt: Map<string, T> }

/** The alternative key as a Map key: a string as it is (100,000 identity keys), anything else (unit+quarter) as JSON. */
const altKey = <T>(spec: MergeSpec<T>, r: T): string | null => {
  const v = spec.alt?.value(r);
  if (v === null || v === undefined) return null;
  return typeof v === 'string' ? v : stableStringify(v);
};

/** Indexes local rows read at once (a bundle about the size of the table): one read beats 100,000 single gets. */
function indexAll<T extends Keyed>(spec: MergeSpec<T>, all: T[], rows: T[]): Local<T> {
  const ids = new Map<string, T>();
  for (const l of all) ids.set(l.id, l);
  const byId = rows.map((r) => ids.get(r.id));
  // The alternative keys matter only for rows not found by id (none in a re-import of the same log).
  const byAlt = new Map<string, T>();
  if (spec.alt && byId.includes(undefined)) for (const l of all) { const k = altKey(spec, l); if (k !== null) byAlt.set(k, l); }
  return { byId, byAlt };
}

/** Local rows of a Dexie table (sites, columns, accounts, letters, evidence). */
async function findLocal<T extends Keyed>(table: EntityTable<T, 'id'>, spec: MergeSpec<T>, rows: T[]): Promise<Local<T>> {
  // An empty table needs no lookups: every row is new (the first import of a large log).
  const local = rows.length === 0 ? 0 : await table.count();
  if (local === 0) return { byId: [], byAlt: new Map() };
  if (rows.length * 4 >= local) return indexAll(spec, await table.toArray(), rows);
  const byId: (T | undefined)[] = await table.bulkGet(rows.map((r) => r.id) as never);
  const byAlt = new Map<string, T>();
  if (spec.alt) {
    const missing = rows.filter((_, i) => !byId[i]).map((r) => spec.alt!.value(r)).filter((v) => v !== null && v !== undefined);
    if (missing.length) for (const l of await table.where(spec.alt.index).anyOf(missing as never).toArray()) byAlt.set(altKey(spec, l)!, l);
  }
  return { byId, byAlt };
}

/** Local findings, through the block store: the whole log once for a log-sized bundle, else by id and identity. */
async function findLocalFindings(db: InspectorDB, rows: Finding[], snapshot: FindingsSnapshot | null): Promise<Local<Finding>> {
  const local = rows.length === 0 ? 0 : await countFindings(db);
  if (local === 0) return { byId: [], byAlt: new Map() };
  if (rows.length * 4 >= local) return indexAll(SPECS.findings, await allFindings(db, { snapshot }), rows);
  const byId = await getFindings(db, rows.map((r) => r.id));
  const missing = rows.filter((_, i) => !byId[i]).map((r) => r.identityKey);
  const found = missing.length ? await findingsByIdentity(db, missing) : new Map<string, Finding>();
  return { byId, byAlt: found };
}

/** Matches incoming rows to local ones (by id, then the unique alternative key) and decides each. */
function planRows<T extends Keyed>(spec: MergeSpec<T>, rows: T[], { byId, byAlt }: Local<T>, plan: ImportPlan, remap: Map<string, string>): T[] {
  const counts: TableCounts = { added: 0, updated: 0, unchanged: 0, conflicts: 0 };
  plan.tables[spec.name] = counts;
  const writes: T[] = [];
  rows.forEach((row, i) => {
    const local = byId[i] ?? (byAlt.size ? byAlt.get(altKey(spec, row) ?? '') : undefined);
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

const planTable = async <T extends Keyed>(table: EntityTable<T, 'id'>, spec: MergeSpec<T>, rows: T[], plan: ImportPlan, remap: Map<string, string>): Promise<T[]> =>
  planRows(spec, rows, await findLocal(table, spec, rows), plan, remap);

/**
 * The findings part of a plan, with what it was planned against. A confirm may take it over from its preview while
 * the log is unchanged: reading and comparing 100,000 findings twice is most of a re-import (issue 6).
 */
export interface FindingsPlan {
  /** The findings blocks' meta rows (revision, count, range) when the plan was made, read in its transaction. */
  metas: FindingBlockMeta[];
  /** The bundle's site ids mapped to local ones (findings carry site ids). */
  siteIds: Map<string, string>;
  counts: TableCounts;
  conflicts: ImportConflict[];
  writes: Finding[];
  /** Bundle finding id → local id (a finding recorded under another id), for the screenshots. */
  ids: Map<string, string>;
}

export interface Merged { plan: ImportPlan; findings: FindingsPlan }

/** Plans the bundle's findings against the log. */
async function planFindings(db: InspectorDB, bundle: Bundle, siteIds: Map<string, string>, metas: FindingBlockMeta[], snapshot: FindingsSnapshot | null): Promise<FindingsPlan> {
  const fixSite = (r: Finding): Finding => (r.siteId && siteIds.has(r.siteId) ? { ...r, siteId: siteIds.get(r.siteId)! } : r);
  const rows = siteIds.size ? bundle.findings.map(fixSite) : bundle.findings;
  const scratch: ImportPlan = { tables: {}, conflicts: [], settings: 'none', missingScreenshots: 0 };
  const ids = new Map<string, string>();
  const writes = planRows(SPECS.findings, rows, await findLocalFindings(db, rows, snapshot), scratch, ids);
  return { metas, siteIds, counts: scratch.tables.findings!, conflicts: scratch.conflicts, writes, ids };
}

/**
 * The earlier plan, if the log and the site mapping are as they were when it was made. The blocks' meta rows tell:
 * every rewrite of a block raises its revision and block ids are never reused (lib/findings/store.ts), so equal meta
 * rows mean equal rows.
 */
function stillValid(earlier: FindingsPlan | null | undefined, metas: FindingBlockMeta[], siteIds: Map<string, string>): FindingsPlan | null {
  if (!earlier || earlier.metas.length !== metas.length || earlier.siteIds.size !== siteIds.size) return null;
  for (const [k, v] of siteIds) if (earlier.siteIds.get(k) !== v) return null;
  return metas.every((m, i) => sameBlock(m, earlier.metas[i])) ? earlier : null;
}

/**
 * Plans (dry run) or performs the merge of a bundle in ONE read-write transaction over every table it touches,
 * findings blocks included; on any error (a refused identity key among them) nothing is written. `reuse`: the
 * findings plan of this bundle's preview, taken over when still valid (checked inside this transaction). `snapshot`:
 * the page's in-memory log, read instead of the blocks when it is current.
 */
export async function mergeBundle(db: InspectorDB, bundle: Bundle, screenshots: Map<string, Uint8Array>, opts: { write: boolean; reuse?: FindingsPlan | null; snapshot?: FindingsSnapshot | null }): Promise<Merged> {
  const tables = [db.sites, db.columns, db.accounts, db.letters, db.evidence, db.settings, ...findingTables(db)];
  return db.transaction(opts.write ? 'rw' : 'r', tables, async () => {
    const plan: ImportPlan = { tables: {}, conflicts: [], settings: 'none', missingScreenshots: 0 };
    const siteIds = new Map<string, string>();
    const sites = await planTable(db.sites, SPECS.sites, bundle.sites, plan, siteIds);
    const fixSite = <R extends { siteId: string | null }>(r: R): R => (r.siteId && siteIds.has(r.siteId) ? { ...r, siteId: siteIds.get(r.siteId)! } : r);
    const columns = await planTable(db.columns, SPECS.columns, bundle.columns.map(fixSite), plan, new Map());
    const metas = await db.findingBlockMeta.toArray();
    const findings = stillValid(opts.reuse, metas, siteIds) ?? (await planFindings(db, bundle, siteIds, metas, opts.snapshot ?? null));
    plan.tables.findings = findings.counts;
    for (const c of findings.conflicts) plan.conflicts.push(c);
    const accounts = await planTable(db.accounts, SPECS.accounts, bundle.accounts, plan, new Map());
    const letters = await planTable(db.letters, SPECS.letters, bundle.letters, plan, new Map());
    const evidenceRows: Evidence[] = [];
    for (const e of bundle.evidence) {
      const bytes = screenshots.get(e.file);
      if (!bytes) plan.missingScreenshots += 1;
      else evidenceRows.push({ id: e.id, findingId: e.findingId && (findings.ids.get(e.findingId) ?? e.findingId), mime: e.mime, width: e.width, height: e.height, createdAt: e.createdAt, blob: new Blob([bytes as BlobPart], { type: e.mime }), thumbnail: null });
    }
    const evidence = await planTable(db.evidence, { ...SPECS.evidence, stamp: () => '' }, evidenceRows, plan, new Map());
    const settingsRow = bundle.settings.report ? await planSettings(db, bundle, plan) : null;
    if (opts.write) {
      await db.sites.bulkPut(sites);
      await db.columns.bulkPut(columns);
      await putBundleFindings(db, findings.writes, bundle.findings);
      await db.accounts.bulkPut(accounts);
      await db.letters.bulkPut(letters);
      await db.evidence.bulkPut(evidence);
      if (settingsRow) await db.settings.put(settingsRow);
    }
    return { plan, findings };
  });
}

/** Writes the planned findings; a refused identity key is reported with the bundle record that carries it. */
async function putBundleFindings(db: InspectorDB, rows: Finding[], bundleRows: Finding[]): Promise<void> {
  try {
    await putFindings(db, rows);
  } catch (err) {
    if (!(err instanceof DuplicateIdentityError)) throw err;
    const i = bundleRows.findIndex((r) => r.identityKey === err.identityKey);
    const who = i >= 0 ? `第 ${i + 1} 条问题记录（findings[${i}]，${SPECS.findings.label(bundleRows[i]!)}）` : '问题包中的一条问题记录';
    throw new Error(`${who}与本地另一条问题记录是同一问题（字段「identityKey」相同），两条记录不能合并。`, { cause: err });
  }
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
