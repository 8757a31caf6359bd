import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHostQueue, HostPausedError } from '@/lib/links/host-queue';

// Fake timers drive both the queue's clock (Date.now) and its sleep (setTimeout).
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => vi.useRealTimers());

const work = (ms: number, log: Array<[string, number]>, host: string) => async () => {
  log.push([host, Date.now()]);
  await new Promise((done) => setTimeout(done, ms));
  return host;
};

describe('createHostQueue', () => {
  it('keeps at most perHost at once and a minimum gap between starts on one host', async () => {
    const q = createHostQueue({ perHost: 2, minGapMs: 100, globalLimit: 10, pauseAfterFailures: 5 });
    const log: Array<[string, number]> = [];
    const all = Promise.all(Array.from({ length: 6 }, () => q.run('a', work(1000, log, 'a'))));
    await vi.advanceTimersByTimeAsync(10_000);
    await all;
    expect(log.map(([, t]) => t)).toEqual([0, 100, 1000, 1100, 2000, 2100]);
    expect(q.stats().maxActivePerHost).toBe(2);
  });

  it('runs hosts in parallel under the global cap', async () => {
    const q = createHostQueue({ perHost: 4, minGapMs: 0, globalLimit: 3, pauseAfterFailures: 5 });
    const log: Array<[string, number]> = [];
    const all = Promise.all(['a', 'b', 'c', 'd'].map((h) => q.run(h, work(500, log, h))));
    await vi.advanceTimersByTimeAsync(5_000);
    await all;
    expect(log).toEqual([['a', 0], ['b', 0], ['c', 0], ['d', 500]]);
  });

  it('backs off a host that answers 429/503 and recovers after successes', async () => {
    const q = createHostQueue({ perHost: 1, minGapMs: 100, globalLimit: 10, pauseAfterFailures: 50 });
    const starts: number[] = [];
    const outcomes = ['throttled', 'throttled', 'ok', 'ok', 'ok'] as const;
    let i = 0;
    const all = Promise.all(
      outcomes.map(() =>
        q.run('a', async () => {
          starts.push(Date.now());
          return outcomes[i++];
        }, (v) => v ?? 'failure'),
      ),
    );
    await vi.advanceTimersByTimeAsync(10_000);
    await all;
    const gaps = starts.slice(1).map((t, k) => t - starts[k]!);
    expect(gaps[0]).toBeGreaterThanOrEqual(500); // first back-off
    expect(gaps[1]).toBeGreaterThanOrEqual(1000); // doubled
    expect(gaps[3]).toBeLessThan(gaps[1]!); // decays after successes
  });

  it('pauses a host after N consecutive failed links and rejects the rest without running them', async () => {
    const q = createHostQueue({ perHost: 1, minGapMs: 0, globalLimit: 10, pauseAfterFailures: 3 });
    let ran = 0;
    const results = Array.from({ length: 10 }, () =>
      q.run('down', async () => {
        ran += 1;
        q.report('down', true); // the link failed at the host level
        throw new Error('refused');
      }).catch((e: unknown) => e),
    );
    const other = q.run('up', async () => 'fine');
    await vi.advanceTimersByTimeAsync(1000);
    const errors = await Promise.all(results);
    expect(ran).toBe(3);
    expect(errors.filter((e) => e instanceof HostPausedError)).toHaveLength(7);
    expect(q.paused()).toEqual([{ host: 'down', failures: 3 }]);
    expect(await other).toBe('fine');
    await expect(q.run('down', async () => 1)).rejects.toBeInstanceOf(HostPausedError);
  });

  it('a success resets the failure count', () => {
    const q = createHostQueue({ perHost: 1, minGapMs: 0, globalLimit: 10, pauseAfterFailures: 2 });
    for (const failed of [true, false, true, false, true]) q.report('h', failed);
    expect(q.paused()).toEqual([]);
    q.report('h', true);
    expect(q.paused()).toEqual([{ host: 'h', failures: 2 }]);
  });

  it('unpause (a recheck) gives a paused host another chance without forgetting requests in flight', async () => {
    const q = createHostQueue({ perHost: 1, minGapMs: 0, globalLimit: 10, pauseAfterFailures: 2 });
    const log: Array<[string, number]> = [];
    const slow = q.run('h', work(1000, log, 'h'));
    q.report('h', true);
    q.report('h', true);
    await expect(q.run('h', work(10, log, 'h'))).rejects.toBeInstanceOf(HostPausedError);
    q.unpause();
    expect(q.paused()).toEqual([]);
    const next = q.run('h', work(10, log, 'h'));
    // perHost 1 still holds: the new request waits for the one in flight.
    await vi.advanceTimersByTimeAsync(1020);
    await Promise.all([slow, next]);
    expect(log).toEqual([['h', 0], ['h', 1000]]);
  });
});
