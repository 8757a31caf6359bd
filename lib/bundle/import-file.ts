import type { InspectorDB } from '@/lib/db/schema';
import { mergeBundle, type ImportPlan } from './import-bundle';
import { readBundle, type ReadResult } from './read-bundle';

export type ReadBundle = Extract<ReadResult, { ok: true }>;
export type ImportOutcome =
  | { ok: true; plan: ImportPlan; migratedFrom: number | null; exportedAt: string; filter: { quarter: string | null; siteId: string | null } }
  | { ok: false; error: string };

/** Plans (`write: false`, the preview) or performs the merge of an already validated bundle. Never throws. */
export async function mergeRead(db: InspectorDB, read: ReadBundle, opts: { write: boolean }): Promise<ImportOutcome> {
  try {
    const plan = await mergeBundle(db, read.bundle, read.screenshots, opts);
    return { ok: true, plan, migratedFrom: read.migratedFrom, exportedAt: read.bundle.exportedAt, filter: read.bundle.filter };
  } catch (err) {
    console.error('bundle import failed', err);
    return { ok: false, error: `写入数据库失败，已全部回滚，未写入任何数据：${err instanceof Error ? err.message : String(err)}` };
  }
}

/**
 * Reads, validates and (when `write`) merges a bundle file. A preview is the same call with `write: false`.
 * Bad input never throws: the outcome carries a Chinese message, and the database is untouched.
 */
export async function importBundleFile(db: InspectorDB, bytes: Uint8Array, opts: { write: boolean }): Promise<ImportOutcome> {
  const read = readBundle(bytes);
  return read.ok ? mergeRead(db, read, opts) : read;
}
