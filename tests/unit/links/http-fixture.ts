// A real HTTP server on 127.0.0.1 for the link checker's unit tests (no mocked fetch).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const html = (title: string, body: string, charset = 'utf-8') =>
  `<!doctype html><html><head><meta charset="${charset}"><title>${title}</title></head><body>${body}</body></html>`;
const page = (status: number, body: string | Buffer, type = 'text/html; charset=utf-8', extra: Record<string, string> = {}): Handler => (_req, res) => {
  res.writeHead(status, { 'content-type': type, ...extra });
  res.end(body);
};
const go = (status: number, location: string): Handler => (_req, res) => {
  res.writeHead(status, { location });
  res.end();
};
const article = html('G404国道改造工程通过交工验收', `<h1>G404国道改造工程通过交工验收</h1><p>${'近日，G404国道青山段改造工程顺利通过交工验收。'.repeat(20)}</p>`);

export interface Fixture {
  base: string;
  port: number;
  /** Requests seen, by method and path. */
  hits: string[];
  /** Bytes the server managed to write for each path. */
  written: Map<string, number>;
  stop: () => Promise<void>;
}

export async function startFixture(opts: { catchAll?: boolean; homeRedirect?: boolean } = {}): Promise<Fixture> {
  const hits: string[] = [];
  const written = new Map<string, number>();
  const flakySeen = new Set<string>();
  const routes: Record<string, Handler> = {
    '/ok': page(200, html('政务公开', '<h1>政务公开</h1><p>正文内容</p>')),
    '/art/1404.html': page(200, article),
    '/logo.png': page(200, Buffer.alloc(100), 'image/png'),
    '/gone': page(404, html('404 页面不存在', '<h1>404</h1>')),
    '/removed': page(410, html('已删除', '')),
    '/forbidden': page(403, html('禁止访问', '')),
    '/unauthorized': page(401, html('未授权', '')),
    '/busy': page(429, html('访问过于频繁', ''), 'text/html', { 'retry-after': '0' }),
    '/busy-long': page(429, html('访问过于频繁', ''), 'text/html', { 'retry-after': '3600' }),
    '/error': page(500, html('服务器错误', '')),
    '/head-405': (req, res) => (req.method === 'HEAD' ? page(405, '')(req, res) : page(200, html('热线', '<p>热线</p>'))(req, res)),
    '/head-404': (req, res) => (req.method === 'HEAD' ? page(404, '')(req, res) : page(200, html('正常', '<p>正常</p>'))(req, res)),
    '/moved': go(301, '/ok'),
    '/moved-twice': go(302, '/moved'),
    '/loop-a': go(302, '/loop-b'),
    '/loop-b': go(302, '/loop-a'),
    '/to-file': go(302, 'file:///etc/passwd'),
    '/to-chrome': go(302, 'chrome://settings'),
    '/soft404': page(200, html('页面不存在', '<p>您访问的页面不存在或已被删除。</p>')),
    '/deleted': page(200, html('提示信息', '<div><h2>提示信息</h2><p>信息已删除</p><a href="/">返回首页</a></div>')),
    '/gbk-soft404': page(200, iconv.encode(html('您访问的页面不存在', '<p>抱歉</p>', 'gbk'), 'gbk'), 'text/html; charset=GBK'),
    '/gb2312-meta-only': page(200, iconv.encode(html('提示', '<p>信息不存在</p>', 'gb2312'), 'gbk'), 'text/html'),
    '/gbk-normal': page(200, iconv.encode(html('县政府工作报告', `<p>${'全县经济平稳增长。'.repeat(30)}</p>`, 'gbk'), 'gbk'), 'text/html; charset=GBK'),
    '/bad-charset': page(200, html('县档案馆', '<p>县档案馆</p>'), 'text/html; charset=x-nonsense'),
    '/flaky': (req, res) => {
      if (flakySeen.has(req.method ?? '')) return page(200, html('正常', '<p>好了</p>'))(req, res);
      flakySeen.add(req.method ?? '');
      page(503, '', 'text/html', { 'retry-after': '0' })(req, res);
    },
    '/slow': (_req, res) => {
      const t = setTimeout(() => page(200, html('慢', ''))(_req, res), 5000);
      res.on('close', () => clearTimeout(t));
    },
    '/reset': (req) => req.socket.destroy(),
    '/endless': (req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      if (req.method === 'HEAD') return void res.end();
      const chunk = `<p>${'县城主干道通行正常。'.repeat(100)}</p>`;
      const timer = setInterval(() => res.write(chunk), 1);
      res.on('close', () => clearInterval(timer));
    },
    '/big.pdf': (req, res) => {
      // HEAD refused, so the checker must GET, and it must stop after the headers.
      if (req.method === 'HEAD') return page(405, '')(req, res);
      const size = 5 * 1024 * 1024;
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(size) });
      let sent = 0;
      const block = Buffer.alloc(16 * 1024, 0x25);
      const pump = () => {
        while (sent < size) {
          sent += block.length;
          written.set('/big.pdf', sent);
          if (!res.write(block)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    },
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push(`${req.method} ${path}`);
    const route = routes[path];
    if (route && !(opts.catchAll && path !== '/' && !routes[path])) return route(req, res);
    if (path === '/') return page(200, html('首页', `<h1>欢迎</h1><p>${'首页内容'.repeat(50)}</p>`))(req, res);
    if (opts.homeRedirect) return go(302, '/')(req, res);
    if (opts.catchAll) return page(200, html('白云县人民政府', '<p>对不起，您要查看的内容暂时无法显示。</p>'))(req, res);
    page(404, html('404', ''))(req, res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    hits,
    written,
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A port with nothing listening on it. */
export async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}
