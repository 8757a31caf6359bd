import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { InspectorDB } from '@/lib/db/schema';
import { countFindings, putFindings } from '@/lib/findings/store';
import { makeFinding } from '../findings/fixtures';
import { findingSchema, siteSchema } from '@/lib/db/records';

const stamp = '2026-11-20T02:00:00.000Z';

describe('InspectorDB', () => {
  it('opens a database written by a bare v1 Dexie and keeps every record', async () => {
    const name = crypto.randomUUID();
    const old = new Dexie(name);
    old.version(1).stores({ sites: 'id, siteIdCode, *origins, name', findings: 'id, &identityKey, kind' });
    await old.table('sites').add({ id: 's1', name: '青山县人民政府', siteIdCode: '3607990001', origins: ['http://www.qsx.gov.test'] });
    await old.table('findings').add({ id: 'f1', identityKey: 'k1', kind: 'dead-link' });
    old.close();

    const db = new InspectorDB(name);
    expect(await db.sites.get('s1')).toMatchObject({ name: '青山县人民政府' });
    expect(await db.sites.where('origins').equals('http://www.qsx.gov.test').count()).toBe(1);
    expect(await countFindings(db)).toBe(1);
    db.close();
  });

  it('rejects a second finding with the same identity inside a transaction and rolls back', async () => {
    const db = new InspectorDB(crypto.randomUUID());
    await expect(
      db.transaction('rw', [db.findingBlocks, db.findingBlockMeta, db.findingKeys], async () => {
        await putFindings(db, [makeFinding({ id: 'a', identityKey: 'same' })]);
        await putFindings(db, [makeFinding({ id: 'b', identityKey: 'same' })]);
      }),
    ).rejects.toThrow();
    expect(await countFindings(db)).toBe(0);
    db.close();
  });
});

describe('record schemas', () => {
  it('accepts a valid site and rejects a bad timestamp', () => {
    const site = { id: 's', name: '青山县人民政府', siteIdCode: '3607990001', origins: [], sponsor: null, responsibleUnit: null, createdAt: stamp, updatedAt: stamp };
    expect(siteSchema.parse(site).inOperation).toBe(true);
    expect(siteSchema.safeParse({ ...site, createdAt: 'yesterday' }).success).toBe(false);
  });

  it('rejects a finding with an unknown kind or a bad quarter', () => {
    const result = findingSchema.safeParse({ id: 'f', kind: 'nonsense', quarter: '2021Q5' });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('kind');
    expect(paths).toContain('quarter');
  });
});
