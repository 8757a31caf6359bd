import type { InspectorDB } from '@/lib/db/schema';
import { findingSchema, type Finding } from '@/lib/db/records';
import { quarterOf } from '@/lib/dates/calendar';
import { findingIdentity } from './identity';
import type { ParsedFindingDraft } from './draft';
import { ruleForKind } from './kind-rules';
import { findingTables, findingsByIdentity, putFindings } from './store';

export interface FlagContext {
  now: Date;
  inspector: string;
  browser: string | null;
  /** 监测时间点 used when the draft does not carry one. */
  checkDate: string;
  /** Quarter setting; null means the quarter of the monitoring date. */
  quarter: string | null;
  newId: () => string;
}

/**
 * Records a finding, or updates the existing one with the same identity (kind + site + target).
 * One transaction: the finding and its history change together or not at all.
 */
export async function flagFinding(
  db: InspectorDB,
  draft: ParsedFindingDraft,
  ctx: FlagContext,
): Promise<{ findingId: string; created: boolean }> {
  const identityKey = findingIdentity(draft);
  const stamp = ctx.now.toISOString();
  const checkDate = draft.checkDate ?? ctx.checkDate;
  const rule = ruleForKind(draft.kind);
  return db.transaction('rw', [...findingTables(db), db.sites, db.evidence], async () => {
    const site = draft.siteIdCode ? await db.sites.where('siteIdCode').equals(draft.siteIdCode).first() : undefined;
    const existing = (await findingsByIdentity(db, [identityKey])).get(identityKey);
    const fields = {
      kind: draft.kind,
      siteId: site?.id ?? existing?.siteId ?? null,
      siteIdCode: draft.siteIdCode,
      siteName: draft.siteName || site?.name || existing?.siteName || '',
      pageUrl: draft.pageUrl,
      pageTitle: draft.pageTitle,
      targetUrl: draft.targetUrl,
      columnPath: draft.columnPath,
      department: draft.department ?? existing?.department ?? null,
      detail: draft.detail,
      suggestion: draft.suggestion,
      data: draft.data,
      evidence: {
        selector: draft.selector,
        quote: draft.quote,
        context: draft.context,
        browser: ctx.browser,
        screenshotIds: [...new Set([...(existing?.evidence.screenshotIds ?? []), ...draft.screenshotIds])],
      },
      checkDate,
      observedAt: stamp,
      updatedAt: stamp,
    };
    if (existing) {
      const updated: Finding = findingSchema.parse({
        ...existing,
        ...fields,
        history: [...existing.history, { at: stamp, by: ctx.inspector, change: '再次记录：更新证据与说明' }],
      });
      await putFindings(db, [updated]);
      await attachEvidence(db, draft.screenshotIds, existing.id);
      return { findingId: existing.id, created: false };
    }
    const created: Finding = findingSchema.parse({
      ...fields,
      id: ctx.newId(),
      identityKey,
      quarter: ctx.quarter ?? quarterOf(checkDate),
      ruleId: rule.ruleId,
      ruleSetVersion: rule.ruleSetVersion,
      effect: rule.effect,
      status: 'pending',
      statusReason: null,
      fixedAt: null,
      inspector: ctx.inspector,
      createdAt: stamp,
      history: [{ at: stamp, by: ctx.inspector, change: '记录问题（待确认）' }],
    });
    await putFindings(db, [created]);
    await attachEvidence(db, draft.screenshotIds, created.id);
    return { findingId: created.id, created: true };
  });
}

async function attachEvidence(db: InspectorDB, ids: string[], findingId: string): Promise<void> {
  if (ids.length > 0) await db.evidence.where('id').anyOf(ids).modify({ findingId });
}
