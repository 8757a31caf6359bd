import type { Worker } from '@playwright/test';

/**
 * Writes rows into one store of the extension's database from the service worker (raw IndexedDB, one transaction).
 * The database must already exist (an extension page opened it): creating it here would bypass the Dexie schema.
 */
export function putRows(worker: Worker, store: string, rows: unknown[]): Promise<void> {
  return worker.evaluate(
    async ({ name, items }) => {
      const open = indexedDB.open('gov-site-inspector');
      open.onupgradeneeded = () => open.transaction!.abort();
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      try {
        await new Promise<void>((ok, fail) => {
          const tx = db.transaction(name, 'readwrite');
          for (const item of items) tx.objectStore(name).put(item);
          tx.oncomplete = () => ok();
          tx.onerror = () => fail(tx.error);
        });
      } finally {
        db.close();
      }
    },
    { name: store, items: rows },
  );
}

/** Evidence rows with their Blob sizes (Blobs do not cross evaluate()). */
export function readEvidence(worker: Worker): Promise<{ id: string; findingId: string | null; mime: string; size: number; thumbSize: number | null; width: number }[]> {
  return worker.evaluate(async () => {
    const open = indexedDB.open('gov-site-inspector');
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const rows = await new Promise<{ id: string; findingId: string | null; mime: string; blob: Blob; thumbnail: Blob | null; width: number }[]>((ok, fail) => {
      const req = db.transaction('evidence').objectStore('evidence').getAll();
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    db.close();
    return rows.map((r) => ({ id: r.id, findingId: r.findingId, mime: r.mime, size: r.blob.size, thumbSize: r.thumbnail?.size ?? null, width: r.width }));
  });
}
