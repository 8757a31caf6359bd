import { z } from 'zod';
import { isCalendarDate } from '@/lib/dates/calendar';
import type { Finding, FindingStatus } from '@/lib/db/records';

/** One review step the inspector takes on a finding (indicators §2.1: only confirmed findings count). */
export const reviewActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('confirm') }),
  z.object({ action: z.literal('ignore'), reason: z.string().max(2000) }),
  z.object({ action: z.literal('fix'), fixedAt: z.string().max(10) }),
  z.object({ action: z.literal('reopen') }),
]);
export type ReviewAction = z.infer<typeof reviewActionSchema>;

export interface ReviewContext {
  at: string;
  by: string;
}

const labels: Record<FindingStatus, string> = { pending: '待确认', confirmed: '已确认', ignored: '已忽略', fixed: '已整改' };

// 待确认 → 已确认 / 已忽略 → 已整改; 已忽略 and 已整改 can be reopened (back to 待确认 / 已确认).
const allowed: Record<ReviewAction['action'], FindingStatus[]> = {
  confirm: ['pending', 'ignored'],
  ignore: ['pending', 'confirmed'],
  fix: ['confirmed'],
  reopen: ['ignored', 'fixed', 'confirmed'],
};

/** Applies one review step; returns the updated finding, or a Chinese reason why the step is not allowed. */
export function reviewFinding(finding: Finding, step: ReviewAction, ctx: ReviewContext): { ok: true; finding: Finding } | { ok: false; error: string } {
  if (!allowed[step.action].includes(finding.status)) {
    return { ok: false, error: `状态为「${labels[finding.status]}」的问题不能${verb(step)}` };
  }
  const base = { ...finding, updatedAt: ctx.at };
  const log = (change: string): Finding['history'] => [...finding.history, { at: ctx.at, by: ctx.by, change }].slice(-500);
  switch (step.action) {
    case 'confirm':
      return { ok: true, finding: { ...base, status: 'confirmed', statusReason: null, history: log(`${labels[finding.status]} → 已确认`) } };
    case 'ignore': {
      const reason = step.reason.trim();
      if (!reason) return { ok: false, error: '忽略问题时必须填写理由' };
      return { ok: true, finding: { ...base, status: 'ignored', statusReason: reason, history: log(`${labels[finding.status]} → 已忽略：${reason}`) } };
    }
    case 'fix':
      if (!isCalendarDate(step.fixedAt)) return { ok: false, error: '整改日期无效，应为 YYYY-MM-DD' };
      return { ok: true, finding: { ...base, status: 'fixed', fixedAt: step.fixedAt, history: log(`已确认 → 已整改（${step.fixedAt}）`) } };
    case 'reopen': {
      const to: FindingStatus = finding.status === 'fixed' ? 'confirmed' : 'pending';
      const finding2 = { ...base, status: to, statusReason: null, fixedAt: to === 'confirmed' ? null : finding.fixedAt };
      return { ok: true, finding: { ...finding2, history: log(`${labels[finding.status]} → ${labels[to]}（重新打开）`) } };
    }
  }
}

function verb(step: ReviewAction): string {
  return { confirm: '确认', ignore: '忽略', fix: '标记为已整改', reopen: '重新打开' }[step.action];
}

/** Fields the inspector may correct on a finding; each change is written to the history. */
export const findingEditSchema = z.object({
  detail: z.string().max(5000).optional(),
  suggestion: z.string().max(2000).nullable().optional(),
  department: z.string().max(200).nullable().optional(),
  note: z.string().max(2000).optional(),
});
export type FindingEdit = z.infer<typeof findingEditSchema>;

const editLabels = { detail: '问题描述', suggestion: '修改建议', department: '责任部门', note: '备注' } as const;

/** Applies edits, recording old → new for every field that changed. */
export function editFinding(finding: Finding, edit: FindingEdit, ctx: ReviewContext): Finding {
  const changes: string[] = [];
  const next: Finding = { ...finding };
  for (const key of ['detail', 'suggestion', 'department'] as const) {
    const value = edit[key];
    if (value === undefined || value === finding[key]) continue;
    changes.push(`修改${editLabels[key]}：「${finding[key] ?? ''}」→「${value ?? ''}」`);
    (next as Record<string, unknown>)[key] = value;
  }
  if (edit.note?.trim()) changes.push(`${editLabels.note}：${edit.note.trim()}`);
  if (changes.length === 0) return finding;
  return { ...next, updatedAt: ctx.at, history: [...finding.history, ...changes.map((change) => ({ at: ctx.at, by: ctx.by, change }))].slice(-500) };
}
