import { describeFailure } from './net-failure';
import type { Observation } from './observation';
import { decodeHtml, readPrefix } from '@/lib/net/body';

export interface Hop {
  url: string;
  status: number;
}

/** Sees what fetch() hides in a service worker: Chromium's net error and the redirect hops (webRequest). */
export interface NetLog {
  failureOf: (url: string) => Promise<string | null>;
  hopsFrom: (url: string) => Hop[];
}

/** Runs one request when the politeness queue allows; the timeout starts only when the request does. */
export type Schedule = (url: string, start: () => Promise<Response>) => Promise<Response>;

export interface RequestDeps {
  fetch: typeof fetch;
  schedule?: Schedule;
  timeoutMs: number;
  /** `manual` walks redirects itself (Node exposes Location); `follow` lets the browser follow (service worker). */
  redirectMode: 'manual' | 'follow';
  netLog?: NetLog;
  maxBodyBytes: number;
  maxRedirects: number;
}

export type Sent =
  | { ok: true; status: number; finalUrl: string; chain: Hop[]; contentType: string | null; retryAfter: string | null; html: string | null; bytes: number }
  | { ok: false; failure: Extract<Observation, { kind: string }>; chain: Hop[] };

const isHtml = (ct: string | null) => ct === null || /html|xml/i.test(ct);

/** One request (HEAD or GET), redirects followed, body prefix read only when asked and the answer is HTML. */
export async function sendRequest(url: string, method: 'HEAD' | 'GET', wantBody: boolean, deps: RequestDeps): Promise<Sent> {
  const chain: Hop[] = [];
  let current = url;
  for (let hop = 0; hop <= deps.maxRedirects; hop += 1) {
    const controller = new AbortController();
    let timedOut = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const start = () => {
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, deps.timeoutMs);
      return deps.fetch(target, { method, redirect: deps.redirectMode, signal: controller.signal, credentials: 'omit', cache: 'no-store' });
    };
    const target = current;
    try {
      const res = await (deps.schedule ? deps.schedule(target, start) : start());
      if (res.type === 'opaqueredirect') {
        // A browser hides Location from manual redirects: let it follow, and read the hops from the net log.
        controller.abort();
        return sendRequest(current, method, wantBody, { ...deps, redirectMode: 'follow' }).then((r) => ({ ...r, chain: [...chain, ...r.chain] }));
      }
      const location = res.headers.get('location');
      if (deps.redirectMode === 'manual' && res.status >= 300 && res.status < 400 && location) {
        controller.abort();
        chain.push({ url: current, status: res.status });
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          return { ok: false, failure: { kind: 'bad-scheme', scheme: location.slice(0, 40), viaRedirect: true }, chain };
        }
        if (!/^https?:$/.test(next.protocol)) return { ok: false, failure: { kind: 'bad-scheme', scheme: next.protocol, viaRedirect: true }, chain };
        if (chain.some((h) => h.url === next.href)) return { ok: false, failure: { kind: 'redirect-loop' }, chain };
        current = next.href;
        continue;
      }
      if (res.redirected) chain.push(...redirectHops(current, res, deps.netLog));
      const contentType = res.headers.get('content-type');
      const body = wantBody && method === 'GET' && res.status < 300 && isHtml(contentType) ? (await readPrefix(res, deps.maxBodyBytes)).bytes : null;
      controller.abort();
      return {
        ok: true,
        status: res.status,
        finalUrl: res.url || current,
        chain,
        contentType,
        retryAfter: res.headers.get('retry-after'),
        html: body ? decodeHtml(body, contentType).html : null,
        bytes: body?.byteLength ?? 0,
      };
    } catch (error) {
      if (error instanceof Error && error.name === 'HostPausedError') throw error;
      if (timedOut) return { ok: false, failure: { kind: 'timeout' }, chain };
      const netError = deps.netLog ? await deps.netLog.failureOf(current) : null;
      return { ok: false, failure: describeFailure(error, netError), chain };
    } finally {
      clearTimeout(timer);
    }
  }
  return { ok: false, failure: { kind: 'redirect-loop' }, chain };
}

function redirectHops(start: string, res: Response, netLog: NetLog | undefined): Hop[] {
  const hops = netLog?.hopsFrom(start) ?? [];
  // Without a net log the intermediate statuses are unknown (0); the final URL is still right.
  return hops.length > 0 ? hops : [{ url: start, status: 0 }];
}
