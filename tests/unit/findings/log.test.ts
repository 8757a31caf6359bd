import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '@/lib/db/records';
import { InspectorDB } from '@/lib/db/schema';
import { FindingLog } from '@/lib/findings/log';
import { matchesFilter, sortRows, type FindingFilter, type FindingSort } from '@/lib/findings/query';
import { reviewFindings } from '@/lib/findings/review-repo';
import { BLOCK_SIZE, allFindings, deleteFindings, findingTables, onBlocksWritten, putFindings } from '@/lib/findings/store';
import { makeFinding } from './fixtures';
import { dbWith, loadedLog, until, varied } from './log-fixtures';

const newest: FindingSort = { field: 'createdAt', desc: true };
const oldest: FindingSort = { field: 'createdAt', desc: false };
const ctx = { at: '2026-12-02T00:00:00.000Z', by: '李四' };

/** `n` findings one minute apart; `reverse` stores the newest first (block 1 = newest rows). */
function timeline(n: number, reverse = false): Finding[] {
  const rows = Array.from({ length: n }, (_, i) =>
    makeFinding({
      id: `t${String(i).padStart(5, '0')}`,
      identityKey: `t${i}`,
      status: i < 50 ? 'fixed' : 'pending',
      quarter: i < n / 2 ? '2026Q3' : '2026Q4',
      createdAt: new Date(Date.parse('2026-08-01T00:00:00Z') + i * 60_000).toISOString(),
    }),
  );
  return reverse ? rows.reverse() : rows;
}

/** The log's answers at its first change that holds some blocks but not all (the load in progress). */
function duringLoad(log: FindingLog, ask: (log: FindingLog) => unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const off = log.subscribe(() => {
      if (log.loaded || log.size === 0) return;
      off();
      resolve(ask(log));
    });
  });
}

const reference = async (db: InspectorDB, f: FindingFilter, sort: FindingSort) => sortRows((await allFindings(db)).filter((r) => matchesFilter(r, f)), sort).map((r) => r.id);

describe('FindingLog loading', () => {
  it('reads the newest block first and shows certain first rows before the load completes', async () => {
    for (const reverse of [false, true]) {
      const rows = timeline(4 * BLOCK_SIZE, reverse);
      const db = await dbWith(rows);
      const log = new FindingLog(db);
      const seen = duringLoad(log, (l) => ({
        size: l.size,
        newestId: l.firstRows({}, newest, 1)?.[0]?.id,
        first: l.firstRows({}, newest, 100)?.map((r) => r.id),
        inRange: l.firstRows({ from: '2026-08-03' }, newest, 100)?.length,
        all: l.query({}, newest),
        ascending: l.firstRows({}, oldest, 100),
        rare: l.firstRows({ status: 'fixed' }, newest, 100),
        otherSort: l.firstRows({}, { field: 'status', desc: false }, 100),
        oldQuarter: l.firstRows({ quarter: '2026Q3' }, newest, 100),
        facets: l.facets(),
      }));
      log.start();
      const got = (await seen) as Record<string, unknown>;
      const want = (await reference(db, {}, newest)).slice(0, 100);
      expect(got.size, `reverse=${reverse}`).toBe(BLOCK_SIZE); // one block, the newest
      expect(got.first).toEqual(want);
      expect(got.newestId).toBe(want[0]);
      // Certain: no unread block holds a row from 2026-08-03 on (China days), whatever the count.
      expect(got.inRange).toBe((await reference(db, { from: '2026-08-03' }, newest)).slice(0, 100).length);
      // Not yet certain: the full list, the oldest rows, matches that may sit in unread blocks, other orders.
      expect(got.all).toBeNull();
      expect(got.ascending).toBeNull();
      expect(got.rare).toBeNull();
      expect(got.otherSort).toBeNull();
      expect(got.oldQuarter).toBeNull();
      expect(got.facets).toBeNull();
      await log.ready();
      expect(log.loaded).toBe(true);
      expect(log.query({}, newest)).toEqual(await reference(db, {}, newest));
      expect(log.firstRows({ status: 'fixed' }, oldest, 100)?.map((r) => r.id)).toEqual(await reference(db, { status: 'fixed' }, oldest));
      log.stop();
    }
  });

  it('is loaded at once for an empty log', async () => {
    const log = await loadedLog(new InspectorDB(crypto.randomUUID()));
    expect(log.query({}, newest)).toEqual([]);
    expect(log.facets()).toEqual({ quarters: [], codes: [], names: [], departments: [] });
    log.stop();
  });
});

describe('FindingLog freshness', () => {
  it('re-reads only the block whose revision changed, and keeps every sort order right', async () => {
    const rows = varied(2 * BLOCK_SIZE + 10);
    const db = await dbWith(rows);
    const log = await loadedLog(db);
    const sorts: FindingSort[] = [newest, { field: 'status', desc: false }, { field: 'department', desc: true }, { field: 'updatedAt', desc: false }];
    for (const s of sorts) log.query({}, s); // builds (and caches) these orders
    const target = rows[1504]!.id; // pending, in block 2
    // Rows of blocks that were not re-read keep their object identity.
    const [inBlock1, inBlock2, inBlock3] = [rows[5]!.id, rows[1600]!.id, rows[2005]!.id].map((id) => log.get(id));
    const before = log.version;
    await reviewFindings(db, [target], { action: 'confirm' }, ctx);
    await until(log, () => log.get(target)?.status === 'confirmed');
    expect(log.version).toBeGreaterThan(before);
    expect(log.get(rows[5]!.id)).toBe(inBlock1);
    expect(log.get(rows[2005]!.id)).toBe(inBlock3);
    expect(log.get(rows[1600]!.id)).not.toBe(inBlock2);
    expect(log.get(rows[1600]!.id)).toEqual(inBlock2);
    expect(log.get(target)?.history.at(-1)?.by).toBe('李四');
    for (const s of sorts) expect(log.query({}, s), JSON.stringify(s)).toEqual(await reference(db, {}, s));
    expect(log.query({ status: 'confirmed', text: '栏目' }, newest)).toEqual(await reference(db, { status: 'confirmed', text: '栏目' }, newest));
    log.stop();
  });

  it('adds new findings, drops deleted ones and empties emptied blocks', async () => {
    const db = await dbWith(varied(BLOCK_SIZE + 3));
    const log = await loadedLog(db);
    log.query({}, { field: 'kind', desc: true });
    await putFindings(db, [makeFinding({ id: 'new1', identityKey: 'new1', detail: '新发现：错别字“防讯”', createdAt: '2027-01-01T00:00:00.000Z' })]);
    await until(log, () => Boolean(log.get('new1')));
    expect(log.query({ text: '防讯' }, newest)).toEqual(['new1']);
    expect(log.query({}, newest)?.[0]).toBe('new1');

    const lastBlock = (await db.findingBlocks.get(2))!.rows.map((r) => r.id);
    await deleteFindings(db, lastBlock);
    await until(log, () => log.size === BLOCK_SIZE);
    expect((await db.findingBlockMeta.toArray()).map((m) => m.count)).toEqual([BLOCK_SIZE, 0]);
    expect(log.get('new1')).toBeUndefined();
    expect(log.query({ text: '防讯' }, newest)).toEqual([]);
    expect(log.query({}, { field: 'kind', desc: true })).toEqual(await reference(db, {}, { field: 'kind', desc: true }));
    log.stop();
  });

  it('notices a block emptied and refilled under the same id in one transaction (its revision keeps growing)', async () => {
    const db = await dbWith(varied(BLOCK_SIZE + 2));
    const log = await loadedLog(db);
    const old = (await db.findingBlocks.get(2))!.rows;
    const fresh = [0, 1].map((i) => makeFinding({ id: `re${i}`, identityKey: `re${i}`, createdAt: `2027-02-0${i + 1}T00:00:00.000Z` }));
    await db.transaction('rw', findingTables(db), async () => {
      await deleteFindings(db, old.map((r) => r.id));
      await putFindings(db, fresh);
    });
    expect(await db.findingBlockMeta.get(2)).toMatchObject({ rev: 3, count: 2 });
    await until(log, () => Boolean(log.get('re0')));
    expect(log.query({}, newest)?.slice(0, 2)).toEqual(['re1', 're0']);
    expect(log.get(old[0]!.id)).toBeUndefined();
    expect(log.size).toBe(BLOCK_SIZE + 2);
    log.stop();
  });

  it('takes the blocks its own page wrote as read: a large write is not read back', async () => {
    const db = await dbWith(varied(20));
    const log = await loadedLog(db);
    const off = onBlocksWritten(({ blocks, metas }) => log.adopt(blocks, metas));
    const reads = vi.spyOn(db.findingBlocks, 'bulkGet');
    await putFindings(db, timeline(2 * BLOCK_SIZE + 5));
    await until(log, () => log.size === 2 * BLOCK_SIZE + 25);
    // The live query's news of the new meta rows finds nothing stale.
    await new Promise((ok) => setTimeout(ok, 100));
    expect(log.query({ status: 'fixed' }, newest)).toEqual(await reference(db, { status: 'fixed' }, newest));
    expect(reads.mock.calls.filter(([ids]) => ids.length > 0 && !ids.every((id) => id === 1))).toEqual([]);
    // A rolled-back write is not taken.
    await expect(db.transaction('rw', findingTables(db), async () => {
      await putFindings(db, [makeFinding({ id: 'rolled-back', identityKey: 'rb' })]);
      throw new Error('boom');
    })).rejects.toThrow('boom');
    await new Promise((ok) => setTimeout(ok, 50));
    expect(log.get('rolled-back')).toBeUndefined();
    off();
    log.stop();
  });

  it('answers for the stored log only while it holds exactly the stored blocks', async () => {
    const db = await dbWith(varied(BLOCK_SIZE + 7));
    const log = await loadedLog(db);
    const byId = (a: Finding, b: Finding) => (a.id < b.id ? -1 : 1);
    const stored = (await allFindings(db)).sort(byId);
    const reads = vi.spyOn(db.findingBlocks, 'toArray');
    expect((await allFindings(db, { snapshot: log })).sort(byId)).toEqual(stored);
    expect((await allFindings(db, { snapshot: log, quarter: '2026Q4' })).sort(byId)).toEqual(stored.filter((r) => r.quarter === '2026Q4'));
    expect(reads).not.toHaveBeenCalled();
    // A write the log has not seen yet (another connection, and the log stopped): the blocks are read instead.
    log.stop();
    const other = new InspectorDB(db.name);
    await putFindings(other, [makeFinding({ id: 'unseen', identityKey: 'unseen' })]);
    expect(log.rowsAt(await db.findingBlockMeta.toArray())).toBeNull();
    expect((await allFindings(db, { snapshot: log })).some((r) => r.id === 'unseen')).toBe(true);
    other.close();
  });

  it('follows writes made through another connection (as the service worker’s are)', async () => {
    const db = await dbWith(varied(20));
    const log = await loadedLog(db);
    const worker = new InspectorDB(db.name);
    await putFindings(worker, [makeFinding({ id: 'sw1', identityKey: 'sw1', detail: '后台记录的问题' })]);
    await until(log, () => Boolean(log.get('sw1')));
    expect(log.query({ text: '后台记录' }, newest)).toEqual(['sw1']);
    worker.close();
    log.stop();
  });
});

describe('FindingLog facets', () => {
  it('lists quarters newest first, sites by 网站标识码 (with a name) or name, and departments', async () => {
    const log = await loadedLog(await dbWith(varied(40)));
    const facets = log.facets()!;
    expect(facets.quarters).toEqual(['2026Q4', '2026Q3']);
    expect(facets.codes).toEqual([
      { code: '3607990000', name: '第0号网站' },
      { code: '3607990001', name: '第1号网站' },
      { code: '3607990002', name: '第2号网站' },
    ]);
    expect(facets.names).toEqual(['县教育局网站']);
    expect(facets.departments).toEqual(['部门0', '部门1', '部门2', '部门3']);
    expect(log.facets()).toBe(facets); // cached until the log changes
    log.stop();
  });
});
