import type { Sent } from './request';
import { readSignals, type PageSignals } from './soft-404';

export interface ProbeResult {
  status: number | undefined;
  finalUrl: string | null;
  signals: PageSignals | null;
}
export type ProbeCache = Map<string, Promise<ProbeResult | null>>;

/**
 * Asks the target's host for a random path that cannot exist, once per origin: a 200 or a redirect to the home page
 * shows how that site answers for missing pages (catch-all error pages, indicators §7.1 soft 404).
 */
export function probeHost(url: string, cache: ProbeCache, send: (m: 'GET', u: string, body: boolean) => Promise<Sent>): Promise<ProbeResult | null> {
  const origin = new URL(url).origin;
  let found = cache.get(origin);
  if (!found) {
    const path = `/inspector-probe-${Math.random().toString(36).slice(2, 10)}.html`;
    found = send('GET', origin + path, true).then(
      (sent) => (sent.ok ? { status: sent.status, finalUrl: sent.finalUrl, signals: sent.html ? readSignals(sent.html) : null } : null),
      () => null,
    );
    cache.set(origin, found);
  }
  return found;
}
