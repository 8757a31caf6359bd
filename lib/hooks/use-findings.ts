import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Finding } from '@/lib/db/records';
import { FindingLog } from '@/lib/findings/log';
import { onBlocksWritten } from '@/lib/findings/store';
import type { FindingFilter, FindingSort } from '@/lib/findings/query';
import { db } from './db';

export interface FindingIds {
  /** The query these ids answer (filter + sort), so a stale answer is never shown for a new filter. */
  key: string;
  ids: string[];
  /** The first page's rows (the table shows them at once). */
  firstRows: Map<string, Finding>;
  /** False while only the first page is known (the log is still loading: no count yet, no scrolling past it). */
  complete: boolean;
}

/** Rows of the first page (also what a query shows while the log is loading). */
const FIRST_PAGE = 100;

let shared: FindingLog | null = null;
/**
 * The page's one in-memory findings log (lib/findings/log.ts), loaded on first use and then kept fresh. Marks
 * `findings:loaded` once every block is in memory (for the benchmark).
 */
export function findingLog(): FindingLog {
  if (!shared) {
    const log = (shared = new FindingLog(db).start());
    // This page's own writes (a bundle import, a review step) are taken as read, not read back from IndexedDB.
    onBlocksWritten(({ blocks, metas }) => log.adopt(blocks, metas));
    void log.ready().then(() => performance.mark('findings:loaded', { detail: { size: log.size } }));
  }
  return shared;
}

/**
 * The page's log as a snapshot for exports, imports and the report (lib/findings/store.ts `allFindings`): once loaded;
 * while it is loading, after the load (reading every block a second time beside it would take longer); null when the
 * page never opened the log (then the blocks are read directly).
 */
export async function findingLogSnapshot(): Promise<FindingLog | null> {
  if (!shared) return null;
  // A load that fails (it logs why) never becomes ready: then, after a while, read the blocks instead.
  await Promise.race([shared.ready(), new Promise((ok) => setTimeout(ok, 15_000))]);
  return shared.loaded ? shared : null;
}

/** The page's log if it is already loaded, else null (for live queries, which must not wait). */
export function loadedFindingLog(): FindingLog | null {
  return shared?.loaded ? shared : null;
}

/** The log's version: components re-render when findings change (any context's writes). */
export function useFindingLog(): { log: FindingLog; version: number; loaded: boolean } {
  const log = findingLog();
  const version = useSyncExternalStore(
    (cb) => log.subscribe(cb),
    () => log.version,
  );
  return { log, version, loaded: log.loaded };
}

/**
 * Ids of the findings matching the filter, in order, re-computed in memory when findings change. While the log is
 * loading, a 记录时间-ordered query already answers its first page once the blocks read so far make it certain;
 * everything else (and the count) waits for the load.
 */
export function useFindingIds(filter: FindingFilter, sort: FindingSort): FindingIds | undefined {
  const { log, version } = useFindingLog();
  const key = JSON.stringify([filter, sort]);
  // `key` stands for filter and sort: a new object with the same content must not re-run the query.
  return useMemo(() => answer(log, filter, sort, key), [log, version, key]);
}

function answer(log: FindingLog, filter: FindingFilter, sort: FindingSort, key: string): FindingIds | undefined {
  const ids = log.query(filter, sort);
  if (ids) {
    const firstRows = new Map(ids.slice(0, FIRST_PAGE).map((id) => [id, log.get(id)!]));
    return { key, ids, firstRows, complete: true };
  }
  const rows = log.firstRows(filter, sort, FIRST_PAGE);
  if (!rows) return undefined;
  return { key, ids: rows.map((r) => r.id), firstRows: new Map(rows.map((r) => [r.id, r])), complete: false };
}

/** The records of a window of ids (the visible rows of the virtual table). */
export function useFindingRows(ids: string[]): Map<string, Finding> | undefined {
  const { log, version } = useFindingLog();
  const joined = ids.join('|'); // the window's ids, not the array's identity
  return useMemo(() => new Map(ids.flatMap((id) => (log.get(id) ? [[id, log.get(id)!] as const] : []))), [log, version, joined]);
}

/** One finding, live: undefined while the log is loading and does not hold it yet, null when there is none. */
export function useFinding(id: string | null): Finding | null | undefined {
  const { log, loaded } = useFindingLog();
  if (!id) return null;
  return log.get(id) ?? (loaded ? null : undefined);
}

export interface FindingFacets {
  quarters: string[];
  sites: { value: string; label: string }[];
  departments: string[];
}

/** Values offered by the filter drop-downs, from the loaded log (site labels from the registry when registered). */
export function useFindingFacets(enabled = true): FindingFacets | undefined {
  const { log, version } = useFindingLog();
  const registered = useLiveQuery(async () => (enabled ? db.sites.toArray() : undefined), [enabled]);
  return useMemo(() => {
    const facets = enabled ? log.facets() : null;
    if (!facets || !registered) return undefined;
    const nameOf = new Map(registered.filter((s) => s.siteIdCode).map((s) => [s.siteIdCode!, s.name]));
    const sites = [
      ...facets.codes.map(({ code, name }) => ({ value: code, label: `${nameOf.get(code) ?? name}（${code}）` })),
      ...facets.names.map((n) => ({ value: n, label: n })),
    ];
    return { quarters: facets.quarters, sites, departments: facets.departments };
  }, [log, version, registered, enabled]);
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
