import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Finding } from '@/lib/db/records';
import { queryFindingIds, type FindingFilter, type FindingSort } from '@/lib/findings/query';
import { queryFindingStart } from '@/lib/findings/query-page';
import { FindingTextIndex } from '@/lib/findings/text-index';
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

let sharedIndex: FindingTextIndex | null = null;
/** The page's one free-text index of the findings log (built on first use, then kept fresh). */
export function findingTextIndex(): FindingTextIndex {
  return (sharedIndex ??= new FindingTextIndex(db));
}

/**
 * State of the free-text index; `build` starts building it in the background (call it once the log is shown, so
 * the build never delays the first rows). Marks `findings:text-index` when ready (for the benchmark).
 */
export function useTextIndexState(build: boolean): { ready: boolean; version: number } {
  const index = findingTextIndex();
  const version = useSyncExternalStore((cb) => index.subscribe(cb), () => index.version);
  useEffect(() => {
    if (!build || index.ready) return;
    const id = setTimeout(() => void index.start().then(() => performance.mark('findings:text-index', { detail: { size: index.size } })), 300);
    return () => clearTimeout(id);
  }, [build, index]);
  return { ready: index.ready, version };
}

/**
 * Ids of the findings matching the filter, in order; re-runs when findings change. Answers in two steps: the first
 * page straight from one index (fast with 100,000 findings), then — only once that page is shown, so the two never
 * compete for the database — the full list for the count and scrolling. Combined filters and free text answer both
 * at once from keys and the in-memory text index.
 */
export function useFindingIds(filter: FindingFilter, sort: FindingSort): FindingIds | undefined {
  const key = JSON.stringify([filter, sort]);
  const index = findingTextIndex();
  // Queries also re-run when the text index changes (it follows writes a moment after the live query): free text
  // and 记录时间 order without an equality filter are answered from it.
  const textVersion = useSyncExternalStore((cb) => index.subscribe(cb), () => index.version);
  const page = useLiveQuery(async () => ({ key, ...(await queryFindingStart(db, filter, sort, 100, index)) }), [key, textVersion]);
  const pageReady = page?.key === key;
  const [shownKey, setShownKey] = useState<string | null>(null);
  useEffect(() => {
    if (!pageReady || page.ids) return;
    // Start the full query after the first page has been painted.
    const id = setTimeout(() => setShownKey(key), 0);
    return () => clearTimeout(id);
  }, [pageReady, key, page?.ids]);
  const full = useLiveQuery(async () => (shownKey === key && !page?.ids ? { key, ids: await queryFindingIds(db, filter, sort, index) } : null), [key, shownKey, Boolean(page?.ids)]);
  if (!pageReady) return undefined;
  const firstRows = new Map(page.rows.map((r) => [r.id, r]));
  if (page.ids) return { key, ids: page.ids, firstRows, complete: true };
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
