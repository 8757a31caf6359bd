import type { LinkJob, LinkResult, LinkVerdict } from '@/lib/db/records';
import { HOST_PAUSED_PREFIX } from './classify';

export interface LinkRunItem {
  url: string;
  verdict: LinkVerdict | 'pending';
  httpStatus: number | null;
  reason: string;
  advice: string;
  finalUrl: string | null;
  chain: LinkResult['chain'];
  onSite: boolean;
  pageUrl: string;
  isHomePage: boolean;
  locations: LinkJob['locations'];
}

export interface LinkRunSummary {
  runId: string;
  pageUrl: string;
  isHomePage: boolean;
  total: number;
  checked: number;
  counts: Record<LinkVerdict, number>;
  pausedHosts: string[];
  finished: boolean;
  /** Dead, suspect and skipped targets (all targets when asked with includeOk). */
  items: LinkRunItem[];
}

/** Progress and results of one run, from its job rows and the cached results (pure). */
export function summariseRun(runId: string, jobs: LinkJob[], results: Map<string, LinkResult>, includeOk = false): LinkRunSummary {
  const counts: Record<LinkVerdict, number> = { ok: 0, dead: 0, suspect: 0, skipped: 0 };
  const paused = new Set<string>();
  const items: LinkRunItem[] = [];
  let checked = 0;
  for (const job of jobs) {
    const r = job.state === 'done' ? results.get(job.url) : undefined;
    if (r) {
      checked += 1;
      counts[r.verdict] += 1;
      if (r.reason.startsWith(HOST_PAUSED_PREFIX)) paused.add(hostOf(job.url));
    }
    if (!r || (r.verdict === 'ok' && !includeOk)) continue;
    items.push({
      url: job.url,
      verdict: r.verdict,
      httpStatus: r.httpStatus,
      reason: r.reason,
      advice: r.advice,
      finalUrl: r.finalUrl,
      chain: r.chain,
      onSite: job.onSite,
      pageUrl: job.pageUrl,
      isHomePage: job.isHomePage,
      locations: job.locations,
    });
  }
  const first = jobs[0];
  return {
    runId,
    pageUrl: first?.pageUrl ?? '',
    isHomePage: first?.isHomePage ?? false,
    total: jobs.length,
    checked,
    counts,
    pausedHosts: [...paused],
    finished: checked === jobs.length,
    items,
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
