import { useCallback, useEffect, useState } from 'react';
import { sendRequest } from '@/lib/messaging/send';
import type { LinkRunSummary } from '@/lib/links/summarise-run';
import { db } from './db';

/** The id of the newest link-check run of a page (run ids sort by start time), or null. */
export async function latestLinkRun(pageUrl: string): Promise<string | null> {
  const job = await db.linkJobs.orderBy(':id').reverse().filter((j) => j.pageUrl === pageUrl).first();
  return job?.runId ?? null;
}

/**
 * Summaries of the runs shown in the panel, polled from the worker while they are unfinished (a 20,000-link run
 * writes too often for a live query over every row).
 */
export function useLinkRuns(runIds: string[]) {
  const [summaries, setSummaries] = useState<Record<string, LinkRunSummary>>({});
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async (ids: string[]) => {
    for (const runId of ids) {
      const reply = await sendRequest({ type: 'links/status', runId, includeOk: false });
      if (reply.ok) setSummaries((s) => ({ ...s, [runId]: reply.data }));
      else setError(reply.error);
    }
  }, []);
  useEffect(() => {
    void refresh(runIds);
    const timer = setInterval(() => {
      setSummaries((s) => {
        const open = runIds.filter((id) => !s[id]?.finished);
        if (open.length > 0) void refresh(open);
        return s;
      });
    }, 800);
    return () => clearInterval(timer);
  }, [runIds.join(','), refresh]);
  return { summaries, error, refresh: () => refresh(runIds) };
}
