// HTTP-level traps for the link checker: redirects, error statuses, slow and endless bodies, HEAD quirks.
// Expected verdicts are documented in expected.json.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RenderContext } from './context';
import { renderPage } from './layout';
import { renderNotFound } from './pages/links';

export interface TrapState {
  slowMs: number;
  /** Clients that have already been served their one 503 from /flaky. */
  flakySeen: Set<string>;
}

export type TrapHandler = (ctx: RenderContext, req: IncomingMessage, res: ServerResponse, state: TrapState) => void;

const HTML = 'text/html; charset=utf-8';

/** Sends a complete response; Node drops the body itself when the request is HEAD. */
export function send(res: ServerResponse, status: number, body: string | Buffer, contentType = HTML, headers: Record<string, string> = {}) {
  const buf = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': String(buf.length), 'Cache-Control': 'no-store', ...headers });
  res.end(buf);
}

const redirect = (status: 301 | 302, location: string): TrapHandler => (_ctx, _req, res) =>
  send(res, status, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${status}</title></head><body><a href="${location}">${location}</a></body></html>`, HTML, { Location: location });

const messagePage = (ctx: RenderContext, title: string, text: string) =>
  renderPage({ ctx, title, body: `<div class="content"><div class="msg-box"><h2>${title}</h2><p>${text}</p></div></div>` });

const status = (code: number, title: string, text: string, headers: Record<string, string> = {}): TrapHandler =>
  (ctx, _req, res) => send(res, code, messagePage(ctx, title, text), HTML, headers);

/** A page that loads fine: the target of redirects and of the HEAD/charset traps. */
const okPage = (title: string, contentType = HTML): TrapHandler => (ctx, _req, res) =>
  send(res, 200, messagePage(ctx, title, `${title}页面。咨询电话：0793-1234567`), contentType);

/** Identifies a client for /flaky; the extension's fetches carry no cookies, so address + user agent it is. */
const clientKey = (req: IncomingMessage) => `${req.socket.remoteAddress ?? ''}|${req.headers['user-agent'] ?? ''}`;

const flaky: TrapHandler = (ctx, req, res, state) => {
  const key = clientKey(req);
  if (state.flakySeen.has(key)) return okPage('县融媒体中心')(ctx, req, res, state);
  state.flakySeen.add(key);
  send(res, 503, messagePage(ctx, '服务暂不可用', '服务器繁忙，请稍后再试。'), HTML, { 'Retry-After': '1' });
};

/** Holds the request for `slowMs` before answering, longer than a checker's 15 s timeout by default. */
const slow: TrapHandler = (ctx, req, res, state) => {
  const timer = setTimeout(() => okPage('不动产登记查询')(ctx, req, res, state), state.slowMs);
  res.on('close', () => clearTimeout(timer));
};

/** 200 with a body that never ends; writes pause while the client is not reading. */
const endless: TrapHandler = (_ctx, req, res) => {
  res.writeHead(200, { 'Content-Type': HTML, 'Cache-Control': 'no-store' });
  if (req.method === 'HEAD') return void res.end();
  res.write('<!DOCTYPE html><html><head><meta charset="utf-8"><title>实时路况</title></head><body><h1>实时路况</h1>\n');
  const chunk = `<p>${'县城主干道通行正常。'.repeat(400)}</p>\n`;
  let waiting = false;
  const timer = setInterval(() => {
    if (waiting) return;
    if (!res.write(chunk)) {
      waiting = true;
      res.once('drain', () => (waiting = false));
    }
  }, 20);
  res.on('close', () => clearInterval(timer));
};

const head405: TrapHandler = (ctx, req, res, state) => {
  if (req.method === 'HEAD') return send(res, 405, '', HTML, { Allow: 'GET' });
  okPage('12345政务服务便民热线')(ctx, req, res, state);
};

export const TRAP_ROUTES: Record<string, TrapHandler> = {
  '/moved': redirect(301, '/art/1003.html'),
  '/moved-twice': redirect(302, '/moved'),
  '/loop-a': redirect(302, '/loop-b'),
  '/loop-b': redirect(302, '/loop-a'),
  '/redirect-file': redirect(302, 'file:///etc/passwd'),
  '/redirect-chrome': redirect(302, 'chrome://settings'),
  '/gone': (ctx, _req, res) => send(res, 404, renderNotFound(ctx)),
  '/removed': status(410, '页面已删除', '该页面已被永久删除。'),
  '/error': status(500, '服务器错误', '服务器内部错误，请联系网站管理员。'),
  '/forbidden': status(403, '禁止访问', '您没有权限访问该页面。'),
  '/unauthorized': status(401, '未授权', '请先登录后再访问。'),
  '/busy': status(429, '访问过于频繁', '您的访问过于频繁，请稍后再试。', { 'Retry-After': '1' }),
  '/flaky': flaky,
  '/slow': slow,
  '/endless': endless,
  '/head-405': head405,
  '/bad-charset': okPage('县档案馆', 'text/html; charset=x-nonsense'),
};
