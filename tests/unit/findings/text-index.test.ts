import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { InspectorDB } from '@/lib/db/schema';
import type { FindingFilter, FindingSort } from '@/lib/findings/query';
import { queryFindingIds } from '@/lib/findings/query';
import { queryFindingStart } from '@/lib/findings/query-page';
import { FindingTextIndex } from '@/lib/findings/text-index';
import { makeFinding } from './fixtures';

const kinds = ['dead-link', 'empty-column', 'stale-column'] as const;
const statuses = ['pending', 'confirmed', 'ignored', 'fixed'] as const;

/** The findings indexes planned for schema v3: only the `[field+createdAt]` compounds serve the filters. */
function compoundOnlyDb(): InspectorDB {
  const db = new Dexie(crypto.randomUUID());
  db.version(1).stores({
    findings: 'id, &identityKey, createdAt, updatedAt, checkDate, [status+createdAt], [kind+createdAt], [quarter+createdAt], [siteIdCode+createdAt], [siteName+createdAt], [department+createdAt]',
  });
  return db as unknown as InspectorDB;
}

/** 300 findings over three sites, kinds, statuses, departments and quarters. */
async function seeded(db = new InspectorDB(crypto.randomUUID())) {
  await db.findings.bulkAdd(
    Array.from({ length: 300 }, (_, i) =>
      makeFinding({
        id: `f${String((i * 7919) % 1000).padStart(4, '0')}`,
        kind: kinds[i % 3]!,
        status: statuses[(i >> 2) % 4]!,
        quarter: i < 150 ? '2026Q3' : '2026Q4',
        department: i % 5 === 0 ? null : `部门${i % 4}`,
        siteIdCode: i % 10 === 0 ? null : `360799000${i % 3}`,
        siteName: i % 10 === 0 ? '县教育局网站' : `第${i % 3}号网站`,
        detail: `第 ${i} 条：栏目${i % 7}无更新`,
        createdAt: new Date(Date.parse('2026-07-01T00:00:00Z') + Math.floor(i / 2) * 3_600_000 * 7).toISOString(),
        evidence: { selector: null, quote: i % 11 === 0 ? 'Quote ABC' : null, context: null, browser: null, screenshotIds: [] },
      }),
    ),
  );
  return db;
}

const filters: FindingFilter[] = [
  {},
  { text: '栏目3' },
  { text: 'quote abc' },
  { text: '  第 42 条 ' },
  { text: '栏目3', status: 'confirmed' },
  { text: '条', kind: 'stale-column', quarter: '2026Q4' },
  { text: '栏目1', from: '2026-07-10', to: '2026-08-20' },
  { status: 'confirmed', kind: 'dead-link', quarter: '2026Q3' },
  { site: '县教育局网站', status: 'pending' },
  { site: '3607990001', department: '部门1', from: '2026-08-01' },
  { from: '2026-07-05', to: '2026-07-31' },
  { text: '没有这段文字' },
];
const sorts: FindingSort[] = [
  { field: 'createdAt', desc: true },
  { field: 'createdAt', desc: false },
  { field: 'department', desc: false },
];

describe('FindingTextIndex', () => {
  it('gives the same answers as reading every record, for every filter and sort', async () => {
    const db = await seeded();
    const index = new FindingTextIndex(db, 64);
    await index.start();
    expect(index.size).toBe(300);
    for (const f of filters) {
      for (const sort of sorts) {
        const plain = await queryFindingIds(db, f, sort);
        expect(await queryFindingIds(db, f, sort, index), JSON.stringify([f, sort])).toEqual(plain);
        const start = await queryFindingStart(db, f, sort, 10, index);
        expect(start.rows.map((r) => r.id), JSON.stringify([f, sort])).toEqual(plain.slice(0, 10));
      }
    }
    expect((await queryFindingIds(db, { text: '第 42 条' }, sorts[0]!, index)).length).toBe(1);
    index.stop();
  });

  it('needs only the [field+createdAt] indexes (no single-field kind/quarter/status… index)', async () => {
    const full = await seeded();
    const lean = await seeded(compoundOnlyDb());
    const index = new FindingTextIndex(lean, 64);
    for (const f of filters) {
      for (const sort of [...sorts, { field: 'kind', desc: true } as const]) {
        const expected = await queryFindingIds(full, f, sort);
        expect(await queryFindingIds(lean, f, sort), JSON.stringify([f, sort])).toEqual(expected);
        expect(await queryFindingIds(lean, f, sort, index), JSON.stringify([f, sort])).toEqual(expected);
      }
    }
    expect(await lean.findings.orderBy('quarter').uniqueKeys()).toEqual(['2026Q3', '2026Q4']);
    index.stop();
  });

  it('follows additions, edits and deletions, including bulk writes', async () => {
    const db = await seeded();
    const index = new FindingTextIndex(db, 64);
    await index.start();
    const changed = () => new Promise<void>((ok) => { const off = index.subscribe(() => { off(); ok(); }); });
    const sort: FindingSort = { field: 'createdAt', desc: true };

    let next = changed();
    await db.findings.add(makeFinding({ id: 'new1', detail: '新发现：错别字“防讯”', createdAt: '2026-12-01T00:00:00.000Z' }));
    await next;
    expect(await queryFindingIds(db, { text: '防讯' }, sort, index)).toEqual(['new1']);
    expect((await queryFindingIds(db, {}, sort, index))[0]).toBe('new1');

    next = changed();
    await db.findings.update('new1', { detail: '已改写', status: 'fixed' });
    await next;
    expect(await queryFindingIds(db, { status: 'fixed' }, sort, index)).toEqual(await queryFindingIds(db, { status: 'fixed' }, sort));
    expect((await queryFindingIds(db, { status: 'fixed' }, sort, index))[0]).toBe('new1');
    expect(await queryFindingIds(db, { text: '防讯' }, sort, index)).toEqual([]);

    next = changed();
    await db.findings.delete('new1');
    await next;
    expect(await queryFindingIds(db, { text: '已改写' }, sort, index)).toEqual([]);
    expect(index.size).toBe(300);

    // 60 rows in one bulkPut: Dexie reports a whole range, so the index rebuilds.
    const rows = await db.findings.limit(60).toArray();
    next = changed();
    await db.findings.bulkPut(rows.map((r) => ({ ...r, detail: `${r.detail}（批量复核）` })));
    await next;
    expect((await queryFindingIds(db, { text: '批量复核' }, sort, index)).sort()).toEqual(rows.map((r) => r.id).sort());

    next = changed();
    await db.findings.clear();
    await next;
    expect(await queryFindingIds(db, { text: '条' }, sort, index)).toEqual([]);
    expect(index.size).toBe(0);
    index.stop();
  });
});
