import type { Worker } from '@playwright/test';

/** Reads every row of one object store of the extension's database, through its service worker. */
export function readStore<T = Record<string, unknown>>(worker: Worker, store: string): Promise<T[]> {
  return worker.evaluate(async (name) => {
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
