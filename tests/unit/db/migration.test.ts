import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { InspectorDB } from '@/lib/db/schema';
import { BLOCK_SIZE, allFindings, findingsByIdentity, getFinding, putFindings } from '@/lib/findings/store';
import { accountSchema, columnSchema, findingSchema, letterTallySchema, siteSchema } from '@/lib/db/records';

// The exact v1 store definitions, frozen here: this is the "saved v1 database" the current class must upgrade.
const V1_STORES = {
  sites: 'id, siteIdCode, *origins, name',
  columns: 'id, siteId, origin, &url, department',
  scans: 'id, url, origin, siteIdCode, scannedAt',
  findings:
    'id, &identityKey, kind, quarter, siteIdCode, status, department, createdAt, updatedAt, checkDate, [quarter+status], [siteIdCode+quarter]',
  linkResults: 'url, verdict, expiresAt',
  linkJobs: 'id, runId, state, [runId+state], url',
  evidence: 'id, findingId, createdAt',
  accounts: 'id, platform, department, name',
  letters: 'id, quarter, unit, &[unit+quarter]',
  settings: 'key',
};
const at = '2026-11-20T02:00:00.000Z';

// v1 rows as a v1 writer stored them: optional fields (defaults added later) may be missing.
const v1Finding = {
  id: 'f1', identityKey: 'dead-link|3607990001|http://www.qsx.gov.test/gone', kind: 'dead-link', quarter: '2026Q4', siteId: null,
  siteIdCode: '3607990001', siteName: '青山县人民政府', pageUrl: 'http://www.qsx.gov.test/', targetUrl: 'http://www.qsx.gov.test/gone',
  columnPath: ['首页', '新闻中心'], department: '县政府办', detail: '链接返回 404', ruleId: 'deduction.dead-links', ruleSetVersion: 'gbmh-2019-19',
  effect: 'deduction', status: 'confirmed', evidence: { selector: 'a', quote: null, context: null, browser: null, screenshotIds: ['e1'] },
  inspector: '张三', checkDate: '2026-11-20', observedAt: at, createdAt: at, updatedAt: at, history: [{ at, by: '张三', change: '记录问题（待确认）' }],
};
const v1Site = { id: 's1', name: '青山县人民政府', siteIdCode: '3607990001', origins: ['http://www.qsx.gov.test'], sponsor: '青山县人民政府办公室', responsibleUnit: null, createdAt: at, updatedAt: at };
const v1Column = { id: 'c1', siteId: 's1', origin: 'http://www.qsx.gov.test', url: 'http://www.qsx.gov.test/xwzx/gzdt/', name: '工作动态', path: ['首页', '新闻中心', '工作动态'], columnClass: 'dynamic', lastUpdate: '2026-11-18', itemCount: 20, lastSeenAt: at };
const v1Account = { id: 'a1', department: '县教育局', name: '青山教育', platform: '微信公众号', url: null, lastPostDate: '2026-10-01', createdAt: at, updatedAt: at };
const v1Letter = { id: 'l1', unit: '县交通运输局', quarter: '2026Q4', count: 3, updatedAt: at };

describe('schema migration v1 → current', () => {
  it('keeps every record of a saved v1 database and upgrades it to the current record schemas', async () => {
    const name = crypto.randomUUID();
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.open();
    await v1.table('findings').bulkAdd([v1Finding, { ...v1Finding, id: 'f2', identityKey: 'other', status: 'pending', department: null }]);
    await v1.table('sites').add(v1Site);
    await v1.table('columns').add(v1Column);
    await v1.table('accounts').add(v1Account);
    await v1.table('letters').add(v1Letter);
    await v1.table('evidence').add({ id: 'e1', findingId: 'f1', mime: 'image/png', blob: new Blob(['png']), thumbnail: null, width: 1, height: 1, createdAt: at });
    await v1.table('scans').add({ id: 'sc1', url: 'http://www.qsx.gov.test/', origin: 'http://www.qsx.gov.test', siteIdCode: '3607990001', title: '首页', checkDate: '2026-11-20', scannedAt: at, result: {} });
    await v1.table('settings').put({ key: 'settings', value: { inspector: '张三' } });
    expect(v1.verno).toBe(1);
    v1.close();

    const db = new InspectorDB(name);
    await db.open();
    expect(db.verno).toBe(5);
    const counts = await Promise.all(['findingBlocks', 'sites', 'columns', 'accounts', 'letters', 'evidence', 'scans', 'settings'].map((t) => db.table(t).count()));
    expect(counts).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);

    // Every upgraded record parses with today's schemas, and nothing the v1 writer stored changed.
    const findings = await allFindings(db);
    expect(findings).toHaveLength(2);
    for (const f of findings) expect(findingSchema.safeParse(f).success).toBe(true);
    expect(findings[0]).toMatchObject({ ...v1Finding, statusReason: null, fixedAt: null, suggestion: null, pageTitle: '', data: {} });
    expect(siteSchema.parse(await db.sites.get('s1'))).toMatchObject({ ...v1Site, isPortal: false, inOperation: true, notes: '' });
    expect(columnSchema.parse(await db.columns.get('c1'))).toMatchObject({ ...v1Column, department: null, classOverride: null });
    expect(accountSchema.parse(await db.accounts.get('a1'))).toMatchObject({ ...v1Account, inOperation: true });
    expect(letterTallySchema.parse(await db.letters.get('l1'))).toMatchObject(v1Letter);
    expect((await db.evidence.get('e1'))?.findingId).toBe('f1');

    // Upgraded rows are found by id and identity, and the accounts index added in v2 answers.
    expect((await getFinding(db, 'f2'))?.status).toBe('pending');
    expect((await findingsByIdentity(db, [v1Finding.identityKey])).get(v1Finding.identityKey)?.id).toBe('f1');
    expect(await db.accounts.where('[platform+name]').equals(['微信公众号', '青山教育']).count()).toBe(1);
    db.close();
  });
});

// The exact v3 store definitions (findings indexes pruned in v3; other tables as in v2), frozen here for v3 → v5.
const V3_STORES = {
  ...V1_STORES,
  findings:
    'id, &identityKey, createdAt, updatedAt, checkDate, [status+createdAt], [kind+createdAt], [quarter+createdAt], [siteIdCode+createdAt], [siteName+createdAt], [department+createdAt]',
  accounts: 'id, platform, department, name, [platform+name]',
};

describe('schema migration v3 → v5 (findings move into blocks)', () => {
  it('moves every finding unchanged into blocks with a key index, then drops the old table', async () => {
    const name = crypto.randomUUID();
    const v3 = new Dexie(name);
    v3.version(3).stores(V3_STORES);
    await v3.open();
    const rows = Array.from({ length: 2 * BLOCK_SIZE + 30 }, (_, i) => findingSchema.parse({
      ...v1Finding, id: `f${String(i).padStart(5, '0')}`, identityKey: `k${i}`, quarter: i % 3 ? '2026Q4' : '2026Q3', status: i % 2 ? 'pending' : 'confirmed',
      createdAt: `2026-11-${String(10 + (i % 10)).padStart(2, '0')}T02:00:00.000Z`, fixedAt: null,
    }));
    await v3.table('findings').bulkAdd(rows);
    await v3.table('accounts').add({ ...v1Account, inOperation: true, notes: '' });
    expect(v3.verno).toBe(3);
    v3.close();

    const db = new InspectorDB(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect([...db.backendDB().objectStoreNames]).not.toContain('findings');
    // Every record kept, byte for byte, in blocks of BLOCK_SIZE.
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect((await allFindings(db)).sort(byId)).toEqual([...rows].sort(byId));
    expect((await db.findingBlockMeta.toArray()).map((m) => m.count)).toEqual([BLOCK_SIZE, BLOCK_SIZE, 30]);
    expect((await allFindings(db, { quarter: '2026Q3' })).length).toBe(rows.filter((r) => r.quarter === '2026Q3').length);
    expect((await findingsByIdentity(db, ['k7'])).get('k7')?.id).toBe('f00007');
    // The key index still refuses a second finding with an upgraded finding's identity.
    await expect(putFindings(db, [{ ...rows[0]!, id: 'new' }])).rejects.toThrow('已有相同问题的记录');
    expect(await db.accounts.count()).toBe(1);
    db.close();
  });
});
