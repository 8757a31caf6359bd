import { strToU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { importBundleFile, mergeRead, type ReadBundle } from '@/lib/bundle/import-file';
import { readBundle } from '@/lib/bundle/read-bundle';
import type { InspectorDB } from '@/lib/db/schema';
import { allFindings, deleteFindings, getFinding, putFindings } from '@/lib/findings/store';
import { loadHonghe } from '../report/honghe';
import { freshDb } from './db-helpers';

// A confirm takes over its preview's findings plan only while the log is as the preview saw it (the blocks' meta
// rows); otherwise it plans again, so a local edit made meanwhile is never overwritten by an older bundle record.
const honghe = () => JSON.parse(JSON.stringify(loadHonghe())) as Record<string, any>;
const later = '2021-04-02T10:00:00.000+08:00';
const latest = '2021-04-03T10:00:00.000+08:00';
let db: InspectorDB;
afterEach(() => db?.delete());

/** A log holding the honghe bundle; a bundle in which its first finding was fixed later, previewed. */
async function previewed() {
  db = freshDb();
  await importBundleFile(db, strToU8(JSON.stringify(loadHonghe())), { write: true });
  const b = honghe();
  b.findings[0] = { ...b.findings[0], status: 'fixed', updatedAt: later };
  const read = readBundle(strToU8(JSON.stringify(b))) as ReadBundle;
  const preview = await mergeRead(db, read, { write: false });
  if (!preview.ok) throw new Error(preview.error);
  expect(preview.plan.tables.findings).toMatchObject({ updated: 1, conflicts: 0 });
  const confirm = () => mergeRead(db, read, { write: true, reuse: preview.findings });
  return { id: b.findings[0].id as string, preview, confirm };
}

describe('confirming a previewed import', () => {
  it('an unchanged log: the preview\'s findings plan is taken over and written', async () => {
    const { id, preview, confirm } = await previewed();
    const done = await confirm();
    expect(done.ok && [done.reusedPreview, done.plan]).toEqual([true, preview.plan]);
    expect(await getFinding(db, id)).toMatchObject({ status: 'fixed', updatedAt: later });
  });

  it('a local edit after the preview: the confirm plans again and keeps the newer local record', async () => {
    const { id, confirm } = await previewed();
    await putFindings(db, [{ ...(await getFinding(db, id))!, status: 'ignored', updatedAt: latest }]);
    const done = await confirm();
    expect(done.ok && [done.reusedPreview, done.plan.tables.findings]).toEqual([false, expect.objectContaining({ updated: 0, conflicts: 1 })]);
    expect(await getFinding(db, id)).toMatchObject({ status: 'ignored', updatedAt: latest });
  });

  it('the log emptied and refilled with the same rows, one of them newer: noticed (revisions only grow)', async () => {
    const { id, confirm } = await previewed();
    const rows = await allFindings(db);
    await deleteFindings(db, rows.map((r) => r.id));
    await putFindings(db, rows.map((r) => (r.id === id ? { ...r, status: 'ignored', updatedAt: latest } : r)));
    const done = await confirm();
    expect(done.ok && done.reusedPreview).toBe(false);
    expect(await getFinding(db, id)).toMatchObject({ status: 'ignored', updatedAt: latest });
  });

  it('a site mapped to another local site since the preview: the findings are planned again', async () => {
    const { confirm } = await previewed();
    // The bundle's first site now exists locally under another id with the same 网站标识码, so its findings move.
    const site = (await db.sites.toArray())[0]!;
    await db.sites.delete(site.id);
    await db.sites.put({ ...site, id: 'renamed-site' });
    const done = await confirm();
    expect(done.ok && done.reusedPreview).toBe(false);
  });
});
