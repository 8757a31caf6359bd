import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLink, type CheckLinkDeps } from '@/lib/links/check-link';
import type { ProbeResult } from '@/lib/links/probe';
import { VENDOR_POLICY } from '@/lib/links/policy';
import { closedPort, startFixture, type Fixture } from './http-fixture';

// Every check goes to a real HTTP server on 127.0.0.1 through Node's real fetch.
let site: Fixture;
let catchAll: Fixture;
let homeRedirect: Fixture;
const deps = (extra: Partial<CheckLinkDeps> = {}): CheckLinkDeps => ({
  fetch: globalThis.fetch,
  timeoutMs: 400,
  backoffMs: 10,
  probes: new Map<string, Promise<ProbeResult | null>>(),
  ...extra,
});

beforeAll(async () => {
  [site, catchAll, homeRedirect] = await Promise.all([startFixture(), startFixture({ catchAll: true }), startFixture({ homeRedirect: true })]);
});
afterAll(async () => {
  await Promise.all([site.stop(), catchAll.stop(), homeRedirect.stop()]);
});

describe('checkLink against a real server', () => {
  it.each([
    ['/ok', 'ok', 'ok'],
    ['/logo.png', 'ok', 'ok'],
    ['/art/1404.html', 'ok', 'ok'],
    ['/head-405', 'ok', 'ok'],
    ['/head-404', 'ok', 'ok'],
    ['/bad-charset', 'ok', 'ok'],
    ['/gbk-normal', 'ok', 'ok'],
    ['/endless', 'ok', 'ok'],
    ['/gone', 'dead', 'http-404'],
    ['/removed', 'dead', 'http-410'],
    ['/loop-a', 'dead', 'redirect-loop'],
    ['/to-file', 'dead', 'bad-scheme'],
    ['/to-chrome', 'dead', 'bad-scheme'],
    ['/forbidden', 'suspect', 'http-403'],
    ['/unauthorized', 'suspect', 'http-401'],
    ['/busy', 'suspect', 'http-429'],
    ['/busy-long', 'suspect', 'http-429'],
    ['/error', 'suspect', 'http-5xx'],
    ['/slow', 'suspect', 'timeout'],
    ['/reset', 'suspect', 'reset'],
    ['/soft404', 'suspect', 'soft-404'],
    ['/deleted', 'suspect', 'soft-404'],
    ['/gbk-soft404', 'suspect', 'soft-404'],
    ['/gb2312-meta-only', 'suspect', 'soft-404'],
  ])('%s → %s (%s)', async (path, verdict, observation) => {
    const result = await checkLink(site.base + path, deps());
    expect({ verdict: result.verdict, observation: result.observation }).toEqual({ verdict, observation });
    expect(result.reason).toMatch(/[\u4e00-\u9fa5]/);
    if (verdict !== 'ok') expect(result.advice).not.toBe('');
  });

  it('follows redirects and reports the chain and the final URL', async () => {
    const result = await checkLink(`${site.base}/moved-twice`, deps());
    expect(result.verdict).toBe('ok');
    expect(result.finalUrl).toBe(`${site.base}/ok`);
    expect(result.chain).toEqual([
      { url: `${site.base}/moved-twice`, status: 302 },
      { url: `${site.base}/moved`, status: 301 },
    ]);
  });

  it('retries a 503 and then reports ok', async () => {
    const result = await checkLink(`${site.base}/flaky`, deps());
    expect(result.verdict).toBe('ok');
  });

  it('retries a timeout twice: three GETs after the HEAD, bounded in time', async () => {
    const started = Date.now();
    const before = site.hits.filter((h) => h === 'GET /slow').length;
    const result = await checkLink(`${site.base}/slow`, deps({ timeoutMs: 200 }));
    expect(result.observation).toBe('timeout');
    expect(site.hits.filter((h) => h === 'GET /slow').length - before).toBe(3);
    expect(Date.now() - started).toBeLessThan(4 * 200 + 500);
  });

  it('does not wait for a Retry-After beyond the cap', async () => {
    const started = Date.now();
    await checkLink(`${site.base}/busy-long`, deps());
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('a 5 MB attachment whose HEAD is refused: GET stops after the headers', async () => {
    const result = await checkLink(`${site.base}/big.pdf`, deps());
    expect(result.verdict).toBe('ok');
    expect(result.bytesRead).toBe(0);
  });

  it('reads at most 64 KB of an endless body', async () => {
    const result = await checkLink(`${site.base}/endless`, deps());
    expect(result.bytesRead).toBeGreaterThan(0);
    expect(result.bytesRead).toBeLessThanOrEqual(64 * 1024);
  });

  it('connection refused and unresolvable hosts are dead; blocked ports are dead', async () => {
    const port = await closedPort();
    expect((await checkLink(`http://127.0.0.1:${port}/x`, deps())).observation).toBe('refused');
    expect((await checkLink('http://www.nosuchhost.invalid/', deps())).observation).toBe('dns');
    const blocked = await checkLink('http://127.0.0.1:6000/', deps());
    expect([blocked.verdict, blocked.observation]).toEqual(['dead', 'blocked-port']);
  });

  it('malformed URLs, IDN hosts and non-web schemes get a verdict, never a throw', async () => {
    expect((await checkLink('http://exa mple.com/', deps())).observation).toBe('invalid-url');
    expect((await checkLink('not a url', deps())).observation).toBe('invalid-url');
    expect((await checkLink('file:///etc/passwd', deps())).observation).toBe('bad-scheme');
    const idn = await checkLink('http://政府.invalid/', deps());
    expect(idn.verdict).toBe('dead');
    expect(idn.observation).toBe('dns');
  });

  it('recognises a catch-all host by its random-path probe, but keeps its real home page ok', async () => {
    const probes = new Map<string, Promise<ProbeResult | null>>();
    expect((await checkLink(`${catchAll.base}/xxgk/2019/old.html`, deps({ probes }))).observation).toBe('soft-404');
    expect((await checkLink(`${catchAll.base}/`, deps({ probes }))).verdict).toBe('ok');
    expect(catchAll.hits.filter((h) => h.includes('inspector-probe')).length).toBe(1);
  });

  it('recognises a site that redirects missing pages to its home page', async () => {
    const result = await checkLink(`${homeRedirect.base}/old/page.html`, deps());
    expect(result.observation).toBe('redirect-home');
    expect(result.verdict).toBe('suspect');
  });

  it('a province can restore the vendor policy: 403 confirmed, DNS failure suspected', async () => {
    expect((await checkLink(`${site.base}/forbidden`, deps({ policy: VENDOR_POLICY }))).verdict).toBe('dead');
    expect((await checkLink('http://www.nosuchhost.invalid/', deps({ policy: VENDOR_POLICY }))).verdict).toBe('suspect');
  });
});
