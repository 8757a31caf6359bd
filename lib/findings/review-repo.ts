import type { InspectorDB } from '@/lib/db/schema';
import { findingSchema, type Finding } from '@/lib/db/records';
import { deleteFindings as deleteRows, findingTables, getFinding, getFindings, putFindings } from './store';
import { editFinding, reviewFinding, type FindingEdit, type ReviewAction, type ReviewContext } from './review';

export interface BulkResult {
  updated: number;
  /** Findings the step did not apply to, with the reason (e.g. a pending finding cannot be marked fixed). */
  skipped: { id: string; error: string }[];
}

/**
 * Applies one review step to many findings in ONE transaction: either every applicable finding is updated and its
 * history appended, or (on any write error) none is. Findings the step does not apply to are skipped and reported.
 */
export async function reviewFindings(db: InspectorDB, ids: string[], step: ReviewAction, ctx: ReviewContext): Promise<BulkResult> {
  return db.transaction('rw', findingTables(db), async () => {
    const rows = await getFindings(db, ids);
    const updates: Finding[] = [];
    const skipped: BulkResult['skipped'] = [];
    rows.forEach((row, i) => {
      if (!row) return skipped.push({ id: ids[i]!, error: '记录不存在' });
      const result = reviewFinding(row, step, ctx);
      if (result.ok) updates.push(findingSchema.parse(result.finding));
      else skipped.push({ id: row.id, error: result.error });
    });
    await putFindings(db, updates);
    return { updated: updates.length, skipped };
  });
}

/** Edits one finding's text fields, appending the changes to its history (one transaction). */
export async function editFindingRecord(db: InspectorDB, id: string, edit: FindingEdit, ctx: ReviewContext): Promise<Finding> {
  return db.transaction('rw', findingTables(db), async () => {
    const row = await getFinding(db, id);
    if (!row) throw new Error('记录不存在，可能已被删除');
    const next = findingSchema.parse(editFinding(row, edit, ctx));
    if (next !== row) await putFindings(db, [next]);
    return next;
  });
}

/** Deletes findings together with their screenshots (one transaction). */
export async function deleteFindings(db: InspectorDB, ids: string[]): Promise<number> {
  return db.transaction('rw', [...findingTables(db), db.evidence], async () => {
    const removed = await deleteRows(db, ids);
    await db.evidence.where('findingId').anyOf(removed.map((f) => f.id)).delete();
    return removed.length;
  });
}
