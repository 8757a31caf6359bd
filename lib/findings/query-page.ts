import type { InspectorDB } from '@/lib/db/schema';
import type { Finding } from '@/lib/db/records';
import { shiftDays } from '@/lib/dates/calendar';
import { matchesText, type FindingFilter, type FindingSort } from './query';

export type EqualityField = 'siteIdCode' | 'siteName' | 'department' | 'kind' | 'status' | 'quarter';

/**
 * The first `limit` ids of a filtered, sorted findings log — what the table shows first — without touching the
 * other rows: one `[field+createdAt]` index (schema v2) drives the walk in createdAt order, the other filters are
 * checked on the rows walked, and the walk stops at `limit`. The rows come back whole, so the table shows them
 * without a second read; the full id list (count, scrolling) comes from `queryFindingIds` afterwards.
 */
export async function queryFindingPage(db: InspectorDB, filter: FindingFilter, sort: FindingSort, limit = 100): Promise<Finding[]> {
  const lower = filter.from ? `${shiftDays(filter.from, -1)}T16:00:00.000Z` : '';
  const upper = filter.to ? `${filter.to}T16:00:00.000Z` : '\uffff';
  const driver = sort.field === 'createdAt' ? pickDriver(filter) : null;
  const collection = driver
    ? db.findings.where(`[${driver.field}+createdAt]`).between([driver.value, lower], [driver.value, upper], true, false)
    : sort.field === 'createdAt'
      ? db.findings.where('createdAt').between(lower, upper, true, false)
      : db.findings.orderBy(sort.field);
  const ordered = sort.desc ? collection.reverse() : collection;
  const rest = (f: Finding) => matches(f, filter, lower, upper, driver?.field ?? null);
  return ordered.filter(rest).limit(limit).toArray();
}

/** The equality filter whose `[field+createdAt]` index drives a walk in createdAt order. */
export function pickDriver(f: FindingFilter): { field: EqualityField; value: string } | null {
  // Most selective first.
  if (f.site) return { field: /^(\d{10}|bm\d{8})$/.test(f.site) ? 'siteIdCode' : 'siteName', value: f.site };
  if (f.department) return { field: 'department', value: f.department };
  if (f.kind) return { field: 'kind', value: f.kind };
  if (f.status) return { field: 'status', value: f.status };
  if (f.quarter) return { field: 'quarter', value: f.quarter };
  return null;
}

function matches(r: Finding, f: FindingFilter, lower: string, upper: string, driven: EqualityField | null): boolean {
  if (f.site && driven !== 'siteIdCode' && driven !== 'siteName' && r.siteIdCode !== f.site && r.siteName !== f.site) return false;
  if (f.department && r.department !== f.department) return false;
  if (f.kind && r.kind !== f.kind) return false;
  if (f.status && r.status !== f.status) return false;
  if (f.quarter && r.quarter !== f.quarter) return false;
  if (r.createdAt < lower || r.createdAt >= upper) return false;
  const text = f.text?.trim().toLowerCase();
  return !text || matchesText(r, text);
}
