import type { InspectorDB } from '@/lib/db/schema';
import type { LinkJob, LinkResult } from '@/lib/db/records';
import type { LinkCheck } from '@/lib/links/check-link';
import { summariseRun, type LinkRunSummary } from '@/lib/links/summarise-run';

/** Time-ordered run ids, so the primary-key order of job rows is the order runs started. */
export function newRunId(now: Date, random: string): string {
  return `${now.getTime().toString(36).padStart(9, '0')}-${random.slice(0, 8)}`;
}

/** A cached result still valid at `now` (ok/dead only: suspect and skipped rows expire at once). */
export async function cachedResult(db: InspectorDB, url: string, now: number): Promise<LinkResult | undefined> {
  const row = await db.linkResults.get(url);
  return row && row.expiresAt > now && (row.verdict === 'ok' || row.verdict === 'dead') ? row : undefined;
}

/** Builds the stored row of a check; TTL for ok/dead (indicators §7.1 re-test), suspect never cached. */
export function resultRow(check: Pick<LinkCheck, 'url' | 'verdict' | 'httpStatus' | 'reason' | 'advice' | 'finalUrl' | 'chain'>, now: Date, ttlHours: number): LinkResult {
  const cacheable = check.verdict === 'ok' || check.verdict === 'dead';
  return {
    url: check.url.slice(0, 4000),
    verdict: check.verdict,
    httpStatus: check.httpStatus,
    reason: check.reason.slice(0, 500),
    advice: check.advice.slice(0, 500),
    finalUrl: check.finalUrl?.slice(0, 4000) ?? null,
    chain: check.chain.slice(0, 30).map((h) => ({ url: h.url.slice(0, 4000), status: h.status })),
    checkedAt: now.toISOString(),
    expiresAt: now.getTime() + (cacheable ? Math.round(ttlHours * 3_600_000) : 0),
  };
}

/** Writes a result and marks every pending job of that URL done (any run), in one transaction. */
export async function storeResult(db: InspectorDB, row: LinkResult): Promise<void> {
  await db.transaction('rw', db.linkResults, db.linkJobs, async () => {
    await db.linkResults.put(row);
    await db.linkJobs.where('url').equals(row.url).filter((j) => j.state === 'pending').modify({ state: 'done' });
  });
}

/** The summary of one run, read from its jobs and the results table. */
export async function readRun(db: InspectorDB, runId: string, includeOk: boolean): Promise<LinkRunSummary> {
  const jobs = await db.linkJobs.where('runId').equals(runId).toArray();
  if (jobs.length === 0) throw new Error('找不到这次链接检查，它可能已被删除。');
  const rows = await db.linkResults.bulkGet([...new Set(jobs.map((j) => j.url))]);
  const results = new Map(rows.filter((r): r is LinkResult => r !== undefined).map((r) => [r.url, r]));
  return summariseRun(runId, jobs, results, includeOk);
}

export type { LinkJob };
