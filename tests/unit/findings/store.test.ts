import { describe, expect, it } from 'vitest';
import { InspectorDB } from '@/lib/db/schema';
import {
  BLOCK_SIZE,
  DuplicateIdentityError,
  allFindings,
  bucketOf,
  countFindings,
  deleteFindings,
  findingQuarters,
  findingsByIdentity,
  getFinding,
  getFindings,
  putFindings,
} from '@/lib/findings/store';
import { makeFinding } from './fixtures';

const fresh = () => new InspectorDB(crypto.randomUUID());
const many = (n: number, from = 0) => Array.from({ length: n }, (_, i) => makeFinding({ id: `f${from + i}`, identityKey: `k${from + i}`, createdAt: new Date(Date.UTC(2026, 0, 1) + (from + i) * 60_000).toISOString() }));

describe('findings block store', () => {
  it('packs new rows into blocks of BLOCK_SIZE and finds each by id and identity', async () => {
    const db = fresh();
    await putFindings(db, many(BLOCK_SIZE + 10));
    const metas = await db.findingBlockMeta.toArray();
    expect(metas.map((m) => m.count)).toEqual([BLOCK_SIZE, 10]);
    expect(metas[0]!.minCreatedAt < metas[1]!.minCreatedAt).toBe(true);
    expect(await countFindings(db)).toBe(BLOCK_SIZE + 10);
    expect((await getFinding(db, 'f1005'))?.identityKey).toBe('k1005');
    expect((await getFindings(db, ['f3', 'nope', 'f1009'])).map((r) => r?.id)).toEqual(['f3', undefined, 'f1009']);
    expect((await findingsByIdentity(db, ['k7', 'k404404'])).get('k7')?.id).toBe('f7');
    // The next write fills the last block before opening a new one.
    await putFindings(db, many(5, 5000));
    expect((await db.findingBlockMeta.toArray()).map((m) => m.count)).toEqual([BLOCK_SIZE, 15]);
  });

  it('replaces rows in place, bumping the block revision, and moves a changed identity key', async () => {
    const db = fresh();
    await putFindings(db, many(3));
    const before = (await db.findingBlockMeta.get(1))!.rev;
    await putFindings(db, [{ ...(await getFinding(db, 'f1'))!, status: 'confirmed', identityKey: 'k1-new' }]);
    expect((await db.findingBlockMeta.get(1))!.rev).toBe(before + 1);
    expect((await getFinding(db, 'f1'))?.status).toBe('confirmed');
    expect([...(await findingsByIdentity(db, ['k1', 'k1-new'])).keys()]).toEqual(['k1-new']);
    expect(await countFindings(db)).toBe(3);
  });

  it('refuses a second finding with the same identity key and writes nothing', async () => {
    const db = fresh();
    await putFindings(db, many(2));
    await expect(putFindings(db, [makeFinding({ id: 'x', identityKey: 'k0' })])).rejects.toBeInstanceOf(DuplicateIdentityError);
    await expect(putFindings(db, [makeFinding({ id: 'y', identityKey: 'dup' }), makeFinding({ id: 'z', identityKey: 'dup' })])).rejects.toBeInstanceOf(DuplicateIdentityError);
    expect((await allFindings(db)).map((r) => r.id).sort()).toEqual(['f0', 'f1']);
  });

  it('deletes rows and their keys; an emptied block stays, empty, with a higher revision', async () => {
    const db = fresh();
    await putFindings(db, many(BLOCK_SIZE + 2));
    const removed = await deleteFindings(db, ['f1000', 'f1001', 'f0', 'missing']);
    expect(removed.map((r) => r.id).sort()).toEqual(['f0', 'f1000', 'f1001']);
    expect((await db.findingBlockMeta.toArray()).map((m) => [m.count, m.rev])).toEqual([[BLOCK_SIZE - 1, 2], [0, 2]]);
    expect(await getFinding(db, 'f0')).toBeUndefined();
    expect((await findingsByIdentity(db, ['k0'])).size).toBe(0);
    // The identity of a deleted finding is free again.
    await putFindings(db, [makeFinding({ id: 'again', identityKey: 'k0' })]);
    expect((await findingsByIdentity(db, ['k0'])).get('k0')?.id).toBe('again');
    // The emptied last block is filled again under its id, its revision still growing.
    expect((await db.findingBlockMeta.get(2))).toMatchObject({ count: 1, rev: 3 });
  });

  it('reads one quarter from the blocks that hold it, and lists quarters from the meta rows', async () => {
    const db = fresh();
    await putFindings(db, [...many(3).map((f) => ({ ...f, quarter: '2026Q3' })), makeFinding({ id: 'q4', identityKey: 'q4', quarter: '2026Q4' })]);
    expect((await allFindings(db, { quarter: '2026Q4' })).map((r) => r.id)).toEqual(['q4']);
    expect(await findingQuarters(db)).toEqual(['2026Q4', '2026Q3']);
  });

  it('joins the caller’s transaction: a failure later in it leaves the log untouched', async () => {
    const db = fresh();
    await putFindings(db, many(1));
    await expect(
      db.transaction('rw', [db.findingBlocks, db.findingBlockMeta, db.findingKeys, db.sites], async () => {
        await putFindings(db, many(2, 10));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await countFindings(db)).toBe(1);
  });

  it('spreads keys over the buckets', () => {
    const used = new Set(Array.from({ length: 5000 }, (_, i) => bucketOf(`f${i}`)));
    expect(used.size).toBeGreaterThan(250);
  });
});
