import type { Page, Worker } from '@playwright/test';

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
