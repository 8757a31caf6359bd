import type { LinkJob } from '@/lib/db/records';
import { checkLink } from '@/lib/links/check-link';
import { HOST_PAUSED_PREFIX } from '@/lib/links/classify';
import { dedupeTargets } from '@/lib/links/dedupe';
import { createHostQueue, type HostQueue, type TaskOutcome } from '@/lib/links/host-queue';
import type { ObservationKey } from '@/lib/links/observation';
import { isHomePageUrl, isOnSite } from '@/lib/links/page-kind';
import { mapLimit, roundRobinByHost } from '@/lib/links/run-order';
import type { ProbeResult } from '@/lib/links/probe';
import type { NetLog } from '@/lib/links/request';
import { loadSettings, type Settings } from '@/lib/settings/settings';
import type { BackgroundDeps } from './deps';
import { collectTabLinks } from './link-collect';
import { cachedResult, newRunId, readRun, resultRow, storeResult } from './link-store';

export interface LinkRunnerDeps extends BackgroundDeps {
  netLog?: NetLog;
  collect?: typeof collectTabLinks;
}

const HOST_FAILURES = new Set<ObservationKey>(['timeout', 'reset', 'network', 'dns', 'refused', 'http-5xx', 'http-429']);

/** Runs link checks for tabs: job rows in Dexie (resumable), one polite queue shared by every run. */
export function createLinkRunner(deps: LinkRunnerDeps) {
  let queue: HostQueue | null = null;
  const inflight = new Map<string, Promise<void>>();
  const cancelled = new Set<string>();
  const probes = new Map<string, Promise<ProbeResult | null>>();

  const queueFor = (s: Settings['links']) =>
    (queue ??= createHostQueue({ perHost: s.perHost, minGapMs: s.minGapMs, globalLimit: s.globalLimit, pauseAfterFailures: s.pauseAfterFailures }));

  const judge = (res: Response | undefined, error: unknown): TaskOutcome => {
    if (error || !res) return 'failure';
    return res.status === 429 || res.status === 503 ? 'throttled' : 'ok';
  };

  const checkOne = async (url: string, settings: Settings['links']): Promise<void> => {
    const now = deps.now().getTime();
    const cached = await cachedResult(deps.db, url, now);
    if (cached) return storeResult(deps.db, cached);
    const q = queueFor(settings);
    const check = await checkLink(url, {
      fetch: deps.fetch,
      schedule: (target, start) => q.run(new URL(target).host, start, judge),
      timeoutMs: settings.timeoutMs,
      retries: settings.retries,
      redirectMode: 'follow',
      netLog: deps.netLog,
      probes,
    });
    // Only host-level failures of whole links (after retries) count towards pausing the host.
    if (check.observation !== 'host-paused') q.report(new URL(url).host, HOST_FAILURES.has(check.observation));
    await storeResult(deps.db, resultRow(check, deps.now(), settings.cacheTtlHours));
  };

  /** Checks every pending job of a run (each URL once, even across runs). */
  const process = async (runId: string): Promise<void> => {
    const settings = (await loadSettings(deps.db)).links;
    const pending = await deps.db.linkJobs.where({ runId, state: 'pending' }).toArray();
    // Host-interleaved, a bounded window at a time: memory stays flat for 20,000-link runs.
    await mapLimit(roundRobinByHost([...new Set(pending.map((j) => j.url))]), 4 * settings.globalLimit, async (url) => {
        if (cancelled.has(runId)) return;
        let running = inflight.get(url);
        if (!running) {
          running = checkOne(url, settings).catch((e: unknown) => console.error('链接检查出错', url, e)).finally(() => inflight.delete(url));
          inflight.set(url, running);
        }
        await running;
      });
  };

  return {
    async start(tabId: number) {
      const { pageUrl, links } = await (deps.collect ?? collectTabLinks)(tabId);
      const now = deps.now();
      const runId = newRunId(now, deps.newId());
      const home = isHomePageUrl(pageUrl);
      const unique = dedupeTargets(links);
      const jobs: LinkJob[] = unique.map((t, i) => ({
        id: `${runId}:${String(i).padStart(6, '0')}`,
        runId,
        url: t.url.slice(0, 4000),
        state: t.skipReason ? 'done' : 'pending',
        pageUrl: pageUrl.slice(0, 2000),
        isHomePage: home,
        onSite: isOnSite(t.url, pageUrl),
        locations: t.locations.map((l) => ({ selector: l.selector, frameSelector: l.frameSelector, text: `${l.hidden ? '[隐藏] ' : ''}${l.text}`.slice(0, 500), kind: l.kind })),
        enqueuedAt: now.getTime(),
      }));
      const skipped = unique.filter((t) => t.skipReason);
      await deps.db.transaction('rw', deps.db.linkJobs, deps.db.linkResults, async () => {
        await deps.db.linkJobs.bulkAdd(jobs);
        await deps.db.linkResults.bulkPut(
          skipped.map((t) => resultRow({ url: t.url, verdict: 'skipped', httpStatus: null, reason: t.skipReason ?? '', advice: '', finalUrl: null, chain: [] }, now, 0)),
        );
      });
      void process(runId);
      return { runId, total: jobs.length, pageUrl };
    },
    status: (runId: string, includeOk: boolean) => readRun(deps.db, runId, includeOk),
    async recheck(input: { runId?: string; url?: string }) {
      const jobs = input.runId
        ? await deps.db.linkJobs.where('runId').equals(input.runId).toArray()
        : await deps.db.linkJobs.where('url').equals(input.url ?? '').toArray();
      const targets = jobs.filter((j) => !(input.url && j.url !== input.url));
      const skippedUrls = new Set((await deps.db.linkResults.bulkGet(targets.map((j) => j.url))).filter((r) => r?.verdict === 'skipped' && !r.reason.startsWith(HOST_PAUSED_PREFIX)).map((r) => r!.url));
      const redo = targets.filter((j) => !skippedUrls.has(j.url));
      await deps.db.transaction('rw', deps.db.linkJobs, deps.db.linkResults, async () => {
        await deps.db.linkResults.bulkDelete([...new Set(redo.map((j) => j.url))]);
        await deps.db.linkJobs.bulkPut(redo.map((j) => ({ ...j, state: 'pending' as const })));
      });
      queue = null; // a recheck starts with a fresh queue: paused hosts get another chance
      for (const runId of new Set(redo.map((j) => j.runId))) {
        cancelled.delete(runId);
        void process(runId);
      }
      return { queued: redo.length };
    },
    async cancel(runId: string) {
      cancelled.add(runId);
      const cancelledJobs = await deps.db.linkJobs.where({ runId, state: 'pending' }).delete();
      return { cancelled: cancelledJobs };
    },
    /** Resumes runs whose jobs were still pending when the worker stopped. */
    async resume() {
      const pending = await deps.db.linkJobs.where('state').equals('pending').toArray();
      for (const runId of new Set(pending.map((j) => j.runId))) void process(runId);
    },
  };
}
