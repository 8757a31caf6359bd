import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';

/** The latest stored scans of one page URL, newest first (undefined while loading). */
export function usePageScans(url: string | null, limit = 5) {
  return useLiveQuery(
    async () => (url ? (await db.scans.where('url').equals(url).sortBy('scannedAt')).reverse().slice(0, limit) : []),
    [url, limit],
  );
}
