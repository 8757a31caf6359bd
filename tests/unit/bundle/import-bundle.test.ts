import { strToU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { importBundleFile } from '@/lib/bundle/import-file';
import type { InspectorDB } from '@/lib/db/schema';
import { getFinding } from '@/lib/findings/store';
import { loadHonghe } from '../report/honghe';
import { counts, freshDb } from './db-helpers';

const bytes = (b: unknown) => strToU8(JSON.stringify(b));
const honghe = () => JSON.parse(JSON.stringify(loadHonghe())) as Record<string, any>;
const N = loadHonghe().findings.length;
let db: InspectorDB;
afterEach(() => db?.delete());

describe('importing a bundle: preview, merge by stable ids, one transaction', () => {
  it('previews without writing, then imports everything as new', async () => {
    db = freshDb();
    const preview = await importBundleFile(db, bytes(honghe()), { write: false });
    expect(preview.ok && preview.plan.tables.findings).toEqual({ added: N, updated: 0, unchanged: 0, conflicts: 0 });
    expect((await counts(db)).findings).toBe(0);
    const done = await importBundleFile(db, bytes(honghe()), { write: true });
    expect(done.ok && done.plan.settings).toBe('added');
    const b = loadHonghe();
    expect(await counts(db)).toEqual({ sites: 14, columns: b.columns.length, findings: N, accounts: 243, letters: 5, evidence: 0, settings: 1 });
  });

  it('re-importing the same bundle changes nothing and creates no duplicates', async () => {
    db = freshDb();
    await importBundleFile(db, bytes(honghe()), { write: true });
    const again = await importBundleFile(db, bytes(honghe()), { write: true });
    expect(again.ok && again.plan.tables.findings).toEqual({ added: 0, updated: 0, unchanged: N, conflicts: 0 });
    expect(again.ok && again.plan.settings).toBe('unchanged');
    expect((await counts(db)).findings).toBe(N);
  });

  it('a newer edit wins; an older or same-time different edit is kept local and listed as a conflict', async () => {
    db = freshDb();
    await importBundleFile(db, bytes(honghe()), { write: true });
    const b = honghe();
    b.findings[0] = { ...b.findings[0], status: 'fixed', updatedAt: '2021-04-01T10:00:00.000+08:00' };
    b.findings[1] = { ...b.findings[1], status: 'ignored', updatedAt: '2021-01-01T10:00:00.000+08:00' };
    b.findings[2] = { ...b.findings[2], detail: '另一位检查员的描述' };
    const r = await importBundleFile(db, bytes(b), { write: true });
    if (!r.ok) throw new Error(r.error);
    expect(r.plan.tables.findings).toEqual({ added: 0, updated: 1, unchanged: N - 3, conflicts: 2 });
    expect(r.plan.conflicts.map((c) => [c.id, c.reason])).toEqual([
      [b.findings[1].id, '本地记录较新，保留本地版本'],
      [b.findings[2].id, '修改时间相同但内容不同，保留本地版本'],
    ]);
    expect((await getFinding(db, b.findings[0].id))!.status).toBe('fixed');
    expect((await getFinding(db, b.findings[1].id))!.status).toBe('confirmed');
  });

  it('the same finding recorded under another id by a second inspector merges by its identity, and site ids are remapped', async () => {
    db = freshDb();
    await importBundleFile(db, bytes(honghe()), { write: true });
    const b = honghe();
    const f = { ...b.findings[0], id: 'other-inspector-1', updatedAt: '2021-04-02T10:00:00.000+08:00', status: 'fixed' };
    const site = { ...b.sites[1], id: 'other-site-id' };
    const r = await importBundleFile(db, bytes({ ...b, sites: [site], findings: [{ ...f, siteId: 'other-site-id' }], columns: [], accounts: [], letters: [] }), { write: true });
    expect(r.ok && [r.plan.tables.findings, r.plan.tables.sites]).toEqual([{ added: 0, updated: 1, unchanged: 0, conflicts: 0 }, { added: 0, updated: 0, unchanged: 1, conflicts: 0 }]);
    expect(await getFinding(db, 'other-inspector-1')).toBeUndefined();
    expect(await getFinding(db, b.findings[0].id)).toMatchObject({ status: 'fixed', siteId: b.sites[1].id });
    expect((await counts(db)).findings).toBe(N);
  });

  it('in a whole-log re-import (local rows read at once) a finding under another id still merges by its identity', async () => {
    db = freshDb();
    await importBundleFile(db, bytes(honghe()), { write: true });
    const b = honghe();
    const original = b.findings[3].id;
    b.findings[3] = { ...b.findings[3], id: 'other-inspector-3', status: 'fixed', updatedAt: '2021-04-02T10:00:00.000+08:00' };
    b.sites[2] = { ...b.sites[2], id: 'other-site-id' };
    const preview = await importBundleFile(db, bytes(b), { write: false });
    expect(preview.ok && [preview.plan.tables.findings, preview.plan.tables.sites]).toEqual([{ added: 0, updated: 1, unchanged: N - 1, conflicts: 0 }, { added: 0, updated: 0, unchanged: 14, conflicts: 0 }]);
    const r = await importBundleFile(db, bytes(b), { write: true });
    expect(r.ok && r.plan.tables.findings).toEqual({ added: 0, updated: 1, unchanged: N - 1, conflicts: 0 });
    expect(await getFinding(db, 'other-inspector-3')).toBeUndefined();
    expect(await getFinding(db, original)).toMatchObject({ status: 'fixed' });
    expect(await db.sites.get('other-site-id')).toBeUndefined();
    expect(await counts(db)).toMatchObject({ findings: N, sites: 14 });
  });

  it('a failure while writing rolls back the whole import: nothing is written', async () => {
    db = freshDb();
    // A real Dexie hook makes the LAST table's write fail, after sites, columns and findings were put.
    db.letters.hook('creating', () => {
      throw new Error('磁盘已满（模拟）');
    });
    const r = await importBundleFile(db, bytes(honghe()), { write: true });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^写入数据库失败，已全部回滚/);
    expect(await counts(db)).toEqual({ sites: 0, columns: 0, findings: 0, accounts: 0, letters: 0, evidence: 0, settings: 0 });
  });

  it('a finding that takes the identity of another local finding aborts the whole import, naming the record', async () => {
    db = freshDb();
    await importBundleFile(db, bytes(honghe()), { write: true });
    const b = honghe();
    const later = '2021-04-02T10:00:00.000+08:00';
    const moved = { ...b.findings[0], identityKey: b.findings[1].identityKey, updatedAt: later };
    const site = { ...b.sites[0], notes: '另一位检查员的备注', updatedAt: later };
    const preview = await importBundleFile(db, bytes({ ...b, sites: [site], findings: [moved] }), { write: false });
    expect(preview.ok && [preview.plan.tables.findings, preview.plan.tables.sites]).toEqual([{ added: 0, updated: 1, unchanged: 0, conflicts: 0 }, { added: 0, updated: 1, unchanged: 0, conflicts: 0 }]);
    const r = await importBundleFile(db, bytes({ ...b, sites: [site], findings: [moved] }), { write: true });
    expect(!r.ok && r.error).toMatch(/^写入数据库失败，已全部回滚，未写入任何数据：第 1 条问题记录（findings\[0\]，.+）与本地另一条问题记录是同一问题（字段「identityKey」相同）/);
    expect(await getFinding(db, b.findings[0].id)).toEqual(loadHonghe().findings[0]);
    expect((await db.sites.get(site.id))!.notes).toBe(b.sites[0].notes);
  });

  it('duplicate records inside one bundle are refused with both record numbers', async () => {
    db = freshDb();
    const b = honghe();
    b.letters.push({ ...b.letters[0], id: 'duplicate-tally' });
    const r = await importBundleFile(db, bytes(b), { write: true });
    expect(!r.ok && r.error).toContain('第 6 条信件超期记录（letters[5]）的字段「unit+quarter」与第 1 条重复');
    expect((await counts(db)).sites).toBe(0);
  });

  it('bad files write nothing and keep existing data', async () => {
    db = freshDb();
    await importBundleFile(db, bytes(honghe()), { write: true });
    const before = await counts(db);
    const bad = honghe();
    bad.findings[50].kind = 'unknown-kind';
    for (const input of [strToU8('not json'), bytes({ ...honghe(), format: 'x' }), bytes({ ...honghe(), version: 9 }), bytes(bad)]) {
      const r = await importBundleFile(db, input, { write: true });
      expect(r.ok).toBe(false);
    }
    expect(await counts(db)).toEqual(before);
  });
});
