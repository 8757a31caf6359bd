import { openInspectorDb } from '@/lib/db/schema';

/** The extension page's database handle (same origin as the worker, so live queries see its writes). */
export const db = openInspectorDb();

/** Asks the browser not to evict the log under storage pressure; the answer is informative only. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
