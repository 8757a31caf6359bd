import type { IndexableType } from 'dexie';
import type { CollectionName } from './bundle-schema';

export type Decision = 'added' | 'updated' | 'unchanged' | 'conflict';

/** How records of one table are matched and compared on import. */
export interface MergeSpec<T> {
  name: CollectionName;
  /** Last-edit time: the newer edit wins (indicators: manual-first merge; issue 6). */
  stamp: (r: T) => string;
  label: (r: T) => string;
  /** A second identity (unique index) so the same record created under another id is not duplicated. */
  alt?: { index: string; value: (r: T) => IndexableType | null };
}

/** JSON with sorted keys, so records read back from IndexedDB compare equal to parsed ones. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Blob)) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Whether two records are equal as `stableStringify` sees them (key order and undefined-valued keys ignored, Blobs
 * equal), without building the strings: a re-import compares 100,000 unchanged records twice (issue 6).
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameRecord(a[i] ?? null, b[i] ?? null)) return false;
    return true;
  }
  const objA = a !== null && typeof a === 'object';
  const objB = b !== null && typeof b === 'object';
  if (!objA || !objB) return !objA && !objB && stableStringify(a) === stableStringify(b);
  if (a instanceof Blob || b instanceof Blob) return stableStringify(a) === stableStringify(b);
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let defined = 0;
  for (const key in ra) {
    if (!Object.hasOwn(ra, key) || ra[key] === undefined) continue;
    defined += 1;
    if (!Object.hasOwn(rb, key) || rb[key] === undefined || !sameRecord(ra[key], rb[key])) return false;
  }
  for (const key in rb) if (Object.hasOwn(rb, key) && rb[key] !== undefined) defined -= 1;
  return defined === 0;
}

/**
 * Newer `updatedAt` wins; identical records are unchanged; anything else keeps the local record and is listed as
 * a conflict (the local edit is newer, or both carry the same time with different content).
 */
export function decide<T>(spec: MergeSpec<T>, local: T | undefined, incoming: T): { decision: Decision; reason?: string } {
  if (!local) return { decision: 'added' };
  if (sameRecord(local, incoming)) return { decision: 'unchanged' };
  const l = Date.parse(spec.stamp(local));
  const i = Date.parse(spec.stamp(incoming));
  if (i > l) return { decision: 'updated' };
  return { decision: 'conflict', reason: i < l ? '本地记录较新，保留本地版本' : '修改时间相同但内容不同，保留本地版本' };
}
