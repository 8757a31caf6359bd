// The runner behind links/check with a real HTTP server and a real (fake-indexeddb) Dexie database; only the tab's
// link collection (a content script in the extension) is replaced by the targets it would return.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InspectorDB } from '@/lib/db/schema';
import type { LinkTarget } from '@/lib/scan/types';
import { createLinkRunner } from '@/lib/services/link-runner';
import { loadSettings, saveSettings, settingsSchema } from '@/lib/settings/settings';
import { startFixture, type Fixture } from './http-fixture';

let fx: Fixture;
beforeAll(async () => (fx = await startFixture()));
afterAll(() => fx.stop());

const target = (url: string): LinkTarget => ({ url, kind: 'a', text: url, selector: 'a', hidden: false, skipReason: null });

function runnerFor(db: InspectorDB, paths: string[]) {
  return createLinkRunner({
    db,
    fetch: globalThis.fetch,
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    browserVersion: () => null,
    collect: async () => ({ pageUrl: `${fx.base}/ok`, links: paths.map((p) => target(`${fx.base}${p}`)) }),
  });
}

async function finished(runner: ReturnType<typeof createLinkRunner>, runId: string) {
  for (let i = 0; i < 200; i += 1) {
    const s = await runner.status(runId, true);
    if (s.finished) return s;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error('run did not finish');
}

describe('link runner: verdict policy setting', () => {
  it('defaults to this product’s policy', () => {
    expect(settingsSchema.parse({}).links.policy).toBe('product');
  });

  it('product policy: 403 suspect, 410 dead; vendor policy (chosen in settings): 403 dead, 410 suspect', async () => {
    const paths = ['/forbidden', '/removed', '/gone'];
    const verdicts = async (policy: 'product' | 'vendor') => {
      const db = new InspectorDB(crypto.randomUUID());
      const settings = await loadSettings(db);
      await saveSettings(db, { ...settings, links: { ...settings.links, policy } });
      const runner = runnerFor(db, paths);
      const { runId } = await runner.start(1);
      const s = await finished(runner, runId);
      db.close();
      return Object.fromEntries(s.items.map((i) => [new URL(i.url).pathname, i.verdict]));
    };
    expect(await verdicts('product')).toEqual({ '/forbidden': 'suspect', '/removed': 'dead', '/gone': 'dead' });
    expect(await verdicts('vendor')).toEqual({ '/forbidden': 'dead', '/removed': 'suspect', '/gone': 'dead' });
  });
});

describe('link runner: stop and recheck', () => {
  it('stopping a run sends no further requests and stores no half-done check', async () => {
    const db = new InspectorDB(crypto.randomUUID());
    const settings = await loadSettings(db);
    await saveSettings(db, { ...settings, links: { ...settings.links, perHost: 2, timeoutMs: 1000, retries: 0, pauseAfterFailures: 100 } });
    const paths = Array.from({ length: 10 }, (_, i) => `/slow?s=${i}`);
    const runner = runnerFor(db, paths);
    const { runId } = await runner.start(1);
    await new Promise((done) => setTimeout(done, 300));
    const slowHits = () => fx.hits.filter((h) => h.endsWith(' /slow')).length;
    const seen = slowHits();
    expect(await runner.cancel(runId)).toEqual({ cancelled: 10 });
    // The two requests in flight time out (1 s); none of the queued GETs or other links start afterwards.
    await new Promise((done) => setTimeout(done, 2500));
    expect(slowHits()).toBe(seen);
    expect(seen).toBeGreaterThanOrEqual(1);
    expect(seen).toBeLessThanOrEqual(2);
    expect(await db.linkResults.count()).toBe(0);
    expect(await db.linkJobs.count()).toBe(0);
    db.close();
  });

  it('two rechecks of one link at once check it once more, not twice', async () => {
    const db = new InspectorDB(crypto.randomUUID());
    const runner = runnerFor(db, ['/forbidden', '/gone', '/ok']);
    const { runId } = await runner.start(1);
    await finished(runner, runId);
    const before = fx.hits.filter((h) => h.endsWith(' /forbidden')).length;
    await Promise.all([runner.recheck({ url: `${fx.base}/forbidden` }), runner.recheck({ url: `${fx.base}/forbidden` })]);
    const s = await finished(runner, runId);
    await new Promise((done) => setTimeout(done, 100));
    expect(s.counts).toEqual({ ok: 1, dead: 1, suspect: 1, skipped: 0 });
    // One HEAD and one GET for the recheck: the second request joined the pass already running.
    expect(fx.hits.filter((h) => h.endsWith(' /forbidden')).length - before).toBe(2);
    db.close();
  });
});
