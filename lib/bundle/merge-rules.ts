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
 * Newer `updatedAt` wins; identical records are unchanged; anything else keeps the local record and is listed as
 * a conflict (the local edit is newer, or both carry the same time with different content).
 */
export function decide<T>(spec: MergeSpec<T>, local: T | undefined, incoming: T): { decision: Decision; reason?: string } {
  if (!local) return { decision: 'added' };
  if (stableStringify(local) === stableStringify(incoming)) return { decision: 'unchanged' };
  const l = Date.parse(spec.stamp(local));
  const i = Date.parse(spec.stamp(incoming));
  if (i > l) return { decision: 'updated' };
  return { decision: 'conflict', reason: i < l ? '本地记录较新，保留本地版本' : '修改时间相同但内容不同，保留本地版本' };
}
