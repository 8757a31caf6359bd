import type { LinkJob } from '@/lib/db/records';
import { checkLink } from '@/lib/links/check-link';
import { HOST_PAUSED_PREFIX } from '@/lib/links/classify';
import { dedupeTargets } from '@/lib/links/dedupe';
import { createHostQueue, type HostQueue, type TaskOutcome } from '@/lib/links/host-queue';
import type { ObservationKey } from '@/lib/links/observation';
import { isHomePageUrl, isOnSite } from '@/lib/links/page-kind';
import { mapLimit, roundRobinByHost } from '@/lib/links/run-order';
import { POLICIES } from '@/lib/links/policy';
import type { ProbeResult } from '@/lib/links/probe';
import type { NetLog } from '@/lib/links/request';
import { loadSettings, type Settings } from '@/lib/settings/settings';
import type { BackgroundDeps } from './deps';
import { collectTabLinks } from './link-collect';
import { cachedResult, newRunId, readRun, resultRow, storeResult } from './link-store';
import type { LinkRunSummary } from '@/lib/links/summarise-run';

export interface LinkRunnerDeps extends BackgroundDeps {
  netLog?: NetLog;
  collect?: typeof collectTabLinks;
}

const HOST_FAILURES = new Set<ObservationKey>(['timeout', 'reset', 'network', 'dns', 'refused', 'http-5xx', 'http-429']);

/** Thrown instead of starting a request nobody wants any more (its runs were stopped). */
class CancelledError extends Error {
  override name = 'CancelledError';
}

/** Runs link checks for tabs: job rows in Dexie (resumable), one polite queue shared by every run. */
export function createLinkRunner(deps: LinkRunnerDeps) {
  let queue: HostQueue | null = null;
  const inflight = new Map<string, Promise<void>>();
  const cancelled = new Set<string>();
  const probes = new Map<string, Promise<ProbeResult | null>>();
  /** URL → the runs waiting for it in this worker; a check whose runs were all stopped sends nothing more. */
  const wanted = new Map<string, Set<string>>();
  /** Runs being processed → whether another pass was asked for (a recheck while the run is still going). */
  const passes = new Map<string, boolean>();
  /**
   * Status reads per run: concurrent polls share one read, and an unfinished run's summary is reused for 1 s. Reading
   * a 20,000-link run takes a while; without this, side-panel polls pile up in the worker and starve the checks.
   */
  const statusReads = new Map<string, { at: number; summary: Promise<LinkRunSummary>; done: boolean }>();

  const queueFor = (s: Settings['links']) =>
    (queue ??= createHostQueue({ perHost: s.perHost, minGapMs: s.minGapMs, globalLimit: s.globalLimit, pauseAfterFailures: s.pauseAfterFailures }));
  const stillWanted = (url: string) => [...(wanted.get(url) ?? [])].some((r) => !cancelled.has(r));

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
      schedule: (target, start) => q.run(new URL(target).host, () => (stillWanted(url) ? start() : Promise.reject(new CancelledError())), judge),
      timeoutMs: settings.timeoutMs,
      retries: settings.retries,
      redirectMode: 'follow',
      netLog: deps.netLog,
      probes,
      // indicators §7.1: the verdict policy the inspector chose (this product's by default, or the vendor's).
      policy: POLICIES[settings.policy],
    });
    // Stopped while checking: the half-done check is neither stored nor counted against the host.
    if (!stillWanted(url)) return;
    // Only host-level failures of whole links (after retries) count towards pausing the host.
    if (check.observation !== 'host-paused') q.report(new URL(url).host, HOST_FAILURES.has(check.observation));
    await storeResult(deps.db, resultRow(check, deps.now(), settings.cacheTtlHours));
  };

  /** One pass over the pending jobs of a run (each URL once, even across runs). */
  const pass = async (runId: string): Promise<void> => {
    const settings = (await loadSettings(deps.db)).links;
    const urls = new Set<string>();
    // Row by row, keeping only the URLs: a 20,000-link run never holds every job (with its locations) at once.
    await deps.db.linkJobs.where('[runId+state]').equals([runId, 'pending']).each((j) => void urls.add(j.url));
    // Host-interleaved, a bounded window at a time: memory stays flat for 20,000-link runs.
    await mapLimit(roundRobinByHost([...urls]), 4 * settings.globalLimit, async (url) => {
      if (cancelled.has(runId)) return;
      const runs = wanted.get(url) ?? new Set<string>();
      wanted.set(url, runs.add(runId));
      let running = inflight.get(url);
      if (!running) {
        running = checkOne(url, settings).catch((e: unknown) => console.error('链接检查出错', url, e)).finally(() => inflight.delete(url));
        inflight.set(url, running);
      }
      await running;
      runs.delete(runId);
      if (runs.size === 0 && wanted.get(url) === runs) wanted.delete(url);
    });
  };

  /** Checks every pending job of a run; a second call while it runs asks for one more pass instead of doubling up. */
  const process = async (runId: string): Promise<void> => {
    if (passes.has(runId)) return void passes.set(runId, true);
    try {
      do {
        passes.set(runId, false);
        await pass(runId);
      } while (passes.get(runId) && !cancelled.has(runId));
    } finally {
      passes.delete(runId);
    }
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
    status(runId: string, includeOk: boolean): Promise<LinkRunSummary> {
      const key = `${runId}|${includeOk}`;
      const last = statusReads.get(key);
      if (last && (!last.done || Date.now() - last.at < 1000)) return last.summary;
      const entry = { at: Date.now(), done: false, summary: readRun(deps.db, runId, includeOk) };
      statusReads.set(key, entry);
      entry.summary.then(
        (s) => {
          entry.done = true;
          entry.at = Date.now();
          if (s.finished) statusReads.delete(key);
        },
        () => statusReads.delete(key),
      );
      return entry.summary;
    },
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
      statusReads.clear();
      queue?.unpause(); // paused hosts get another chance; in-flight requests still count towards the limits
      for (const runId of new Set(redo.map((j) => j.runId))) {
        cancelled.delete(runId);
        void process(runId);
      }
      return { queued: redo.length };
    },
    async cancel(runId: string) {
      cancelled.add(runId);
      statusReads.clear();
      const cancelledJobs = await deps.db.linkJobs.where({ runId, state: 'pending' }).delete();
      statusReads.clear();
      return { cancelled: cancelledJobs };
    },
    /** Resumes runs whose jobs were still pending when the worker stopped. */
    async resume() {
      const runIds = new Set<string>();
      await deps.db.linkJobs.where('state').equals('pending').each((j) => void runIds.add(j.runId));
      for (const runId of runIds) void process(runId);
      return [...runIds];
    },
  };
}
