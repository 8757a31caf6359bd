import type { Page, Worker } from '@playwright/test';
import type { Finding } from '@/lib/db/records';
import { layoutFindings } from '@/lib/findings/store';

/** The service worker or any extension page: both share the extension origin's IndexedDB. */
type ExtensionContext = Pick<Worker | Page, 'evaluate'>;

/** Reads every row of one object store of the extension's database. */
export function readStore<T = Record<string, unknown>>(target: ExtensionContext, store: string): Promise<T[]> {
  return (target as Worker).evaluate(async (name) => {
    const open = indexedDB.open('gov-site-inspector');
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    try {
      // Dexie creates its stores on first use; before that, the table simply has no rows.
      if (!db.objectStoreNames.contains(name)) return [];
      return await new Promise<unknown[]>((ok, fail) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
    } finally {
      db.close();
    }
  }, store) as Promise<T[]>;
}

/**
 * Replaces the settings record (missing fields take their defaults when the extension reads it), e.g. shorter link
 * timeouts for tests or a looser politeness for a benchmark. Run it after the extension has opened its database.
 */
export async function putSettings(target: ExtensionContext, value: Record<string, unknown>): Promise<void> {
  await putRows(target, 'settings', [{ key: 'settings', value }]);
}

/** Every finding of the extension's log, read from its blocks (lib/findings/store.ts). */
export async function readFindings<T = Record<string, unknown>>(target: ExtensionContext): Promise<T[]> {
  const blocks = await readStore<{ rows: T[] }>(target, 'findingBlocks');
  return blocks.flatMap((b) => b.rows);
}

/**
 * Seeds an EMPTY findings log with rows in the stored layout (blocks, meta rows, key index) computed here by the
 * extension's own `layoutFindings`. Rows must be valid findings. Run it after the extension has opened its database.
 * Blocks go over in slices of ten (a 100,000-finding log is ~85 MB, too much for one DevTools message); the meta
 * rows, which readers start from, go last.
 */
export async function seedFindings(target: ExtensionContext, rows: Finding[]): Promise<void> {
  if ((await readStore(target, 'findingBlockMeta')).length > 0) throw new Error('seedFindings: the findings log is not empty');
  const { blocks, metas, buckets } = layoutFindings(rows);
  for (let i = 0; i < blocks.length; i += 10) await putRows(target, 'findingBlocks', blocks.slice(i, i + 10));
  await putRows(target, 'findingKeys', buckets);
  await putRows(target, 'findingBlockMeta', metas);
}

/**
 * Puts rows into one object store of the extension's database, in one transaction. The database must already exist
 * (an extension page or the worker opened it): creating it here would bypass the Dexie schema.
 */
export async function putRows(target: ExtensionContext, store: string, rows: unknown[]): Promise<void> {
  await (target as Worker).evaluate(async ([name, values]) => {
    const open = indexedDB.open('gov-site-inspector');
    open.onupgradeneeded = () => open.transaction!.abort();
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    try {
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction(name, 'readwrite');
        for (const v of values) tx.objectStore(name).put(v);
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
    } finally {
      db.close();
    }
  }, [store, rows] as const);
}
