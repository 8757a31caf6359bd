import type { Hop, NetLog } from '@/lib/links/request';

interface Seen {
  at: number;
  error?: string;
  redirect?: { status: number; next: string };
}

// fetch() in a service worker says only "Failed to fetch" and hides redirect statuses. webRequest (observe-only)
// reports Chromium's net error (ERR_NAME_NOT_RESOLVED vs ERR_CONNECTION_RESET — dead vs suspect, indicators §7.1)
// and each redirect hop. Listeners are added synchronously at worker start.

/** Watches the worker's own requests; returns undefined where webRequest is unavailable (unit tests). */
export function createNetLog(): NetLog | undefined {
  const api = (globalThis as { chrome?: { webRequest?: typeof browser.webRequest } }).chrome?.webRequest;
  if (!api?.onErrorOccurred) return undefined;
  const seen = new Map<string, Seen>();
  const filter = { urls: ['<all_urls>'], tabId: -1 };
  const remember = (url: string, patch: Partial<Seen>) => {
    if (seen.size > 5000) {
      const old = Date.now() - 120_000;
      for (const [k, v] of seen) if (v.at < old) seen.delete(k);
    }
    seen.set(url, { ...seen.get(url), ...patch, at: Date.now() });
  };
  api.onErrorOccurred.addListener((d) => remember(d.url, { error: d.error }), filter);
  api.onBeforeRedirect.addListener((d) => remember(d.url, { redirect: { status: d.statusCode, next: d.redirectUrl } }), filter);
  return {
    failureOf: async (url) => {
      // The event can land just after fetch() rejects.
      for (let i = 0; i < 10; i += 1) {
        const error = seen.get(url)?.error;
        if (error) {
          seen.delete(url);
          return error;
        }
        await new Promise((done) => setTimeout(done, 20));
      }
      return null;
    },
    hopsFrom: (url) => {
      const hops: Hop[] = [];
      for (let at: string | undefined = url; at && hops.length < 20; ) {
        const r: Seen['redirect'] = seen.get(at)?.redirect;
        if (!r || hops.some((h) => h.url === at)) break;
        hops.push({ url: at, status: r.status });
        at = r.next;
      }
      return hops;
    },
  };
}
