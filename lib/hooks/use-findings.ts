import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Finding } from '@/lib/db/records';
import { queryFindingIds, type FindingFilter, type FindingSort } from '@/lib/findings/query';
import { queryFindingPage } from '@/lib/findings/query-page';
import { db } from './db';

export interface FindingIds {
  /** The query these ids answer (filter + sort), so a stale answer is never shown for a new filter. */
  key: string;
  ids: string[];
  /** The first page's rows, read with the ids (the table shows them without a second read). */
  firstRows: Map<string, Finding>;
  /** False while only the first page is known (the full list, for the count and scrolling, is still loading). */
  complete: boolean;
}

/**
 * Ids of the findings matching the filter, in order; re-runs when findings change. Answers in two steps: the first
 * page straight from one index (fast with 100,000 findings), then — only once that page is shown, so the two never
 * compete for the database — the full list for the count and scrolling.
 */
export function useFindingIds(filter: FindingFilter, sort: FindingSort): FindingIds | undefined {
  const key = JSON.stringify([filter, sort]);
  const page = useLiveQuery(async () => ({ key, rows: await queryFindingPage(db, filter, sort) }), [key]);
  const pageReady = page?.key === key;
  const [shownKey, setShownKey] = useState<string | null>(null);
  useEffect(() => {
    if (!pageReady) return;
    // Start the full query after the first page has been painted.
    const id = setTimeout(() => setShownKey(key), 0);
    return () => clearTimeout(id);
  }, [pageReady, key]);
  const full = useLiveQuery(async () => (shownKey === key ? { key, ids: await queryFindingIds(db, filter, sort) } : null), [key, shownKey]);
  if (!pageReady) return undefined;
  const firstRows = new Map(page.rows.map((r) => [r.id, r]));
  if (full?.key === key) return { key, ids: full.ids, firstRows, complete: true };
  return { key, ids: page.rows.map((r) => r.id), firstRows, complete: page.rows.length < 100 };
}

/** The records of a window of ids (the visible rows of the virtual table). */
export function useFindingRows(ids: string[]): Map<string, Finding> | undefined {
  return useLiveQuery(async () => {
    const rows = await db.findings.bulkGet(ids);
    return new Map(rows.filter((r): r is Finding => Boolean(r)).map((r) => [r.id, r]));
  }, [ids.join('|')]);
}

/** One finding, live. */
export function useFinding(id: string | null): Finding | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.findings.get(id)) ?? null) : null), [id]);
}

/** Values offered by the filter drop-downs, read from the indexes (no record is loaded). */
export function useFindingFacets(enabled = true) {
  return useLiveQuery(async () => {
    if (!enabled) return undefined;
    const [quarters, codes, names, departments] = await Promise.all([
      db.findings.orderBy('quarter').uniqueKeys(),
      db.findings.orderBy('siteIdCode').uniqueKeys(),
      db.findings.orderBy('siteName').uniqueKeys(),
      db.findings.orderBy('department').uniqueKeys(),
    ]);
    const sites = await db.sites.toArray();
    const nameOf = new Map(sites.filter((s) => s.siteIdCode).map((s) => [s.siteIdCode!, s.name]));
    return {
      quarters: (quarters as string[]).reverse(),
      sites: [...(codes as string[]).map((c) => ({ value: c, label: nameOf.has(c) ? `${nameOf.get(c)}（${c}）` : c })), ...(names as string[]).filter(Boolean).map((n) => ({ value: n, label: n }))],
      departments: departments as string[],
    };
  }, [enabled]);
}

/**
 * An object URL for a stored screenshot (the thumbnail or the full image), revoked when the component unmounts
 * or the id changes. Undefined while loading, null when missing.
 */
export function useEvidenceUrl(evidenceId: string | null | undefined, which: 'thumbnail' | 'full'): string | null | undefined {
  const [url, setUrl] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (!evidenceId) {
      setUrl(null);
      return;
    }
    let created: string | null = null;
    let live = true;
    void db.evidence.get(evidenceId).then((row) => {
      const blob = row ? (which === 'thumbnail' ? (row.thumbnail ?? row.blob) : row.blob) : null;
      if (!live) return;
      created = blob ? URL.createObjectURL(blob) : null;
      setUrl(created);
    });
    return () => {
      live = false;
      if (created) URL.revokeObjectURL(created);
    };
  }, [evidenceId, which]);
  return url;
}
