/** What the checker saw for one URL, after following redirects, confirming with GET and retrying. */
export type Observation =
  | { kind: 'ok'; status: number; redirected: boolean }
  | { kind: 'http'; status: number }
  | { kind: 'dns' }
  | { kind: 'refused' }
  | { kind: 'blocked-port' }
  | { kind: 'redirect-loop' }
  | { kind: 'bad-scheme'; scheme: string; viaRedirect: boolean }
  | { kind: 'timeout' }
  | { kind: 'reset' }
  | { kind: 'network'; detail: string }
  | { kind: 'soft-404'; evidence: string }
  | { kind: 'redirect-home'; finalUrl: string }
  | { kind: 'invalid-url' }
  | { kind: 'host-paused'; host: string };

/** The key an observation is looked up by in a verdict policy (`http-404`, `http-5xx`, `dns` …). */
export type ObservationKey =
  | 'ok'
  | 'http-404'
  | 'http-410'
  | 'http-401'
  | 'http-403'
  | 'http-412'
  | 'http-429'
  | 'http-999'
  | 'http-5xx'
  | 'http-other'
  | Exclude<Observation['kind'], 'ok' | 'http'>;

/** Maps an observation to its policy key. */
export function observationKey(obs: Observation): ObservationKey {
  if (obs.kind !== 'http') return obs.kind;
  const s = obs.status;
  if ([404, 410, 401, 403, 412, 429, 999].includes(s)) return `http-${s}` as ObservationKey;
  if (s >= 500 && s <= 599) return 'http-5xx';
  return 'http-other';
}
