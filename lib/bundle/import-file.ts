import type { InspectorDB } from '@/lib/db/schema';
import type { FindingsSnapshot } from '@/lib/findings/store';
import { mergeBundle, type FindingsPlan, type ImportPlan } from './import-bundle';
import { readBundle, type ReadResult } from './read-bundle';

export type ReadBundle = Extract<ReadResult, { ok: true }>;
export type ImportOutcome =
  | {
      ok: true;
      plan: ImportPlan;
      /** The findings part of the plan: a preview's, handed to its confirm as `reuse`. */
      findings: FindingsPlan;
      /** Whether the `reuse` plan was taken over (the log was unchanged) instead of planning again. */
      reusedPreview: boolean;
      migratedFrom: number | null;
      exportedAt: string;
      filter: { quarter: string | null; siteId: string | null };
    }
  | { ok: false; error: string };

/**
 * Plans (`write: false`, the preview) or performs the merge of an already validated bundle. Never throws. A confirm
 * passes its preview's `findings` as `reuse`: while no block of the log has changed since, the 100,000 findings of a
 * re-import are not read and compared a second time.
 */
export async function mergeRead(db: InspectorDB, read: ReadBundle, opts: { write: boolean; reuse?: FindingsPlan | null; snapshot?: FindingsSnapshot | null }): Promise<ImportOutcome> {
  try {
    const { plan, findings } = await mergeBundle(db, read.bundle, read.screenshots, opts);
    const reusedPreview = Boolean(opts.reuse) && findings === opts.reuse;
    return { ok: true, plan, findings, reusedPreview, migratedFrom: read.migratedFrom, exportedAt: read.bundle.exportedAt, filter: read.bundle.filter };
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
