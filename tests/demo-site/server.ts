// The demo government site 青山县人民政府: one HTTP server, virtual hosts chosen by the Host header, every date
// rendered at request time relative to `today`. See expected.json for what a scan of each page should find.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import iconv from 'iconv-lite';
import { PDF_SIZE, pdfStream, STATIC_FILES } from './assets';
import { HOSTS, type RenderContext } from './context';
import { createDateHelper, parseIsoDate, todayInShanghai } from './dates';
import type { SiteKey } from './layout';
import { findArticle, renderArticle } from './pages/articles';
import { renderCzyjs, renderJgzn, renderZdxm } from './pages/empty';
import { renderGbkColumn } from './pages/gbk';
import { renderGhjh, renderGsgg, renderRsxx, renderTjxx, renderTzgg, renderZcwj } from './pages/gov-info';
import { renderHome } from './pages/home';
import { renderDepartmentHome, renderOtherHome, renderOtherNotFound } from './pages/hosts';
import {
  renderBasePage, renderBaseTarget, renderDeletedInfo, renderNotFound, renderSoft404, renderTrapsPage,
} from './pages/links';
import { renderLetter, renderMailbox } from './pages/mailbox';
import { renderBmdt, renderGzdt, renderSpxw, renderSpxwFrame, renderTpxw, renderXzdt, renderYwdt } from './pages/news';
import { renderRollover } from './pages/rollover';
import { renderSection } from './pages/sections';
import { send, TRAP_ROUTES, type TrapState } from './traps';

export interface DemoSiteOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Bind address; 127.0.0.1 by default. */
  host?: string;
  /** Anchor date 'YYYY-MM-DD'; defaults to today in Asia/Shanghai. */
  today?: string;
  /** How long /slow holds its answer; 20 s by default. */
  slowMs?: number;
}

export interface DemoSite {
  port: number;
  closedPort: number;
  today: string;
  /** A full URL on a virtual host (default www.qsx.gov.test) with the server's port. */
  url: (path: string, host?: string) => string;
  stop: () => Promise<void>;
}

type Page = (ctx: RenderContext) => string;

const MAIN_PAGES: Record<string, Page> = {
  '/': renderHome,
  '/xwzx/': (ctx) => renderSection(ctx, 'xwzx'),
  '/zwgk/': (ctx) => renderSection(ctx, 'zwgk'),
  '/hdjl/': (ctx) => renderSection(ctx, 'hdjl'),
  '/xwzx/ywdt/': renderYwdt,
  '/xwzx/gzdt/': (ctx) => renderGzdt(ctx, 0),
  '/xwzx/gzdt/index_1.html': (ctx) => renderGzdt(ctx, 1),
  '/xwzx/gzdt/index_2.html': (ctx) => renderGzdt(ctx, 2),
  '/xwzx/xzdt/': renderXzdt,
  '/xwzx/bmdt/': renderBmdt,
  '/xwzx/tpxw/': renderTpxw,
  '/xwzx/spxw/': renderSpxw,
  '/xwzx/spxw/list.html': renderSpxwFrame,
  '/xwzx/jcdt/': renderRollover,
  '/zwgk/tzgg/': renderTzgg,
  '/zwgk/zcwj/': renderZcwj,
  '/zwgk/gsgg/': renderGsgg,
  '/zwgk/rsxx/': renderRsxx,
  '/zwgk/ghjh/': renderGhjh,
  '/zwgk/tjxx/': renderTjxx,
  '/zwgk/czyjs/': renderCzyjs,
  '/zwgk/zdxm/': renderZdxm,
  '/zwgk/jgzn/': renderJgzn,
  '/hdjl/ldxx/': renderMailbox,
  '/links/traps.html': renderTrapsPage,
  '/links/base.html': renderBasePage,
  '/links/sub/page1.html': renderBaseTarget,
  '/soft404.html': () => renderSoft404(),
  '/info/deleted.html': renderDeletedInfo,
};

/** Paths served as GBK bytes instead of UTF-8. */
const GBK_PAGES: Record<string, Page> = { '/zwgk/gbk/': renderGbkColumn };

const ARTICLE = /^\/art\/(\d+)\.html$/;
const LETTER = /^\/hdjl\/ldxx\/(\d+)\.html$/;
const HTML = 'text/html; charset=utf-8';

function siteFor(hostname: string): SiteKey {
  if (hostname === HOSTS.department) return 'department';
  if (hostname === HOSTS.other) return 'other';
  return 'main'; // www.qsx.gov.test, but also 127.0.0.1 / localhost for direct access
}

/** Serves shared static files; returns false when `path` is not one. */
function serveAsset(path: string, req: IncomingMessage, res: ServerResponse): boolean {
  const file = STATIC_FILES[path];
  if (file) {
    send(res, 200, file.body, file.type);
    return true;
  }
  if (path !== '/files/report.pdf') return false;
  res.writeHead(200, {
    'Content-Type': 'application/pdf',
    'Content-Length': String(PDF_SIZE),
    'Content-Disposition': 'inline; filename="report.pdf"',
    'Cache-Control': 'no-store',
  });
  if (req.method === 'HEAD') {
    res.end();
  } else {
    const body = pdfStream();
    res.on('close', () => body.destroy());
    body.pipe(res);
  }
  return true;
}

function route(site: SiteKey, path: string, ctx: RenderContext, req: IncomingMessage, res: ServerResponse, state: TrapState) {
  if (serveAsset(path, req, res)) return;
  const articleId = ARTICLE.exec(path)?.[1];
  const article = articleId ? findArticle(ctx.today, Number(articleId), site) : null;
  if (article) return send(res, 200, renderArticle(ctx, article));

  if (site === 'other') return send(res, 200, path === '/' ? renderOtherHome(ctx) : renderOtherNotFound());
  if (site === 'department') {
    return path === '/' ? send(res, 200, renderDepartmentHome(ctx)) : send(res, 404, renderNotFound(ctx));
  }

  // TRS-style sites answer /column/index.html and /column/ alike.
  const key = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
  const page = MAIN_PAGES[key];
  if (page) return send(res, 200, page(ctx));
  const gbkPage = GBK_PAGES[key];
  if (gbkPage) return send(res, 200, iconv.encode(gbkPage(ctx), 'gbk'), 'text/html; charset=GBK');
  const letterId = LETTER.exec(path)?.[1];
  const letter = letterId ? renderLetter(ctx, Number(letterId)) : null;
  if (letter) return send(res, 200, letter);
  const trap = TRAP_ROUTES[path];
  if (trap) return trap(ctx, req, res, state);
  send(res, 404, renderNotFound(ctx));
}

/** Finds a port with nothing listening on it by binding and releasing one. */
async function findClosedPort(host: string): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(0, host, resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Starts the demo site and resolves once it is listening. */
export async function startDemoSite(opts: DemoSiteOptions = {}): Promise<DemoSite> {
  const host = opts.host ?? '127.0.0.1';
  const today = opts.today ?? todayInShanghai();
  parseIsoDate(today);
  const d = createDateHelper(today);
  const state: TrapState = { slowMs: opts.slowMs ?? 20_000, flakySeen: new Set() };
  const closedPort = await findClosedPort(host);
  const sockets = new Set<Socket>();
  let port = 0;
  const url = (path: string, vhost: string = HOSTS.main) => `http://${vhost}:${port}${path}`;

  const server = createServer((req, res) => {
    const authority = (req.headers.host ?? `${HOSTS.main}:${port}`).toLowerCase();
    const hostname = authority.replace(/:\d+$/, '');
    const ctx: RenderContext = { today, port, closedPort, origin: `http://${authority}`, d, url };
    const path = new URL(req.url ?? '/', 'http://demo.invalid').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, '<!DOCTYPE html><title>405</title>', HTML, { Allow: 'GET, HEAD' });
    }
    try {
      route(siteFor(hostname), path, ctx, req, res, state);
    } catch (err) {
      console.error(`demo site: failed to render ${authority}${path}`, err);
      if (!res.headersSent) send(res, 500, '<!DOCTYPE html><title>500</title>');
      else res.destroy();
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(opts.port ?? 0, host, resolve));
  port = (server.address() as AddressInfo).port;

  return {
    port,
    closedPort,
    today,
    url,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Held requests (/slow) and endless bodies would otherwise keep close() waiting forever.
        for (const socket of sockets) socket.destroy();
        state.flakySeen.clear();
      }),
  };
}
