import type { Worker } from '@playwright/test';

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
