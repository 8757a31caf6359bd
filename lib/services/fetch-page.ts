import { decodeHtml, readPrefix } from '@/lib/net/body';

export type FetchedPage = { ok: true; url: string; html: string; charset: string } | { ok: false; url: string; error: string };

const MAX_BYTES = 10 * 1024 * 1024;

/** Fetches one page for the crawl: timeout, HTML only, at most 10 MB, decoded by header/meta. Never throws. */
export async function fetchPage(fetchFn: typeof fetch, url: string, timeoutMs: number): Promise<FetchedPage> {
  try {
    const res = await fetchFn(url, { redirect: 'follow', credentials: 'omit', signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) return { ok: false, url, error: `服务器返回 ${res.status}` };
    const type = res.headers.get('content-type');
    if (type && !/html|xml/i.test(type)) return { ok: false, url, error: `不是网页（${type.slice(0, 60)}）` };
    const { bytes, truncated } = await readPrefix(res, MAX_BYTES);
    if (truncated) return { ok: false, url, error: '页面超过 10 MB，未检查' };
    return { ok: true, url: res.url || url, ...decodeHtml(bytes, type) };
  } catch (error) {
    const timeout = error instanceof DOMException && error.name === 'TimeoutError';
    return { ok: false, url, error: timeout ? `超过 ${Math.round(timeoutMs / 1000)} 秒未响应` : '无法连接该页面' };
  }
}
