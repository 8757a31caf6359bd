import { z } from 'zod';
import type { InspectorDB } from '@/lib/db/schema';
import { findingKindSchema, findingStatusSchema, isoDateSchema, type Finding } from '@/lib/db/records';
import { shiftDays } from '@/lib/dates/calendar';
import { pickDriver } from './query-page';

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
const SMALL = 3000;

/**
 * Ids of the findings matching a filter, in the requested order. Uses an index per filter and intersects the key
 * sets, so no record is read unless the free-text filter needs it: fast with 100,000 findings.
 */
export async function queryFindingIds(db: InspectorDB, filter: FindingFilter, sort: FindingSort): Promise<Keys> {
  if (sort.field === 'createdAt' && !filter.text) return queryByCreatedAt(db, filter, sort.desc);
  const sets = await indexSets(db, filter);
  let candidates: Set<string> | null = intersect(sets);
  const text = filter.text?.trim().toLowerCase();
  if (candidates && candidates.size <= SMALL) {
    // Small result: read the rows and sort them in memory (cheaper than walking the sort index).
    let rows = (await db.findings.bulkGet([...candidates])).filter((r): r is Finding => Boolean(r));
    if (text) rows = rows.filter((r) => matchesText(r, text));
    return sortRows(rows, sort).map((r) => r.id);
  }
  if (text) {
    const rows = candidates ? await db.findings.bulkGet([...candidates]) : await db.findings.toArray();
    candidates = new Set(rows.filter((r): r is Finding => Boolean(r) && matchesText(r!, text)).map((r) => r.id));
    if (candidates.size <= SMALL) {
      return sortRows((await db.findings.bulkGet([...candidates])).filter((r): r is Finding => Boolean(r)), sort).map((r) => r.id);
    }
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
 * Sorted by 记录时间: one `[field+createdAt]` index (schema v2) yields the most selective filter's ids already in
 * order; the other filters only narrow that list.
 */
async function queryByCreatedAt(db: InspectorDB, filter: FindingFilter, desc: boolean): Promise<Keys> {
  const lower = filter.from ? `${shiftDays(filter.from, -1)}T16:00:00.000Z` : '';
  const upper = filter.to ? `${filter.to}T16:00:00.000Z` : '\uffff';
  const driver = pickDriver(filter);
  const ordered = (
    driver
      ? await db.findings.where(`[${driver.field}+createdAt]`).between([driver.value, lower], [driver.value, upper], true, false).primaryKeys()
      : filter.from || filter.to
        ? await db.findings.where('createdAt').between(lower, upper, true, false).primaryKeys()
        : await db.findings.orderBy('createdAt').primaryKeys()
  ) as Keys;
  const rest: FindingFilter = { ...filter, from: undefined, to: undefined };
  if (driver?.field === 'siteIdCode' || driver?.field === 'siteName') rest.site = undefined;
  else if (driver) rest[driver.field as 'department' | 'kind' | 'status' | 'quarter'] = undefined;
  const narrow = intersect(await indexSets(db, rest));
  const result = narrow ? ordered.filter((id) => narrow.has(id)) : ordered;
  return desc ? result.reverse() : result;
}

async function indexSets(db: InspectorDB, f: FindingFilter): Promise<Set<string>[]> {
  const t = db.findings;
  const jobs: Promise<Keys>[] = [];
  const keys = (p: Promise<unknown[]>) => p as Promise<Keys>;
  if (f.quarter && f.status) jobs.push(keys(t.where('[quarter+status]').equals([f.quarter, f.status]).primaryKeys()));
  else if (f.quarter) jobs.push(keys(t.where('quarter').equals(f.quarter).primaryKeys()));
  else if (f.status) jobs.push(keys(t.where('status').equals(f.status).primaryKeys()));
  if (f.site) {
    const site = f.site;
    jobs.push(keys(t.where('siteIdCode').equals(site).or('siteName').equals(site).primaryKeys()));
  }
  if (f.department) jobs.push(keys(t.where('department').equals(f.department).primaryKeys()));
  if (f.kind) jobs.push(keys(t.where('kind').equals(f.kind).primaryKeys()));
  if (f.from || f.to) {
    // createdAt is UTC; a China calendar day starts at 16:00 UTC of the day before.
    const lower = f.from ? `${shiftDays(f.from, -1)}T16:00:00.000Z` : '';
    const upper = f.to ? `${f.to}T16:00:00.000Z` : '\uffff';
    jobs.push(keys(t.where('createdAt').between(lower, upper, true, false).primaryKeys()));
  }
  return (await Promise.all(jobs)).map((k) => new Set(k));
}

function intersect(sets: Set<string>[]): Set<string> | null {
  if (sets.length === 0) return null;
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...smallest!].filter((id) => rest.every((s) => s.has(id))));
}

/** Free-text match over the fields an inspector reads (case-insensitive). */
export function matchesText(f: Finding, needle: string): boolean {
  const hay = [f.siteName, f.siteIdCode, f.pageUrl, f.pageTitle, f.targetUrl, f.detail, f.department, f.suggestion, f.statusReason, f.evidence.quote, f.columnPath.join('>')];
  return hay.some((v) => typeof v === 'string' && v.toLowerCase().includes(needle));
}

/** In-memory sort with the same order as the index walk (empty values last, ties newest first). */
export function sortRows(rows: Finding[], sort: FindingSort): Finding[] {
  const dir = sort.desc ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a[sort.field];
    const y = b[sort.field];
    if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
    if (x !== y) return x < y ? -dir : dir;
    return a.id < b.id ? -dir : a.id > b.id ? dir : 0;
  });
}
