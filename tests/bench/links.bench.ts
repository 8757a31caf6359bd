// Link checker figures (issue 4): politeness-bound throughput vs linkinator, bytes read for a 5 MB attachment, and
// the heap while checking 20,000 links. The first sections use the pure checker + host queue in Node with Node's
// fetch (the same code the service worker runs); the last one runs 20,000 links through the built extension in real
// Chromium and samples the service worker's JS heap over DevTools. All against real HTTP servers on 127.0.0.1–127.0.0.5.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Page } from '@playwright/test';
import { ensureBuilt } from '../../lib/cli/build';
import { putSettings } from '../../lib/cli/extension-db';
import { launchWithExtension } from '../../lib/cli/launch';
import { checkLink, type LinkCheck } from '../../lib/links/check-link';
import { createHostQueue } from '../../lib/links/host-queue';
import { mapLimit, roundRobinByHost } from '../../lib/links/run-order';
import type { ProbeResult } from '../../lib/links/probe';

const HOSTS = ['127.0.0.1', '127.0.0.2', '127.0.0.3', '127.0.0.4', '127.0.0.5'];

interface Farm {
  bases: string[];
  hits: Map<string, number>;
  written: { bytes: number };
  stop: () => Promise<void>;
}

/** One server per loopback address; every answer comes after `delayMs`. */
async function startFarm(delayMs: number, kind: 'html' | 'pdf'): Promise<Farm> {
  const hits = new Map<string, number>();
  const written = { bytes: 0 };
  const servers: Server[] = [];
  const bases: string[] = [];
  for (const host of HOSTS) {
    const server = createServer((req, res) => {
      hits.set(host, (hits.get(host) ?? 0) + 1);
      const path = req.url ?? '/';
      if (path === '/big.pdf') return bigPdf(req.method ?? 'GET', res, written);
      setTimeout(() => {
        if (path.includes('inspector-probe')) return res.writeHead(404, { 'content-type': 'text/html' }).end('<title>404</title>');
        if (kind === 'pdf') return res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': '1000' }).end(req.method === 'HEAD' ? undefined : Buffer.alloc(1000));
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>第${path}页</title><p>${'正文'.repeat(200)}</p>`);
      }, delayMs);
    });
    server.keepAliveTimeout = 5000;
    await new Promise<void>((done) => server.listen(0, host, done));
    servers.push(server);
    bases.push(`http://${host}:${(server.address() as AddressInfo).port}`);
  }
  return {
    bases,
    hits,
    written,
    stop: async () => {
      for (const s of servers) {
        s.closeAllConnections();
        await new Promise<void>((done) => s.close(() => done()));
      }
    },
  };
}

function bigPdf(method: string, res: import('node:http').ServerResponse, written: { bytes: number }) {
  if (method === 'HEAD') return res.writeHead(405).end();
  const size = 5 * 1024 * 1024;
  res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(size) });
  const block = Buffer.alloc(16 * 1024);
  const pump = () => {
    while (written.bytes < size) {
      written.bytes += block.length;
      if (!res.write(block)) return void res.once('drain', pump);
    }
    res.end();
  };
  res.on('close', () => res.removeAllListeners('drain'));
  pump();
}

/** Earliest finish allowed by the rules: starts ≥ gap apart, ≤ limit in flight, each taking `latency`. */
function politenessBound(requests: number, limit: number, gapMs: number, latencyMs: number): number {
  const ends: number[] = [];
  let last = -Infinity;
  for (let i = 0; i < requests; i += 1) {
    const start = Math.max(i === 0 ? 0 : last + gapMs, i >= limit ? ends[i - limit]! : 0);
    ends.push(start + latencyMs);
    last = start;
  }
  return ends.length ? Math.max(...ends) : 0;
}

async function runOurs(urls: string[], opts: { perHost: number; gapMs: number; globalLimit: number; probes?: boolean }) {
  const q = createHostQueue({ perHost: opts.perHost, minGapMs: opts.gapMs, globalLimit: opts.globalLimit, pauseAfterFailures: 8 });
  const probes = new Map<string, Promise<ProbeResult | null>>();
  const started = performance.now();
  const results: LinkCheck[] = [];
  // The same windowing as the service worker's runner (lib/services/link-runner.ts).
  await mapLimit(roundRobinByHost(urls), 4 * opts.globalLimit, async (u) => {
    results.push(
      await checkLink(u, {
        fetch: globalThis.fetch,
        schedule: (target, start) => q.run(new URL(target).host, start, (r) => (r && (r.status === 429 || r.status === 503) ? 'throttled' : 'ok')),
        probes: opts.probes === false ? undefined : probes,
      }),
    );
  });
  return { ms: performance.now() - started, results, maxPerHost: q.stats().maxActivePerHost };
}

async function runLinkinator(pageUrl: string, concurrency: number) {
  const { LinkChecker } = await import('linkinator');
  const started = performance.now();
  const result = await new LinkChecker().check({ path: pageUrl, concurrency, recurse: false, timeout: 15_000 });
  const broken = result.links.filter((l) => l.state === 'BROKEN');
  const why = broken[0] ? ` (first failure: ${JSON.stringify(broken[0].failureDetails ?? broken[0].status).slice(0, 200)})` : '';
  return { ms: performance.now() - started, checked: result.links.length - 1, broken: broken.length, why };
}

async function throughput(kind: 'html' | 'pdf') {
  const farm = await startFarm(100, kind);
  const urls = farm.bases.flatMap((b) => Array.from({ length: 100 }, (_, i) => `${b}/p/${i}.${kind === 'pdf' ? 'pdf' : 'html'}`));
  const page = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(urls.map((u) => `<a href="${u}">x</a>`).join('\n')));
  await new Promise<void>((done) => page.listen(0, '127.0.0.1', done));
  const pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}/`;

  const ours = await runOurs(urls, { perHost: 4, gapMs: 100, globalLimit: 20 });
  const requestsPerHost = Math.max(...[...farm.hits.values()]);
  const bound = politenessBound(requestsPerHost, 4, 100, 100);
  const boundPerLink = politenessBound(100, 4, 100, 100);
  farm.hits.clear();
  const oursNoGap = await runOurs(urls, { perHost: 4, gapMs: 0, globalLimit: 20 });
  const noGapBound = politenessBound(Math.max(...[...farm.hits.values()]), 4, 0, 100);
  const lk = await runLinkinator(pageUrl, 20);
  const okCount = ours.results.filter((r) => r.verdict === 'ok').length;
  console.log(`[${kind}] 500 links, 5 hosts × 100, 100 ms per answer, per host 4, gap 100 ms (global 20):`);
  console.log(`  ours: ${(ours.ms / 1000).toFixed(2)} s, ${okCount}/500 ok, ${requestsPerHost} requests on the busiest host, max ${ours.maxPerHost} at once per host`);
  console.log(`  politeness bound for those requests: ${(bound / 1000).toFixed(2)} s → ratio ${(ours.ms / bound).toFixed(2)} (target ≤ 1.3); bound for one request per link: ${(boundPerLink / 1000).toFixed(2)} s`);
  console.log(`  ours without the 100 ms gap (per host 4 only): ${(oursNoGap.ms / 1000).toFixed(2)} s, bound ${(noGapBound / 1000).toFixed(2)} s → ratio ${(oursNoGap.ms / noGapBound).toFixed(2)}`);
  if (lk.checked < urls.length) {
    console.log(`  linkinator: could not check the page on Node ${process.version} (${lk.checked} links checked${lk.why}); no ratio printed`);
  } else {
    console.log(`  linkinator (concurrency 20, no per-host rule): ${(lk.ms / 1000).toFixed(2)} s for ${lk.checked} links, ${lk.broken} broken`);
    console.log(`  ours / linkinator: ${(ours.ms / lk.ms).toFixed(2)} with the gap, ${(oursNoGap.ms / lk.ms).toFixed(2)} without`);
  }
  page.close();
  await farm.stop();
}

async function attachmentBytes() {
  const farm = await startFarm(0, 'pdf');
  const result = await checkLink(`${farm.bases[0]}/big.pdf`, { fetch: globalThis.fetch });
  await new Promise((done) => setTimeout(done, 200));
  console.log(`5 MB attachment, HEAD refused (405) so GET is used: verdict ${result.verdict}, bytes read by the checker ${result.bytesRead}, bytes the server pushed into the socket before the abort ${farm.written.bytes} (kernel buffers, never read)`);
  await farm.stop();
}

/** A real gc() without restarting Node with --expose-gc. */
function gcFunction(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

async function memory() {
  const gc = gcFunction();
  const farm = await startFarm(0, 'pdf');
  const urls = Array.from({ length: 20_000 }, (_, i) => `${farm.bases[i % 5]}/m/${i}.pdf`);
  gc();
  const base = process.memoryUsage().heapUsed;
  let peakRaw = base;
  let peakLive = base;
  const raw = setInterval(() => (peakRaw = Math.max(peakRaw, process.memoryUsage().heapUsed)), 50);
  const live = setInterval(() => {
    gc();
    peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
  }, 1000);
  const run = await runOurs(urls, { perHost: 4, gapMs: 0, globalLimit: 20, probes: false });
  clearInterval(raw);
  clearInterval(live);
  const mb = (n: number) => (n / 1e6).toFixed(1);
  console.log(
    `20,000 links (pure checker + queue in Node's heap, not the Chromium worker; gap 0): ${(run.ms / 1000).toFixed(1)} s, ` +
      `heap baseline ${mb(base)} MB, peak live heap after gc ${mb(peakLive)} MB (+${mb(peakLive - base)}), peak including garbage ${mb(peakRaw)} MB`,
  );
  await farm.stop();
}

/** Samples a service worker's JS heap every second over DevTools (Runtime.getHeapUsage on the worker target). */
async function heapSampler(page: Page, workerUrl: string) {
  const cdp = await page.context().newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url === workerUrl);
  if (!target) throw new Error(`service worker target ${workerUrl} not found`);
  // Non-flat attach: this session relays the worker's messages, so Playwright's own session is left alone.
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  const waiting = new Map<number, (r: { usedSize: number; totalSize: number }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const msg = JSON.parse(e.message) as { id?: number; result?: { usedSize: number; totalSize: number } };
    if (msg.id !== undefined && msg.result) waiting.get(msg.id)?.(msg.result);
  });
  let next = 0;
  const heap = () =>
    new Promise<{ usedSize: number; totalSize: number }>((resolve, reject) => {
      const id = ++next;
      waiting.set(id, resolve);
      setTimeout(() => reject(new Error('heap sample timed out')), 5000);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) });
    });
  const samples: Array<{ t: number; used: number; total: number }> = [];
  const started = performance.now();
  const timer = setInterval(() => {
    heap().then(
      (h) => samples.push({ t: performance.now() - started, used: h.usedSize, total: h.totalSize }),
      () => undefined,
    );
  }, 1000);
  return {
    samples,
    heap,
    stop: () => clearInterval(timer),
  };
}

/**
 * 20,000 links through the real extension in Chromium: a page with 20,000 attachment links over 127.0.0.1–5, the
 * check started as the side panel does, the side panel open and polling, the worker's heap sampled every second.
 * Politeness is raised for this bench through the settings record (per host 16, no gap, global 64): at the default
 * 4 per host and 100 ms gap the 5 hosts allow 50 requests/s, i.e. ~7 minutes for 20,000 links.
 */
async function workerMemory() {
  const count = Number(process.env.LINKS_BENCH_LINKS ?? 20_000);
  const limitMs = Number(process.env.LINKS_BENCH_MAX_S ?? 300) * 1000;
  const farm = await startFarm(0, 'pdf');
  const urls = Array.from({ length: count }, (_, i) => `${farm.bases[i % 5]}/w/${i}.pdf`);
  const html = `<!doctype html><meta charset="utf-8"><title>附件列表</title><ul>${urls.map((u, i) => `<li><a href="${u}">附件${i}</a></li>`).join('')}</ul>`;
  const pageServer = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((done) => pageServer.listen(0, '127.0.0.1', done));
  const pageUrl = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}/list.html`;
  const browser = await launchWithExtension(ensureBuilt((l) => console.log(l)), { headless: true, isolateNetwork: false });
  try {
    await putSettings(browser.worker, { links: { perHost: 16, minGapMs: 0, globalLimit: 64 } });
    browser.worker.on('console', (m) => m.type() === 'error' && console.log(`  worker: ${m.text().slice(0, 300)}`));
    const page = await browser.context.newPage();
    await page.goto(pageUrl);
    const tabId = await browser.tabIdOf(page);
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    const sampler = await heapSampler(panel, browser.worker.url());
    const baseline = await sampler.heap();
    const started = performance.now();
    await panel.getByTestId('links-check').click();
    const checked = async () => Number((await panel.getByTestId('links-checked').textContent({ timeout: 60_000 })) ?? 0);
    let done = 0;
    let total = 0;
    while (performance.now() - started < limitMs) {
      await new Promise((r) => setTimeout(r, 1000));
      total = Number((await panel.getByTestId('links-total').textContent().catch(() => '0')) ?? 0);
      done = await checked().catch(() => 0);
      if (total > 0 && done === total) break;
    }
    const seconds = (performance.now() - started) / 1000;
    sampler.stop();
    await new Promise((r) => setTimeout(r, 1200));
    const after = await sampler.heap();
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    const peakUsed = Math.max(...sampler.samples.map((s) => s.used));
    const peakTotal = Math.max(...sampler.samples.map((s) => s.total));
    const counts = await panel.evaluate(() => [...document.querySelectorAll('[data-testid^="links-count-"]')].map((e) => e.textContent).join(' '));
    console.log(
      `${count} links through the extension in Chromium (service worker heap via DevTools Runtime.getHeapUsage every 1 s, ${sampler.samples.length} samples; ` +
        `per host 16, gap 0, global 64 for this bench; side panel open and polling): ${done}/${total} checked in ${seconds.toFixed(1)} s` +
        `${done === total ? '' : ` — stopped at the ${limitMs / 1000} s bound`} (${counts})`,
    );
    console.log(
      `  worker JS heap: before ${mb(baseline.usedSize)} MiB, peak used ${mb(peakUsed)} MiB (incl. garbage not yet collected), ` +
        `peak heap size ${mb(peakTotal)} MiB, at the end ${mb(after.usedSize)} MiB → target < 100 MB: used heap ${peakUsed < 100e6 ? 'met' : 'NOT met'}, heap size ${peakTotal < 100e6 ? 'met' : 'NOT met'}`,
    );
  } finally {
    await browser.close();
    pageServer.close();
    await farm.stop();
  }
}

export async function run(): Promise<void> {
  const only = process.env.LINKS_BENCH;
  if (only === 'memory') return memory();
  if (only === 'worker-memory') return workerMemory();
  await throughput('pdf');
  await throughput('html');
  await attachmentBytes();
  await memory();
  await workerMemory();
}
