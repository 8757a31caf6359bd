import { z } from 'zod';
import type { InspectorDB } from '@/lib/db/schema';
import { findingKindSchema, findingStatusSchema, isoDateSchema, type Finding } from '@/lib/db/records';
import { shiftDays } from '@/lib/dates/calendar';
import { pickDriver } from './query-page';
import { matchesText, needleOf } from './text-fields';
import type { IndexEntry, TextSearch } from './text-index';

export { matchesText } from './text-fields';

/** Filters of the findings log; every field is optional (empty = no filter). */
export const findingFilterSchema = z.object({
  quarter: z.string().max(10).optional(),
  /** 网站标识码, or the site name for sites without one. */
  site: z.string().max(200).optional(),
  department: z.string().max(200).optional(),
  kind: findingKindSchema.optional(),
  status: findingStatusSchema.optional(),
  /** 记录时间 range, China calendar dates, inclusive. */
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  text: z.string().max(200).optional(),
});
export type FindingFilter = z.infer<typeof findingFilterSchema>;

export const sortFields = ['createdAt', 'updatedAt', 'kind', 'status', 'siteIdCode', 'department', 'quarter', 'checkDate'] as const;
export type FindingSort = { field: (typeof sortFields)[number]; desc: boolean };

type Keys = string[];
/** Up to this many candidates, the rows are read and sorted in memory. */
const SMALL = 3000;
/** Up to this many text hits, the rows are read and every filter checked on them. */
const TINY = 500;

/**
 * Ids of the findings matching a filter, in the requested order. Only keys are read: one `[field+createdAt]` range
 * per equality filter (restricted to the date range), intersected; free text comes from the in-memory text index
 * when one is given. Without an index the text filter reads the candidate rows (slow with 100,000 findings).
 */
export async function queryFindingIds(db: InspectorDB, filter: FindingFilter, sort: FindingSort, index?: TextSearch): Promise<Keys> {
  const needle = needleOf(filter.text);
  const hits = needle && index ? await index.search(needle) : null;
  if (hits && hits.size <= TINY) return readSorted(db, [...hits], filter, sort);
  if (sort.field === 'createdAt' && (!needle || hits)) return queryByCreatedAt(db, filter, sort.desc, hits, index);
  const sets = await indexSets(db, filter);
  if (hits) sets.push(hits);
  let candidates: Set<string> | null = intersect(sets);
  if (candidates && candidates.size <= SMALL) return readSorted(db, [...candidates], filter, sort);
  if (needle && !hits) {
    const rows = candidates ? await db.findings.bulkGet([...candidates]) : await db.findings.toArray();
    const found = rows.filter((r): r is Finding => Boolean(r) && matchesText(r!, needle));
    if (found.length <= SMALL) return sortRows(found, sort).map((r) => r.id);
    candidates = new Set(found.map((r) => r.id));
  }
  const ordered = (await db.findings.orderBy(sort.field).primaryKeys()) as Keys;
  if (sort.desc) ordered.reverse();
  let result = candidates ? ordered.filter((id) => candidates!.has(id)) : ordered;
  // Rows whose sort field is empty are not in that index: add them at the end.
  const expected = candidates ? candidates.size : await db.findings.count();
  if (result.length < expected) {
    const seen = new Set(result);
    const all = candidates ? [...candidates] : ((await db.findings.orderBy('createdAt').primaryKeys()) as Keys);
    result = result.concat(all.filter((id) => !seen.has(id)));
  }
  return result;
}

/**
 * Sorted by 记录时间: the most selective filter's `[field+createdAt]` range yields ids already in order (text hits
 * are ordered in memory when there is no such filter); the other filters only narrow that list.
 */
async function queryByCreatedAt(db: InspectorDB, filter: FindingFilter, desc: boolean, hits: Set<string> | null, index?: TextSearch): Promise<Keys> {
  const { lower, upper } = dateBounds(filter);
  const order = index?.createdAtOrder() ?? null;
  if (order) {
    // The index (once built) holds every id in 记录时间 order with its filter fields: filter in memory.
    const out: Keys = [];
    for (let i = firstAtOrAbove(order.at, lower), end = firstAtOrAbove(order.at, upper); i < end; i++) {
      const e = order.entries[i]!;
      if (matchesFields(e, filter) && (!hits || hits.has(e.id))) out.push(e.id);
    }
    return desc ? out.reverse() : out;
  }
  const driver = pickDriver(filter);
  const rest: FindingFilter = { ...filter, from: undefined, to: undefined, text: undefined };
  if (driver?.field === 'siteIdCode' || driver?.field === 'siteName') rest.site = undefined;
  else if (driver) rest[driver.field as 'department' | 'kind' | 'status' | 'quarter'] = undefined;
  const orderedJob: Promise<Keys> = driver
    ? rangeKeys(db, driver.field, driver.value, lower, upper)
    : filter.from || filter.to
        ? (db.findings.where('createdAt').between(lower, upper, true, false).primaryKeys() as Promise<Keys>)
        : (db.findings.orderBy('createdAt').primaryKeys() as Promise<Keys>);
  const [ordered, sets] = await Promise.all([orderedJob, indexSets(db, rest)]);
  if (hits) sets.push(hits);
  const narrow = intersect(sets);
  const result = narrow ? ordered.filter((id) => narrow.has(id)) : ordered;
  return desc ? result.reverse() : result;
}

/** Binary search in a sorted list of times. */
function firstAtOrAbove(at: string[], t: string): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** createdAt is UTC; a China calendar day starts at 16:00 UTC of the day before. */
export function dateBounds(f: FindingFilter): { lower: string; upper: string } {
  return { lower: f.from ? `${shiftDays(f.from, -1)}T16:00:00.000Z` : '', upper: f.to ? `${f.to}T16:00:00.000Z` : '\uffff' };
}

function rangeKeys(db: InspectorDB, field: string, value: string, lower: string, upper: string): Promise<Keys> {
  return db.findings.where(`[${field}+createdAt]`).between([value, lower], [value, upper], true, false).primaryKeys() as Promise<Keys>;
}

/** One key set per filter, read from the `[field+createdAt]` indexes (each restricted to the date range). */
async function indexSets(db: InspectorDB, f: FindingFilter): Promise<Set<string>[]> {
  const { lower, upper } = dateBounds(f);
  const jobs: Promise<Keys>[] = [];
  for (const field of ['quarter', 'status', 'department', 'kind'] as const) {
    const value = f[field];
    if (value) jobs.push(rangeKeys(db, field, value, lower, upper));
  }
  if (f.site) {
    const site = f.site;
    jobs.push(Promise.all([rangeKeys(db, 'siteIdCode', site, lower, upper), rangeKeys(db, 'siteName', site, lower, upper)]).then(([a, b]) => a.concat(b)));
  }
  if (jobs.length === 0 && (f.from || f.to)) jobs.push(db.findings.where('createdAt').between(lower, upper, true, false).primaryKeys() as Promise<Keys>);
  return (await Promise.all(jobs)).map((k) => new Set(k));
}

function intersect(sets: Set<string>[]): Set<string> | null {
  if (sets.length === 0) return null;
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  if (rest.length === 0) return smallest!;
  return new Set([...smallest!].filter((id) => rest.every((s) => s.has(id))));
}

/** Reads candidate rows, keeps those matching every filter (so a stale candidate never shows) and sorts them. */
async function readSorted(db: InspectorDB, ids: Keys, filter: FindingFilter, sort: FindingSort): Promise<Keys> {
  const rows = (await db.findings.bulkGet(ids)).filter((r): r is Finding => Boolean(r) && matchesFilter(r!, filter));
  return sortRows(rows, sort).map((r) => r.id);
}

/** Whether one record passes every filter (the same rules as the index queries). */
export function matchesFilter(r: Finding, f: FindingFilter): boolean {
  const { lower, upper } = dateBounds(f);
  if (!matchesFields(r, f)) return false;
  if (r.createdAt < lower || r.createdAt >= upper) return false;
  const needle = needleOf(f.text);
  return !needle || matchesText(r, needle);
}

/** The equality filters only. */
function matchesFields(r: Omit<IndexEntry, 'hay'>, f: FindingFilter): boolean {
  if (f.site && r.siteIdCode !== f.site && r.siteName !== f.site) return false;
  if (f.department && r.department !== f.department) return false;
  if (f.kind && r.kind !== f.kind) return false;
  if (f.status && r.status !== f.status) return false;
  return !(f.quarter && r.quarter !== f.quarter);
}

/** In-memory sort with the same order as the index walk (empty values last, ties by 记录时间 then id). */
export function sortRows(rows: Finding[], sort: FindingSort): Finding[] {
  const dir = sort.desc ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a[sort.field];
    const y = b[sort.field];
    if ((x == null) !== (y == null)) return x == null ? 1 : -1;
    if (x != null && y != null && x !== y) return x < y ? -dir : dir;
    if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -dir : dir;
    return a.id < b.id ? -dir : a.id > b.id ? dir : 0;
  });
}
