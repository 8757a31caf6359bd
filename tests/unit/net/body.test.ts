import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromHeader, decodeHtml, readPrefix } from '@/lib/net/body';

const gbk = (text: string) => new Uint8Array(iconv.encode(text, 'gbk'));

describe('decodeHtml', () => {
  it('uses the header charset, then the meta charset, then UTF-8', () => {
    expect(decodeHtml(gbk('<p>通知公告</p>'), 'text/html; charset=GBK')).toEqual({ html: '<p>通知公告</p>', charset: 'gbk' });
    expect(decodeHtml(gbk('<meta charset="gb2312"><p>政策文件</p>'), 'text/html').html).toContain('政策文件');
    expect(decodeHtml(new TextEncoder().encode('<p>工作动态</p>'), null)).toEqual({ html: '<p>工作动态</p>', charset: 'utf-8' });
  });

  it('falls through an invalid label instead of failing', () => {
    const page = gbk('<meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>人事信息</title>');
    expect(decodeHtml(page, 'text/html; charset=x-nonsense')).toMatchObject({ charset: 'gbk' });
    expect(charsetFromHeader('text/html;charset="UTF-8"')).toBe('utf-8');
  });
});

describe('readPrefix', () => {
  const streamOf = (chunks: number[]) =>
    new Response(new ReadableStream<Uint8Array>({ start(c) { for (const n of chunks) c.enqueue(new Uint8Array(n)); c.close(); } }));

  it('stops at the limit and says the body was longer', async () => {
    const { bytes, truncated } = await readPrefix(streamOf([40_000, 40_000, 40_000]), 65_536);
    expect(bytes.byteLength).toBe(65_536);
    expect(truncated).toBe(true);
  });

  it('returns a short body whole', async () => {
    const { bytes, truncated } = await readPrefix(streamOf([10, 20]), 65_536);
    expect(bytes.byteLength).toBe(30);
    expect(truncated).toBe(false);
  });
});
