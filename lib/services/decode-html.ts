// Government CMSs still serve GBK/GB2312 pages. The charset comes from the Content-Type header, else from a
// <meta charset> / http-equiv tag in the first bytes, else UTF-8 (TextDecoder knows gbk, gb18030 and gb2312).
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/** The charset named by a Content-Type header value, or null. */
export function charsetFromHeader(contentType: string | null): string | null {
  return /charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase() ?? null;
}

/** Decodes an HTML body by header, then meta, then UTF-8; unknown labels fall back to UTF-8. */
export function decodeHtml(bytes: Uint8Array, contentType: string | null): { html: string; charset: string } {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const label = charsetFromHeader(contentType) ?? META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
  try {
    return { html: new TextDecoder(label).decode(bytes), charset: label };
  } catch {
    return { html: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8' };
  }
}
