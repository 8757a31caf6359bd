import type { LinkVerdict } from '@/lib/db/records';
import { classify } from './classify';
import type { Observation, ObservationKey } from './observation';
import { observationKey } from './observation';
import { PRODUCT_POLICY, type VerdictPolicy } from './policy';
import { probeHost, type ProbeCache } from './probe';
import { sendRequest, type Hop, type NetLog, type RequestDeps, type Schedule, type Sent } from './request';
import { readSignals, soft404Evidence, samePage, SOFT_404_PHRASES } from './soft-404';

export interface CheckLinkDeps {
  fetch: typeof fetch;
  /** The politeness queue: every request (HEAD, GET, retries, probes, redirect hops) waits for its turn here. */
  schedule?: Schedule;
  /** 15 s: the official availability rule (indicators §7.1). */
  timeoutMs?: number;
  retries?: number;
  sleep?: (ms: number) => Promise<void>;
  redirectMode?: 'manual' | 'follow';
  netLog?: NetLog;
  /** Same-host random-path probes, one per origin, shared by the links of a run. */
  probes?: ProbeCache;
  policy?: VerdictPolicy;
  phrases?: readonly string[];
  backoffMs?: number;
  /** A longer Retry-After than this is not waited for. */
  maxRetryAfterMs?: number;
  maxBodyBytes?: number;
}

/** The outcome of checking one URL; LinkResult without the cache timestamps. */
export interface LinkCheck {
  url: string;
  verdict: LinkVerdict;
  httpStatus: number | null;
  reason: string;
  advice: string;
  finalUrl: string | null;
  chain: Hop[];
  observation: ObservationKey;
  requests: number;
  bytesRead: number;
}

const RETRYABLE = new Set<ObservationKey>(['timeout', 'reset', 'network', 'http-5xx', 'http-429', 'dns', 'refused']);
const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Checks one URL politely and returns a verdict; never throws (indicators §7.1: HEAD shortcut, GET confirms). */
export async function checkLink(url: string, deps: CheckLinkDeps): Promise<LinkCheck> {
  const policy = deps.policy ?? PRODUCT_POLICY;
  const stats = { requests: 0, bytes: 0 };
  const finish = (obs: Observation, sent: Sent | null): LinkCheck => {
    const c = classify(obs, policy);
    return {
      url,
      ...c,
      httpStatus: sent?.ok ? sent.status : null,
      finalUrl: sent?.ok ? sent.finalUrl : null,
      chain: (sent?.chain ?? []).slice(0, 30),
      observation: observationKey(obs),
      requests: stats.requests,
      bytesRead: stats.bytes,
    };
  };
  try {
    const parsed = new URL(url);
    if (!/^https?:$/.test(parsed.protocol)) return finish({ kind: 'bad-scheme', scheme: parsed.protocol, viaRedirect: false }, null);
  } catch {
    return finish({ kind: 'invalid-url' }, null);
  }
  const req: RequestDeps = {
    fetch: deps.fetch,
    schedule: deps.schedule,
    timeoutMs: deps.timeoutMs ?? 15_000,
    redirectMode: deps.redirectMode ?? 'manual',
    netLog: deps.netLog,
    maxBodyBytes: deps.maxBodyBytes ?? 64 * 1024,
    maxRedirects: 10,
  };
  const send = async (method: 'HEAD' | 'GET', target: string, wantBody: boolean) => {
    stats.requests += 1;
    const sent = await sendRequest(target, method, wantBody, req);
    if (sent.ok) stats.bytes += sent.bytes;
    return sent;
  };
  try {
    // HEAD is only a shortcut: a 2xx answer for a non-HTML target (image, attachment) is enough.
    const head = await send('HEAD', url, false);
    if (head.ok && head.status < 300 && head.contentType !== null && !/html|xml/i.test(head.contentType)) {
      return finish({ kind: 'ok', status: head.status, redirected: head.chain.length > 0 }, head);
    }
    // Everything else is confirmed with GET (reading at most 64 KB), retrying transient failures.
    const retries = deps.retries ?? 2;
    for (let attempt = 0; ; attempt += 1) {
      const target = head.ok && head.status < 300 ? head.finalUrl : url;
      const got = await send('GET', target, true);
      const sent: Sent = head.ok && head.status < 300 && got.ok ? { ...got, chain: [...head.chain, ...got.chain] } : got;
      const obs = await observe(url, sent, deps, send);
      const key = observationKey(obs);
      const wait = attempt < retries && RETRYABLE.has(key) ? retryDelay(sent, attempt, deps) : null;
      if (wait === null) return finish(obs, sent);
      await (deps.sleep ?? pause)(wait);
    }
  } catch (error) {
    // The host was paused by the queue (or another unexpected failure): report it, never throw.
    const host = safeHost(url);
    if (error instanceof Error && error.name === 'HostPausedError') return finish({ kind: 'host-paused', host }, null);
    return finish({ kind: 'network', detail: error instanceof Error ? error.message : String(error) }, null);
  }
}

async function observe(url: string, sent: Sent, deps: CheckLinkDeps, send: (m: 'GET', u: string, b: boolean) => Promise<Sent>): Promise<Observation> {
  if (!sent.ok) return sent.failure;
  if (sent.status >= 300) return { kind: 'http', status: sent.status };
  if (sent.html === null) return { kind: 'ok', status: sent.status, redirected: sent.chain.length > 0 };
  const signals = readSignals(sent.html);
  const evidence = soft404Evidence(signals, deps.phrases ?? SOFT_404_PHRASES);
  if (evidence) return { kind: 'soft-404', evidence };
  if (deps.probes) {
    const probe = await probeHost(url, deps.probes, send);
    if (probe?.status !== undefined && probe.status < 300) {
      const original = new URL(url);
      const final = new URL(sent.finalUrl);
      const toRoot = /^\/(index\.\w+)?$/.test(final.pathname) && !/^\/(index\.\w+)?$/.test(original.pathname);
      if (toRoot && probe.finalUrl === sent.finalUrl) return { kind: 'redirect-home', finalUrl: sent.finalUrl };
      if (!toRoot && probe.signals && samePage(signals, probe.signals) && original.pathname !== '/') {
        return { kind: 'soft-404', evidence: '与该网站对不存在地址的回应相同' };
      }
    }
  }
  return { kind: 'ok', status: sent.status, redirected: sent.chain.length > 0 };
}

/** Back-off before a retry; honours Retry-After (seconds or a date) up to a cap, else null (do not retry). */
function retryDelay(sent: Sent, attempt: number, deps: CheckLinkDeps): number | null {
  const base = (deps.backoffMs ?? 500) * 2 ** attempt;
  const header = sent.ok ? sent.retryAfter : null;
  if (!header) return base;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  if (!Number.isFinite(ms)) return base;
  if (ms > (deps.maxRetryAfterMs ?? 30_000)) return null;
  return Math.max(base, ms);
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 100);
  }
}
