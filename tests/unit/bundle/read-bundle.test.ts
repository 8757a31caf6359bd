import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_BUNDLE_BYTES } from '@/lib/bundle/bundle-schema';
import { parseBundleText, readBundle, readBundleFile } from '@/lib/bundle/read-bundle';
import { loadHonghe } from '../report/honghe';

const honghe = () => JSON.parse(JSON.stringify(loadHonghe())) as Record<string, any>;
const read = (value: unknown) => readBundle(strToU8(typeof value === 'string' ? value : JSON.stringify(value)));
const error = (value: unknown) => {
  const r = read(value);
  if (r.ok) throw new Error('expected a rejection');
  return r.error;
};

describe('reading a bundle: bad input gets a clear Chinese message', () => {
  it('accepts the honghe bundle', () => {
    const r = read(honghe());
    expect(r.ok && r.bundle.findings.length).toBeGreaterThan(50);
  });

  it('rejects a file that is not JSON', () => {
    expect(error('{"format": "gov-site-inspector-bundle", ')).toMatch(/^文件不是有效的 JSON/);
    expect(error('[1,2]')).toMatch(/不是问题包对象/);
    expect(readBundle(new Uint8Array([0xff, 0xfe, 0x00, 0x41]))).toMatchObject({ ok: false, error: expect.stringMatching(/UTF-8/) });
  });

  it('rejects a wrong format name and a future version', () => {
    expect(error({ ...honghe(), format: 'other-tool-export' })).toContain('文件格式名为「other-tool-export」，不是巡检助手问题包');
    expect(error({ ...honghe(), version: 2 })).toBe('问题包版本 2 比本扩展支持的版本 1 新，请先升级巡检助手再导入。');
    expect(error({ ...honghe(), version: '1' })).toMatch(/版本号/);
  });

  it('names the record and field of a bad date, an impossible date and an unknown kind', () => {
    const b = honghe();
    b.findings[2].checkDate = '2021/03/03';
    expect(error(b)).toContain('第 3 条问题记录（findings[2]）的字段「checkDate」：日期格式应为 YYYY-MM-DD（实际为「2021/03/03」）');
    const c = honghe();
    c.findings[0].checkDate = '2021-02-30';
    expect(error(c)).toContain('第 1 条问题记录（findings[0]）的字段「checkDate」：不是有效的日历日期');
    const d = honghe();
    d.findings[7].kind = 'broken-thing';
    expect(error(d)).toMatch(/第 8 条问题记录（findings\[7\]）的字段「kind」：取值「broken-thing」无效，应为：empty-column、/);
    const e = honghe();
    e.sites[1].updatedAt = 'yesterday';
    expect(error(e)).toContain('第 2 条网站（sites[1]）的字段「updatedAt」');
  });

  it('refuses a file over 200 MB before parsing it', () => {
    const big = new Uint8Array(MAX_BUNDLE_BYTES + 1);
    expect(readBundle(big)).toEqual({ ok: false, error: '文件过大（200.0 MB），问题包不能超过 200 MB。' });
  });

  it('parseBundleText reports the first issues and how many more there are', () => {
    const b = honghe();
    for (const f of b.findings.slice(0, 8)) f.status = 'maybe';
    const r = parseBundleText(JSON.stringify(b));
    expect(!r.ok && r.error).toMatch(/另有 3 处错误/);
  });
});

describe('reading a zipped bundle', () => {
  it('reads bundle.json and screenshots from a zip, and refuses a zip without bundle.json', async () => {
    const { zipSync } = await import('fflate');
    const ok = readBundle(zipSync({ 'bundle.json': strToU8(JSON.stringify(honghe())), 'screenshots/a.png': new Uint8Array([1, 2]) }));
    expect(ok.ok && [...ok.screenshots.keys()]).toEqual(['screenshots/a.png']);
    expect(readBundle(zipSync({ 'other.json': strToU8('{}') }))).toEqual({ ok: false, error: '压缩包中没有 bundle.json，不是巡检助手问题包。' });
  });
});

describe('reading a chosen file (the dashboard decodes JSON while reading it)', () => {
  it('gives what reading its bytes gives: a bundle, the errors, a zip with screenshots', async () => {
    const { zipSync } = await import('fflate');
    const files = [
      strToU8(JSON.stringify(honghe())),
      strToU8('{"format": "gov-site-inspector-bundle", '),
      strToU8(JSON.stringify({ ...honghe(), version: 2 })),
      new Uint8Array([0xff, 0xfe, 0x00, 0x41]),
      // A real U+FFFD in the text is read, not mistaken for bytes that are not UTF-8.
      strToU8(JSON.stringify({ ...honghe(), generator: '导出工具\uFFFD' })),
      zipSync({ 'bundle.json': strToU8(JSON.stringify(honghe())), 'screenshots/a.png': new Uint8Array([1, 2]) }),
    ];
    for (const bytes of files) expect(await readBundleFile(new Blob([bytes as BlobPart]))).toEqual(readBundle(bytes));
    expect(await readBundleFile(new Blob([files[4]! as BlobPart]))).toMatchObject({ ok: true, bundle: { generator: '导出工具\uFFFD' } });
  });

  it('refuses a file over 200 MB by its size, before reading it', async () => {
    const huge = { size: MAX_BUNDLE_BYTES + 1 } as Blob;
    expect(await readBundleFile(huge)).toEqual({ ok: false, error: '文件过大（200.0 MB），问题包不能超过 200 MB。' });
  });
});
