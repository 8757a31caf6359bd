import { strFromU8, strToU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBundle } from '@/lib/bundle/export-bundle';
import { importBundleFile } from '@/lib/bundle/import-file';
import { readBundle } from '@/lib/bundle/read-bundle';
import type { Finding } from '@/lib/db/records';
import type { InspectorDB } from '@/lib/db/schema';
import { allFindings, getFinding, putFindings } from '@/lib/findings/store';
import { loadHonghe } from '../report/honghe';
import { counts, freshDb } from './db-helpers';

const now = new Date('2021-04-20T01:00:00.000Z');
const dbs: InspectorDB[] = [];
const make = () => {
  const db = freshDb();
  dbs.push(db);
  return db;
};
/** The exported file's bytes (JSON comes back as text). */
const bytesOf = ({ data }: { data: string | Uint8Array }) => (typeof data === 'string' ? strToU8(data) : data);
const byId = (rows: Finding[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function seeded() {
  const db = make();
  const r = await importBundleFile(db, new TextEncoder().encode(JSON.stringify(loadHonghe())), { write: true });
  if (!r.ok) throw new Error(r.error);
  return db;
}

describe('exporting bundles', () => {
  it('the whole log round-trips: export → import into an empty database gives the same records', async () => {
    const db = await seeded();
    const out = await exportBundle(db, { now });
    expect(out.fileName).toBe('巡检问题包-全部-2021-04-20.json');
    const read = readBundle(bytesOf(out));
    if (!read.ok) throw new Error(read.error);
    expect(read.bundle).toMatchObject({ format: 'gov-site-inspector-bundle', version: 1, exportedAt: '2021-04-20T01:00:00.000Z' });
    expect(read.bundle.settings.report?.issuer).toBe('红河州人民政府办公室');
    const copy = make();
    await importBundleFile(copy, bytesOf(out), { write: true });
    expect(await counts(copy)).toEqual(await counts(db));
    expect(byId(await allFindings(copy))).toEqual(byId(await allFindings(db)));
  });

  it('a quarter filter keeps that quarter\'s findings and tallies, and all registries', async () => {
    const db = await seeded();
    const read = readBundle(bytesOf(await exportBundle(db, { now, quarter: '2020Q4' })));
    if (!read.ok) throw new Error(read.error);
    expect(new Set(read.bundle.findings.map((f) => f.quarter))).toEqual(new Set(['2020Q4']));
    expect(read.bundle.findings).toHaveLength(6);
    expect(read.bundle.letters.map((l) => l.id)).toEqual(['letter-2020Q4-1']);
    expect([read.bundle.sites.length, read.bundle.accounts.length]).toEqual([14, 243]);
  });

  it('a site filter keeps the site, its columns and its findings only', async () => {
    const db = await seeded();
    const read = readBundle(bytesOf(await exportBundle(db, { now, siteId: 'site-jianshui' })));
    if (!read.ok) throw new Error(read.error);
    expect(read.bundle.sites.map((s) => s.name)).toEqual(['建水县人民政府']);
    expect(new Set(read.bundle.findings.map((f) => f.siteIdCode))).toEqual(new Set(['5325240001']));
    expect(read.bundle.columns.every((c) => c.siteId === 'site-jianshui')).toBe(true);
    expect(read.bundle.accounts).toEqual([]);
  });

  it('with screenshots: a zip holding bundle.json and the images, imported back with the images', async () => {
    const db = await seeded();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const finding = (await getFinding(db, 'f-0001'))!;
    await db.evidence.put({ id: 'ev-1', findingId: finding.id, mime: 'image/png', blob: new Blob([png], { type: 'image/png' }), thumbnail: null, width: 10, height: 10, createdAt: '2021-03-03T02:00:00.000Z' });
    await putFindings(db, [{ ...finding, evidence: { ...finding.evidence, screenshotIds: ['ev-1'] } }]);
    const out = await exportBundle(db, { now, screenshots: true });
    expect(out.fileName.endsWith('.zip')).toBe(true);
    const files = unzipSync(bytesOf(out));
    expect(Object.keys(files).sort()).toEqual(['bundle.json', 'screenshots/ev-1.png']);
    expect(JSON.parse(strFromU8(files['bundle.json']!)).evidence[0]).toMatchObject({ id: 'ev-1', file: 'screenshots/ev-1.png' });
    const copy = make();
    const r = await importBundleFile(copy, bytesOf(out), { write: true });
    expect(r.ok && r.plan.tables.evidence).toEqual({ added: 1, updated: 0, unchanged: 0, conflicts: 0 });
    const stored = await copy.evidence.get('ev-1');
    expect(new Uint8Array(await stored!.blob.arrayBuffer())).toEqual(png);
  });
});
