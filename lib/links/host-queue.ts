// The per-host queue of STYLE.md §3.6 and indicators §7.1 "be polite": a few requests at once per host with a minimum
// gap between starts, hosts in parallel under a global cap, back-off when a host answers 429/503, and a pause after
// N consecutive failed links. It knows nothing about HTTP: the caller says how each request went (for back-off) and
// whether each link failed at the host level (for the pause), so one URL's retries never pause a whole site.

export type TaskOutcome = 'ok' | 'failure' | 'throttled';

export interface HostQueueOptions {
  perHost: number;
  minGapMs: number;
  globalLimit: number;
  pauseAfterFailures: number;
  /** Longest back-off a throttling host can earn. */
  maxBackoffMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export class HostPausedError extends Error {
  override name = 'HostPausedError';
  constructor(readonly host: string) {
    super(`已暂停检查 ${host}`);
  }
}

interface HostState {
  active: number;
  nextStart: number;
  backoffMs: number;
  failures: number;
  paused: boolean;
  waiting: Array<() => void>;
  timer: boolean;
}

export interface HostQueue {
  /** Runs `task` when the host's turn comes; `judge` says whether the host throttled us (429/503 → back-off). */
  run<T>(host: string, task: () => Promise<T>, judge?: (value: T | undefined, error: unknown) => TaskOutcome): Promise<T>;
  /** Records whether a whole link failed at the host level (timeout, reset, 5xx…); N in a row pause the host. */
  report(host: string, failed: boolean): void;
  paused(): Array<{ host: string; failures: number }>;
  /** Gives paused hosts another chance (a recheck), keeping in-flight counts so limits still hold. */
  unpause(): void;
  stats(): { active: number; waiting: number; maxActivePerHost: number };
}

/** Creates a per-host queue (pure: clock and sleep injected). */
export function createHostQueue(opts: HostQueueOptions): HostQueue {
  const now = opts.now ?? (() => Date.now());
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const maxBackoff = opts.maxBackoffMs ?? 30_000;
  const hosts = new Map<string, HostState>();
  const hostOrder: string[] = [];
  let active = 0;
  let maxActivePerHost = 0;

  const stateOf = (host: string): HostState => {
    let s = hosts.get(host);
    if (!s) {
      s = { active: 0, nextStart: 0, backoffMs: 0, failures: 0, paused: false, waiting: [], timer: false };
      hosts.set(host, s);
      hostOrder.push(host);
    }
    return s;
  };

  const pump = () => {
    for (const host of hostOrder) {
      const s = hosts.get(host)!;
      while (s.waiting.length > 0 && s.active < opts.perHost && active < opts.globalLimit) {
        const wait = s.nextStart - now();
        if (wait > 0) {
          if (!s.timer) {
            s.timer = true;
            void sleep(wait).then(() => {
              s.timer = false;
              pump();
            });
          }
          break;
        }
        s.active += 1;
        active += 1;
        maxActivePerHost = Math.max(maxActivePerHost, s.active);
        s.nextStart = now() + opts.minGapMs + s.backoffMs;
        s.waiting.shift()!();
      }
    }
  };

  const settle = (s: HostState, outcome: TaskOutcome) => {
    s.active -= 1;
    active -= 1;
    if (outcome === 'throttled') {
      s.backoffMs = Math.min(maxBackoff, Math.max(500, s.backoffMs * 2));
      s.nextStart = Math.max(s.nextStart, now() + s.backoffMs);
    } else if (outcome === 'ok') {
      s.backoffMs = Math.floor(s.backoffMs / 2);
      if (s.backoffMs < 100) s.backoffMs = 0;
    }
    pump();
  };

  const report = (host: string, failed: boolean) => {
    const s = stateOf(host);
    s.failures = failed ? s.failures + 1 : 0;
    if (s.failures >= opts.pauseAfterFailures && !s.paused) {
      s.paused = true;
      for (const release of s.waiting.splice(0)) release();
    }
  };

  return {
    run(host, task, judge) {
      const s = stateOf(host);
      if (s.paused) return Promise.reject(new HostPausedError(host));
      return new Promise((resolve, reject) => {
        s.waiting.push(() => {
          if (s.paused) {
            // Released by a pause: never started, never counted.
            return reject(new HostPausedError(host));
          }
          task().then(
            (value) => {
              settle(s, judge ? judge(value, undefined) : 'ok');
              resolve(value);
            },
            (error: unknown) => {
              settle(s, judge ? judge(undefined, error) : 'failure');
              reject(error);
            },
          );
        });
        pump();
      });
    },
    report,
    unpause: () => {
      for (const s of hosts.values()) {
        s.paused = false;
        s.failures = 0;
      }
    },
    paused: () => [...hosts].filter(([, s]) => s.paused).map(([host, s]) => ({ host, failures: s.failures })),
    stats: () => ({ active, waiting: [...hosts.values()].reduce((n, s) => n + s.waiting.length, 0), maxActivePerHost }),
  };
}
