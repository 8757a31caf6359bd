import type { InspectorDB } from '@/lib/db/schema';
import type { Finding } from '@/lib/db/records';
import { dateBounds, matchesFilter, queryFindingIds, type FindingFilter, type FindingSort } from './query';
import { needleOf } from './text-fields';
import type { TextSearch } from './text-index';

export type EqualityField = 'siteIdCode' | 'siteName' | 'department' | 'kind' | 'status' | 'quarter';

export interface FindingStart {
  /** The first `limit` rows, whole (the table shows them without a second read). */
  rows: Finding[];
  /** The full id list when it was computed on the way (combined filters, indexed free text); else null. */
  ids: string[] | null;
}

/**
 * The first `limit` rows of a filtered, sorted findings log — what the table shows first. With no filter or one,
 * one `[field+createdAt]` index drives a walk in createdAt order and stops at `limit` (a few ms). With several
 * filters, or free text answered by the text index, walking one index would read many rows the others reject, so the
 * full id list is computed from keys only and just the first rows are read.
 */
export async function queryFindingStart(db: InspectorDB, filter: FindingFilter, sort: FindingSort, limit = 100, index?: TextSearch): Promise<FindingStart> {
  const needle = needleOf(filter.text);
  // Once the text index is built it answers every 记录时间-ordered query in memory; before that, several filters are
  // still walked along one index (reading keys of every filter costs more than the rows the walk rejects).
  const inMemory = sort.field === 'createdAt' && Boolean(index?.createdAtOrder());
  if (!(needle && index) && !inMemory) {
    const rows = await walkFirst(db, filter, sort, limit);
    // Rows whose sort field is empty are not in that field's index: a short walk may have missed them.
    if (rows.length === limit || sort.field === 'createdAt') return { rows, ids: null };
  }
  const ids = await queryFindingIds(db, filter, sort, index);
  const rows = (await db.findings.bulkGet(ids.slice(0, limit))).filter((r): r is Finding => Boolean(r));
  return { rows, ids };
}

/** The first `limit` rows (see `queryFindingStart`). */
export async function queryFindingPage(db: InspectorDB, filter: FindingFilter, sort: FindingSort, limit = 100, index?: TextSearch): Promise<Finding[]> {
  return (await queryFindingStart(db, filter, sort, limit, index)).rows;
}

async function walkFirst(db: InspectorDB, filter: FindingFilter, sort: FindingSort, limit: number): Promise<Finding[]> {
  const { lower, upper } = dateBounds(filter);
  const driver = sort.field === 'createdAt' ? pickDriver(filter) : null;
  const collection = driver
    ? db.findings.where(`[${driver.field}+createdAt]`).between([driver.value, lower], [driver.value, upper], true, false)
    : sort.field === 'createdAt'
      ? db.findings.where('createdAt').between(lower, upper, true, false)
      : db.findings.orderBy(sort.field);
  const ordered = sort.desc ? collection.reverse() : collection;
  return ordered.filter((r) => matchesFilter(r, filter)).limit(limit).toArray();
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
