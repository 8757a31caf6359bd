// Bad input for the scanner (issue 3): an enormous page, a frame from another origin, a non-HTML response.
// Each gets a scan or a clear Chinese message; nothing crashes and nothing half-made lands in the database.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from './fixtures';
import { readStore } from './idb';

/** ~10 MB: 20,000 dated links in 50 lists plus filler text. */
function enormousPage(): string {
  const lists = Array.from({ length: 50 }, (_, l) => {
    const items = Array.from({ length: 400 }, (_, i) => `<li><a href="/art/${l}-${i}.html">第${l}组第${i}条工作动态</a><span>2026-11-${String((i % 19) + 1).padStart(2, '0')}</span></li>`);
    return `<h3>栏目${l}</h3><ul class="list">${items.join('')}</ul>`;
  });
  const filler = `<p>${'政务公开信息'.repeat(1000)}</p>`.repeat(500);
  return `<!doctype html><meta charset="utf-8"><title>超大页面</title><div class="location">当前位置：首页 &gt; 工作动态</div>${lists.join('')}${filler}`;
}

async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; base: string }> {
  const server = createServer(handler);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

test('an enormous page, a cross-origin frame and a JSON response: a scan or a Chinese message, never a crash', async ({ openTab, openExtensionPage, worker }) => {
  test.setTimeout(120_000);
  const big = enormousPage();
  const other = await listen((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<ul><li><a href="/x">外站列表</a> 2026-11-01</li></ul>'));
  const main = await listen((req, res) => {
    if (req.url === '/big.html') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(big);
    if (req.url === '/framed.html') {
      return res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<!doctype html><meta charset="utf-8"><title>嵌入外站</title><iframe src="${other.base}/"></iframe><ul class="list"><li><a href="/a">本站通知</a><span>2026-11-10</span></li><li><a href="/b">本站公告</a><span>2026-11-09</span></li></ul>`);
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"not":"html"}');
  });
  try {
    expect(Buffer.byteLength(big)).toBeGreaterThan(10_000_000);

    const huge = await openTab(`${main.base}/big.html`);
    const panel = await openExtensionPage('sidepanel.html', huge.tabId);
    await expect(panel.getByTestId('column-row').first()).toBeVisible({ timeout: 60_000 });
    const scans = await readStore<{ url: string; result: { links: unknown[]; lists: unknown[] } }>(worker, 'scans');
    expect(scans).toHaveLength(1);
    expect(scans[0]!.result.links.length).toBe(20_000);
    expect(scans[0]!.result.lists.length).toBeGreaterThanOrEqual(50);

    const framed = await openTab(`${main.base}/framed.html`);
    const framedPanel = await openExtensionPage('sidepanel.html', framed.tabId);
    await expect(framedPanel.getByTestId('column-row').first()).toBeVisible();
    await expect(framedPanel.getByRole('alert')).toHaveCount(0);

    const json = await openTab(`${main.base}/data.json`);
    const jsonPanel = await openExtensionPage('sidepanel.html', json.tabId);
    await expect(jsonPanel.getByTestId('page-kind').or(jsonPanel.getByRole('alert'))).toBeVisible();
    // Whatever the verdict on the JSON tab, the stored scans are whole, parsed records.
    for (const scan of await readStore<{ url: string; result: { url: string } }>(worker, 'scans')) expect(scan.result.url).toBe(scan.url);
  } finally {
    main.server.close();
    other.server.close();
  }
});
