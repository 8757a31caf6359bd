import { z } from 'zod';
import { findingKindSchema, findingStatusSchema, isoDateSchema, type Finding } from '@/lib/db/records';
import { shiftDays } from '@/lib/dates/calendar';
import { matchesText, needleOf } from './text-fields';

export { matchesText, needleOf } from './text-fields';

// The findings log's filter and sort semantics. The queries themselves run in memory over the page's FindingLog
// (lib/findings/log.ts); these pure functions define what they must answer.

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
export type SortField = (typeof sortFields)[number];
export type FindingSort = { field: SortField; desc: boolean };

/** createdAt is UTC; a China calendar day starts at 16:00 UTC of the day before. */
export function dateBounds(f: FindingFilter): { lower: string; upper: string } {
  return { lower: f.from ? `${shiftDays(f.from, -1)}T16:00:00.000Z` : '', upper: f.to ? `${f.to}T16:00:00.000Z` : '\uffff' };
}

/** Whether one record passes every filter. */
export function matchesFilter(r: Finding, f: FindingFilter): boolean {
  const { lower, upper } = dateBounds(f);
  if (!matchesFields(r, f)) return false;
  if (r.createdAt < lower || r.createdAt >= upper) return false;
  const needle = needleOf(f.text);
  return !needle || matchesText(r, needle);
}

/** The equality filters only (site = 网站标识码 or site name). */
export function matchesFields(r: Pick<Finding, 'siteIdCode' | 'siteName' | 'department' | 'kind' | 'status' | 'quarter'>, f: FindingFilter): boolean {
  if (f.site && r.siteIdCode !== f.site && r.siteName !== f.site) return false;
  if (f.department && r.department !== f.department) return false;
  if (f.kind && r.kind !== f.kind) return false;
  if (f.status && r.status !== f.status) return false;
  return !(f.quarter && r.quarter !== f.quarter);
}

/**
 * The ascending order of a sort field: empty values last, ties by 记录时间 then id. The descending order is its
 * exact reverse, except that empty values stay last (see `sortRows`).
 */
export function compareBy(field: SortField): (a: Finding, b: Finding) => number {
  return (a, b) => {
    const x = a[field];
    const y = b[field];
    if ((x == null) !== (y == null)) return x == null ? 1 : -1;
    if (x != null && y != null && x !== y) return x < y ? -1 : 1;
    if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/** Sorts rows (a copy): the order the findings table shows. */
export function sortRows(rows: Finding[], sort: FindingSort): Finding[] {
  const asc = compareBy(sort.field);
  const empty = (r: Finding) => r[sort.field] == null;
  return [...rows].sort((a, b) => (sort.desc && empty(a) === empty(b) ? asc(b, a) : asc(a, b)));
}
