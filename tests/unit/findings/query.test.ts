import { describe, expect, it } from 'vitest';
import { InspectorDB } from '@/lib/db/schema';
import { queryFindingIds } from '@/lib/findings/query';
import { makeFinding } from './fixtures';

async function seeded() {
  const db = new InspectorDB(crypto.randomUUID());
  await db.findings.bulkAdd([
    makeFinding({ id: 'a', kind: 'dead-link', status: 'pending', department: '县教育局', createdAt: '2026-11-01T01:00:00.000Z' }),
    makeFinding({ id: 'b', kind: 'empty-column', status: 'confirmed', department: null, createdAt: '2026-11-10T15:59:00.000Z', detail: '空白栏目：招标公告' }),
    makeFinding({ id: 'c', kind: 'dead-link', status: 'confirmed', quarter: '2026Q3', department: '县财政局', createdAt: '2026-09-01T01:00:00.000Z' }),
    makeFinding({ id: 'd', kind: 'stale-column', status: 'ignored', siteIdCode: null, siteName: '县教育局网站', department: '县教育局', createdAt: '2026-11-10T16:00:00.000Z' }),
  ]);
  return db;
}

describe('queryFindingIds', () => {
  it('returns everything newest first without filters', async () => {
    const db = await seeded();
    expect(await queryFindingIds(db, {}, { field: 'createdAt', desc: true })).toEqual(['d', 'b', 'a', 'c']);
  });

  it('intersects quarter+status, kind, department and site filters', async () => {
    const db = await seeded();
    const sort = { field: 'createdAt', desc: false } as const;
    expect(await queryFindingIds(db, { quarter: '2026Q4', status: 'confirmed' }, sort)).toEqual(['b']);
    expect(await queryFindingIds(db, { kind: 'dead-link' }, sort)).toEqual(['c', 'a']);
    expect(await queryFindingIds(db, { department: '县教育局', kind: 'stale-column' }, sort)).toEqual(['d']);
    expect(await queryFindingIds(db, { site: '县教育局网站' }, sort)).toEqual(['d']);
    expect(await queryFindingIds(db, { site: '3607990001', quarter: '2026Q3' }, sort)).toEqual(['c']);
  });

  it('reads the date range as China calendar days', async () => {
    const db = await seeded();
    // 2026-11-10T16:00Z is already 2026-11-11 in Beijing.
    expect(await queryFindingIds(db, { from: '2026-11-10', to: '2026-11-10' }, { field: 'createdAt', desc: false })).toEqual(['b']);
    expect(await queryFindingIds(db, { from: '2026-11-11' }, { field: 'createdAt', desc: false })).toEqual(['d']);
  });

  it('matches free text and sorts by a field with empty values last', async () => {
    const db = await seeded();
    expect(await queryFindingIds(db, { text: '招标' }, { field: 'createdAt', desc: false })).toEqual(['b']);
    const byDept = await queryFindingIds(db, {}, { field: 'department', desc: false });
    expect(byDept.at(-1)).toBe('b');
    expect(byDept.slice(0, 3).sort()).toEqual(['a', 'c', 'd']);
  });
});

describe('queryFindingPage', () => {
  it('returns the same first ids as the full query for every single filter and combinations', async () => {
    const { queryFindingPage } = await import('@/lib/findings/query-page');
    const db = await seeded();
    const filters = [{}, { status: 'confirmed' }, { kind: 'dead-link' }, { department: '县教育局' }, { site: '县教育局网站' }, { site: '3607990001', quarter: '2026Q3' }, { from: '2026-11-10', to: '2026-11-10' }, { text: '招标' }, { kind: 'dead-link', status: 'confirmed' }] as const;
    for (const f of filters) {
      for (const sort of [{ field: 'createdAt', desc: true }, { field: 'createdAt', desc: false }] as const) {
        expect((await queryFindingPage(db, f, sort, 2)).map((r) => r.id), JSON.stringify(f)).toEqual((await queryFindingIds(db, f, sort)).slice(0, 2));
      }
    }
  });
});
