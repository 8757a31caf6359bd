import { decodeHtml } from './decode-html';

export type FetchedPage = { ok: true; url: string; html: string; charset: string } | { ok: false; url: string; error: string };

const MAX_BYTES = 10 * 1024 * 1024;

/** Fetches one page for the crawl: timeout, HTML only, at most 10 MB, decoded by header/meta. Never throws. */
export async function fetchPage(fetchFn: typeof fetch, url: string, timeoutMs: number): Promise<FetchedPage> {
  try {
    const res = await fetchFn(url, { redirect: 'follow', credentials: 'omit', signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) return { ok: false, url, error: `服务器返回 ${res.status}` };
    const type = res.headers.get('content-type');
    if (type && !/html|xml/i.test(type)) return { ok: false, url, error: `不是网页（${type.slice(0, 60)}）` };
    const bytes = await readLimited(res, MAX_BYTES);
    if (!bytes) return { ok: false, url, error: '页面超过 10 MB，未检查' };
    return { ok: true, url: res.url || url, ...decodeHtml(bytes, type) };
  } catch (error) {
    const timeout = error instanceof DOMException && error.name === 'TimeoutError';
    return { ok: false, url, error: timeout ? `超过 ${Math.round(timeoutMs / 1000)} 秒未响应` : '无法连接该页面' };
  }
}

async function readLimited(res: Response, max: number): Promise<Uint8Array | null> {
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array(await res.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
