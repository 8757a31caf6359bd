import { strToU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { importBundleFile } from '@/lib/bundle/import-file';
import { readBundle } from '@/lib/bundle/read-bundle';
import type { InspectorDB } from '@/lib/db/schema';
import { findingIdentity } from '@/lib/findings/identity';
import { countFindings } from '@/lib/findings/store';
import { freshDb } from './db-helpers';

// A version-0 export of the prototype (see lib/bundle/migrate-v0.ts for the shape).
const v0 = {
  format: 'gov-site-inspector-bundle',
  version: 0,
  exportedAt: '2020-12-31T08:00:00.000Z',
  sites: [{ id: 'site-gejiu', name: '个旧市人民政府', siteIdCode: '5325010002', origins: ['http://www.gejiu.gov.cn'], sponsor: null, responsibleUnit: null, createdAt: '2020-10-01T00:00:00.000Z', updatedAt: '2020-10-01T00:00:00.000Z' }],
  findings: [
    { id: 'old-1', kind: 'empty-column', state: 'confirmed', siteCode: '5325010002', siteName: '个旧市人民政府', url: 'http://www.gejiu.gov.cn/zfxxgk/czyjs/', columnPath: '首页>政府信息公开>财政预决算', department: '个旧市财政局', description: '空白栏目', checkDate: '2020-12-10', foundAt: '2020-12-10T03:00:00.000Z', inspector: '张三' },
    { id: 'old-2', kind: 'stale-column', state: 'suspected', siteCode: '5325010002', url: 'http://www.gejiu.gov.cn/xwzx/', checkDate: '2020-12-10', foundAt: '2020-12-10T03:05:00.000Z' },
  ],
  accounts: [],
  letters: [{ id: 'l-1', unit: '个旧市', quarter: '2020Q4', count: 2, updatedAt: '2020-12-31T00:00:00.000Z' }],
};

let db: InspectorDB | undefined;
afterEach(() => db?.delete());

describe('bundle migration v0 → v1', () => {
  it('maps state → status, splits the column path, derives identity, quarter and rule, and fills new fields', () => {
    const r = readBundle(strToU8(JSON.stringify(v0)));
    if (!r.ok) throw new Error(r.error);
    expect(r.migratedFrom).toBe(0);
    const [a, b] = r.bundle.findings;
    expect(a).toMatchObject({
      id: 'old-1', status: 'confirmed', quarter: '2020Q4', columnPath: ['首页', '政府信息公开', '财政预决算'], department: '个旧市财政局', detail: '空白栏目',
      ruleId: 'veto.columns-stale', ruleSetVersion: 'gbmh-2019-19', effect: 'veto', observedAt: '2020-12-10T03:00:00.000Z', updatedAt: '2020-12-10T03:00:00.000Z', inspector: '张三',
      identityKey: findingIdentity({ kind: 'empty-column', siteIdCode: '5325010002', pageUrl: 'http://www.gejiu.gov.cn/zfxxgk/czyjs/', targetUrl: null, quote: null }),
    });
    expect(b).toMatchObject({ status: 'pending', columnPath: [], siteName: '' });
    expect(r.bundle.sites[0]).toMatchObject({ isPortal: false, inOperation: true, notes: '' });
    expect(r.bundle.letters[0]!.notes).toBe('');
    expect(r.bundle.columns).toEqual([]);
  });

  it('imports a migrated bundle into the database', async () => {
    db = freshDb();
    const r = await importBundleFile(db, strToU8(JSON.stringify(v0)), { write: true });
    expect(r.ok && r.migratedFrom).toBe(0);
    expect(await countFindings(db)).toBe(2);
  });

  it('a broken v0 bundle is rejected with the record and field named', () => {
    const bad = { ...v0, findings: [{ ...v0.findings[0], state: 'maybe' }] };
    const r = readBundle(strToU8(JSON.stringify(bad)));
    expect(!r.ok && r.error).toContain('第 1 条问题记录（findings[0]）的字段「state」：取值「maybe」无效');
  });
});
