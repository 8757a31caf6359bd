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
  await (target as Worker).evaluate(async (settings) => {
    const open = indexedDB.open('gov-site-inspector');
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    try {
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction('settings', 'readwrite');
        tx.objectStore('settings').put({ key: 'settings', value: settings });
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
    } finally {
      db.close();
    }
  }, value);
}

/** Every finding of the extension's log, read from its blocks (lib/findings/store.ts). */
export async function readFindings<T = Record<string, unknown>>(target: ExtensionContext): Promise<T[]> {
  const blocks = await readStore<{ rows: T[] }>(target, 'findingBlocks');
  return blocks.flatMap((b) => b.rows);
}

/**
 * Seeds an EMPTY findings log with rows in the stored layout (blocks, meta rows, key index) computed here by the
 * extension's own `layoutFindings`. Rows must be valid findings. Run it after the extension has opened its database.
 */
export async function seedFindings(target: ExtensionContext, rows: Finding[]): Promise<void> {
  await (target as Worker).evaluate(async (layout) => {
    const open = indexedDB.open('gov-site-inspector');
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    try {
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction(['findingBlocks', 'findingBlockMeta', 'findingKeys'], 'readwrite');
        const count = tx.objectStore('findingBlockMeta').count();
        count.onsuccess = () => {
          if (count.result > 0) return tx.abort();
          for (const b of layout.blocks) tx.objectStore('findingBlocks').put(b);
          for (const m of layout.metas) tx.objectStore('findingBlockMeta').put(m);
          for (const k of layout.buckets) tx.objectStore('findingKeys').put(k);
        };
        tx.oncomplete = () => ok();
        tx.onabort = () => fail(new Error('seedFindings: the findings log is not empty'));
      });
    } finally {
      db.close();
    }
  }, layoutFindings(rows));
}
