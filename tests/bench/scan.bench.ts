// Scanner benchmarks (issue 3): a 1,000-link, 50-list page scanned by the real content script in Chromium, and a
// 60-column crawl over a local server answering with 50 ms latency. Prints figures; asserts nothing.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ensureBuilt } from '../../lib/cli/build';
import { launchWithExtension } from '../../lib/cli/launch';

const date = (i: number) => `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;

function bigPage(): string {
  const lists = Array.from({ length: 50 }, (_, l) => {
    const items = Array.from({ length: 20 }, (_, i) => `<li><a href="/art/${l}_${i}.html">第${l}栏第${i}条信息标题示例文字</a><span>${date(l + i)}</span></li>`).join('');
    return `<div class="box"><div class="box-hd"><h3>栏目${l}</h3></div><ul class="list">${items}</ul></div>`;
  }).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>基准页面</title></head><body>${lists}<div class="footer">网站标识码：3607990001 赣ICP备12345678号</div></body></html>`;
}

function columnPage(n: number, total: number): string {
  const nav = n === 0 ? Array.from({ length: total }, (_, i) => `<li><a href="/c${i + 1}/">栏目${i + 1}</a></li>`).join('') : '';
  const items = Array.from({ length: 15 }, (_, i) => `<li><a href="/c${n}/art${i}.html">信息${i}</a><span>${date(i)}</span></li>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>栏目${n}</title></head><body><ul class="nav">${nav}</ul><div class="location">当前位置：首页 &gt; 栏目${n}</div><div class="main"><ul class="list">${items}</ul></div></body></html>`;
}

export async function run(): Promise<void> {
  const columns = 60;
  const server = createServer((req, res) => {
    setTimeout(() => {
      const path = req.url ?? '/';
      const body = path === '/big.html' ? bigPage() : path === '/' ? columnPage(0, columns) : columnPage(Number(/\/c(\d+)\//.exec(path)?.[1] ?? 0), columns);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    }, req.url === '/big.html' ? 0 : 50);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  const browser = await launchWithExtension(ensureBuilt((l) => process.stderr.write(`${l}\n`)), { headless: true, isolateNetwork: true });
  try {
    const page = await browser.context.newPage();
    await page.goto(`http://127.0.0.1:${port}/big.html`);
    const tabId = await browser.tabIdOf(page);
    const times: number[] = [];
    let links = 0;
    for (let i = 0; i < 15; i += 1) {
      const reply = await browser.request({ type: 'scan/tab', tabId, checkDate: '2026-12-31' });
      if (!reply.ok) throw new Error(reply.error);
      times.push(reply.data.scan.durationMs);
      if (i === 14) console.log('stage timings (last run, ms):', JSON.stringify(reply.data.scan.timings));
      links = reply.data.scan.links.length;
    }
    times.sort((a, b) => a - b);
    console.log(`page scan (${links} links, 50 lists) in the content script: median ${times[7]!.toFixed(1)} ms, min ${times[0]!.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms (target < 100 ms)`);

    const home = await browser.context.newPage();
    await home.goto(`http://127.0.0.1:${port}/`);
    const started = Date.now();
    const crawl = await browser.request({ type: 'scan/crawl', tabId: await browser.tabIdOf(home), depth: 1, checkDate: '2026-12-31' });
    if (!crawl.ok) throw new Error(crawl.error);
    for (;;) {
      const s = await browser.request({ type: 'scan/crawl-status', runId: crawl.data.runId });
      if (!s.ok) throw new Error(s.error);
      if (s.data.state !== 'running') {
        const failed = s.data.pages.filter((p) => p.error).length;
        console.log(`crawl of ${s.data.done - 1} columns (50 ms latency): ${((Date.now() - started) / 1000).toFixed(2)} s, ${failed} failed (target < 10 s)`);
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await browser.close();
    server.close();
  }
}
