import { describe, expect, it } from 'vitest';
import { InspectorDB } from '@/lib/db/schema';
import { editFinding, reviewFinding } from '@/lib/findings/review';
import { deleteFindings, editFindingRecord, reviewFindings } from '@/lib/findings/review-repo';
import { allFindings, getFinding, putFindings } from '@/lib/findings/store';
import { makeFinding } from './fixtures';

const ctx = { at: '2026-11-21T03:00:00.000Z', by: '李四' };

describe('reviewFinding', () => {
  it('walks 待确认 → 已确认 → 已整改 with a date, recording each step', () => {
    const a = reviewFinding(makeFinding({ id: 'a' }), { action: 'confirm' }, ctx);
    expect(a.ok && a.finding.status).toBe('confirmed');
    const b = a.ok ? reviewFinding(a.finding, { action: 'fix', fixedAt: '2026-11-25' }, ctx) : a;
    expect(b.ok && b.finding).toMatchObject({ status: 'fixed', fixedAt: '2026-11-25', updatedAt: ctx.at });
    expect(b.ok && b.finding.history.map((h) => h.change)).toEqual(['待确认 → 已确认', '已确认 → 已整改（2026-11-25）']);
  });

  it('requires a reason to ignore and a real date to fix', () => {
    expect(reviewFinding(makeFinding({ id: 'a' }), { action: 'ignore', reason: '  ' }, ctx)).toEqual({ ok: false, error: '忽略问题时必须填写理由' });
    const confirmed = makeFinding({ id: 'b', status: 'confirmed' });
    expect(reviewFinding(confirmed, { action: 'fix', fixedAt: '2026-02-30' }, ctx).ok).toBe(false);
    const ignored = reviewFinding(makeFinding({ id: 'c' }), { action: 'ignore', reason: '栏目已撤销' }, ctx);
    expect(ignored.ok && ignored.finding).toMatchObject({ status: 'ignored', statusReason: '栏目已撤销' });
  });

  it('refuses steps that skip the workflow', () => {
    const r = reviewFinding(makeFinding({ id: 'a' }), { action: 'fix', fixedAt: '2026-11-25' }, ctx);
    expect(r).toEqual({ ok: false, error: '状态为「待确认」的问题不能标记为已整改' });
  });

  it('reopens a fixed finding back to 已确认 and clears the date', () => {
    const r = reviewFinding(makeFinding({ id: 'a', status: 'fixed', fixedAt: '2026-11-25' }), { action: 'reopen' }, ctx);
    expect(r.ok && r.finding).toMatchObject({ status: 'confirmed', fixedAt: null });
  });

  it('edits record old and new values, and no change means no history', () => {
    const f = makeFinding({ id: 'a' });
    const e = editFinding(f, { detail: '链接返回 500', department: '县教育局', note: '已电话通知' }, ctx);
    expect(e.history.map((h) => h.change)).toEqual(['修改问题描述：「链接返回 404」→「链接返回 500」', '修改责任部门：「」→「县教育局」', '备注：已电话通知']);
    expect(editFinding(f, { detail: f.detail }, ctx)).toBe(f);
  });
});

describe('review repository', () => {
  it('applies a bulk step in one transaction and reports the findings it does not apply to', async () => {
    const db = new InspectorDB(crypto.randomUUID());
    await putFindings(db, [makeFinding({ id: 'a' }), makeFinding({ id: 'b', status: 'confirmed' }), makeFinding({ id: 'c' })]);
    const result = await reviewFindings(db, ['a', 'b', 'c', 'zz'], { action: 'confirm' }, ctx);
    expect(result.updated).toBe(2);
    expect(result.skipped.map((s) => s.id)).toEqual(['b', 'zz']);
    expect((await allFindings(db)).map((f) => f.status)).toEqual(['confirmed', 'confirmed', 'confirmed']);
    expect((await getFinding(db, 'a'))!.history.at(-1)).toEqual({ at: ctx.at, by: '李四', change: '待确认 → 已确认' });
  });

  it('writes nothing when one record cannot be stored', async () => {
    const db = new InspectorDB(crypto.randomUUID());
    // A corrupt row (quarter broken by an older writer) makes the whole bulk step fail, leaving 'a' untouched.
    await putFindings(db, [makeFinding({ id: 'a' }), { ...makeFinding({ id: 'b' }), quarter: 'bad' }]);
    await expect(reviewFindings(db, ['a', 'b'], { action: 'confirm' }, ctx)).rejects.toThrow();
    expect((await getFinding(db, 'a'))!.status).toBe('pending');
  });

  it('edits one record and deletes findings with their screenshots', async () => {
    const db = new InspectorDB(crypto.randomUUID());
    await putFindings(db, [makeFinding({ id: 'a' })]);
    await db.evidence.add({ id: 'e1', findingId: 'a', mime: 'image/png', blob: new Blob(['x']), thumbnail: null, width: 1, height: 1, createdAt: ctx.at });
    await editFindingRecord(db, 'a', { suggestion: '更换为新链接' }, ctx);
    expect((await getFinding(db, 'a'))!.suggestion).toBe('更换为新链接');
    expect(await deleteFindings(db, ['a', 'missing'])).toBe(1);
    expect(await db.evidence.count()).toBe(0);
  });
});
