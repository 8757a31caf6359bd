import { describe, expect, it } from 'vitest';
import { mapLimit, roundRobinByHost } from '@/lib/links/run-order';

describe('run order', () => {
  it('interleaves hosts and keeps every URL once', () => {
    const urls = ['http://a/1', 'http://a/2', 'http://a/3', 'http://b/1', 'not a url'];
    expect(roundRobinByHost(urls)).toEqual(['http://a/1', 'http://b/1', 'not a url', 'http://a/2', 'http://a/3']);
  });

  it('mapLimit never runs more than the limit at once and visits every item', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await mapLimit([...Array(50).keys()], 7, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((done) => setTimeout(done, 1));
      seen.push(n);
      running -= 1;
    });
    expect(most).toBe(7);
    expect(seen.sort((a, b) => a - b)).toEqual([...Array(50).keys()]);
  });
});
