import { describe, expect, it } from 'vitest';
import type { Finding } from '@/lib/db/records';
import { matchesFilter, sortFields, sortRows, type FindingFilter, type FindingSort } from '@/lib/findings/query';
import { makeFinding } from './fixtures';
import { dbWith, loadedLog, varied } from './log-fixtures';

const four = [
  makeFinding({ id: 'a', kind: 'dead-link', status: 'pending', department: '县教育局', createdAt: '2026-11-01T01:00:00.000Z' }),
  makeFinding({ id: 'b', kind: 'empty-column', status: 'confirmed', department: null, createdAt: '2026-11-10T15:59:00.000Z', detail: '空白栏目：招标公告' }),
  makeFinding({ id: 'c', kind: 'dead-link', status: 'confirmed', quarter: '2026Q3', department: '县财政局', createdAt: '2026-09-01T01:00:00.000Z' }),
  makeFinding({ id: 'd', kind: 'stale-column', status: 'ignored', siteIdCode: null, siteName: '县教育局网站', department: '县教育局', createdAt: '2026-11-10T16:00:00.000Z' }),
];
const asc = { field: 'createdAt', desc: false } as const;

describe('findings log queries', () => {
  it('returns everything newest first without filters', async () => {
    const log = await loadedLog(await dbWith(four));
    expect(log.query({}, { field: 'createdAt', desc: true })).toEqual(['d', 'b', 'a', 'c']);
    log.stop();
  });

  it('combines quarter+status, kind, department and site (网站标识码 or name) filters', async () => {
    const log = await loadedLog(await dbWith(four));
    expect(log.query({ quarter: '2026Q4', status: 'confirmed' }, asc)).toEqual(['b']);
    expect(log.query({ kind: 'dead-link' }, asc)).toEqual(['c', 'a']);
    expect(log.query({ department: '县教育局', kind: 'stale-column' }, asc)).toEqual(['d']);
    expect(log.query({ site: '县教育局网站' }, asc)).toEqual(['d']);
    expect(log.query({ site: '3607990001', quarter: '2026Q3' }, asc)).toEqual(['c']);
    log.stop();
  });

  it('reads the date range as China calendar days', async () => {
    const log = await loadedLog(await dbWith(four));
    // 2026-11-10T16:00Z is already 2026-11-11 in Beijing.
    expect(log.query({ from: '2026-11-10', to: '2026-11-10' }, asc)).toEqual(['b']);
    expect(log.query({ from: '2026-11-11' }, asc)).toEqual(['d']);
    log.stop();
  });

  it('matches free text and sorts by a field with empty values last, in both directions', async () => {
    const log = await loadedLog(await dbWith(four));
    expect(log.query({ text: '招标' }, asc)).toEqual(['b']);
    expect(log.query({ text: '  招标公告 ' }, asc)).toEqual(['b']);
    expect(log.query({ department: '县教育局' }, { field: 'department', desc: false })).toEqual(['a', 'd']);
    expect(log.query({}, { field: 'department', desc: false })).toEqual(['a', 'd', 'c', 'b']);
    expect(log.query({}, { field: 'department', desc: true })).toEqual(['c', 'd', 'a', 'b']);
    log.stop();
  });

  it('does not match a needle across two fields', async () => {
    const log = await loadedLog(await dbWith(four));
    // siteName 青山县人民政府 is followed by siteIdCode 3607990001 in the haystack.
    expect(log.query({ text: '政府3607' }, asc)).toEqual([]);
    expect(log.query({ text: '人民政府' }, asc)).toEqual(['c', 'a', 'b']);
    log.stop();
  });
});

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
  { to: '2026-07-01' },
  { text: '没有这段文字' },
];

/** The reference answer: every row tested with `matchesFilter`, sorted with `sortRows`. */
const expected = (rows: Finding[], f: FindingFilter, sort: FindingSort) => sortRows(rows.filter((r) => matchesFilter(r, f)), sort).map((r) => r.id);

describe('findings log against the reference semantics', () => {
  it('gives the same ids and first rows as matchesFilter + sortRows, for every filter and sort', async () => {
    const rows = varied(2500);
    const log = await loadedLog(await dbWith(rows));
    expect(log.size).toBe(2500);
    for (const f of filters) {
      for (const field of sortFields) {
        for (const desc of [true, false]) {
          const sort = { field, desc };
          const want = expected(rows, f, sort);
          expect(log.query(f, sort), JSON.stringify([f, sort])).toEqual(want);
          expect(log.firstRows(f, sort, 10)?.map((r) => r.id), JSON.stringify([f, sort])).toEqual(want.slice(0, 10));
        }
      }
    }
    expect(log.query({ text: '第 42 条' }, { field: 'createdAt', desc: true })).toHaveLength(1);
    log.stop();
  });
});
