/** Reads at most `maxBytes` of a response body, then stops reading; `truncated` tells whether more was there. */
export async function readPrefix(res: Response, maxBytes: number): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  if (!res.body) return { bytes: new Uint8Array(0), truncated: false };
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let truncated = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || !value) break;
      const room = maxBytes - total;
      if (value.byteLength > room) {
        chunks.push(value.subarray(0, room));
        total += room;
        truncated = true;
        break;
      }
      chunks.push(value);
      total += value.byteLength;
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { bytes, truncated };
}

// Government CMSs still serve GBK/GB2312 pages. The charset comes from the Content-Type header, else from a
// <meta charset> / http-equiv tag in the first bytes, else UTF-8 (TextDecoder knows gbk, gb18030 and gb2312).
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/** The charset named by a Content-Type header value, or null. */
export function charsetFromHeader(contentType: string | null): string | null {
  return /charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase() ?? null;
}

/** Decodes HTML bytes by the header charset, else the `<meta>` charset, else UTF-8; an unknown label falls through. */
export function decodeHtml(bytes: Uint8Array, contentType: string | null): { html: string; charset: string } {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const fromMeta = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  for (const label of [charsetFromHeader(contentType), fromMeta, 'utf-8']) {
    if (!label) continue;
    try {
      return { html: new TextDecoder(label).decode(bytes), charset: label };
    } catch {
      // An invalid label (charset=x-nonsense) is a RangeError: try the next source.
    }
  }
  return { html: new TextDecoder().decode(bytes), charset: 'utf-8' };
}
