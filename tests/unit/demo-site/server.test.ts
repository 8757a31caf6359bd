import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListItem } from '../../demo-site/catalog';
import { dateForOffset, formatDate, toChineseDate, todayInShanghai, type DateFormat } from '../../demo-site/dates';
import { loadExpected, type ExpectedPage } from '../../demo-site/expected';
import * as items from '../../demo-site/items';
import { letters } from '../../demo-site/pages/mailbox';
import { resolveHref } from '../../demo-site/pages/links';
import { startDemoSite, type DemoSite } from '../../demo-site/server';

const TODAY = '2026-11-30';
const MAIN = 'www.qsx.gov.test';
const expected = loadExpected();

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text: string;
}

let site: DemoSite;

/** A raw HTTP request with a chosen Host header; `maxBytes` stops reading early (for endless bodies). */
function get(path: string, o: { host?: string; method?: string; maxBytes?: number } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: site.port, path, method: o.method ?? 'GET', headers: { host: `${o.host ?? MAIN}:${site.port}` } },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const done = () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
        };
        res.on('data', (c: Buffer) => {
          chunks.push(c);
          size += c.length;
          if (o.maxBytes && size >= o.maxBytes) {
            res.destroy();
            done();
          }
        });
        res.on('end', done);
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const d = (offset: number, fmt: DateFormat = 'YYYY-MM-DD') => formatDate(dateForOffset(TODAY, offset), fmt, offset);

/** The column's own area: between the column frame's start and the contact line under the list. */
const mainArea = (html: string) => html.slice(html.indexOf('<div class="main-col">'), html.indexOf('<p class="list-note">'));

const ALL_FORMATS: DateFormat[] = [
  'YYYY-MM-DD', 'YYYY/M/D', 'YYYY.MM.DD', 'YYYY年M月D日', 'YYYY年MM月DD日', 'chinese', '[MM-DD]', 'MM-DD',
];

async function pageText(page: { path: string; host: string; charset?: string }): Promise<string> {
  const r = await get(page.path, { host: page.host });
  return page.charset === 'gbk' ? new TextDecoder('gbk').decode(r.body) : r.text;
}

beforeAll(async () => {
  site = await startDemoSite({ port: 0, today: TODAY, slowMs: 300 });
});

afterAll(async () => {
  await site.stop();
});

describe('dates', () => {
  it('formats every template style', () => {
    expect(formatDate('2026-03-05', 'YYYY/M/D')).toBe('2026/3/5');
    expect(formatDate('2026-03-05', 'YYYY年M月D日')).toBe('2026年3月5日');
    expect(formatDate('2026-03-05', '[MM-DD]')).toBe('[03-05]');
    expect(formatDate('2026-03-05', '（YYYY-MM-DD）')).toBe('（2026-03-05）');
    expect(formatDate('2026-03-05', 'YYYY-MM-DD HH:mm:ss', 3)).toMatch(/^2026-03-05 (0[89]|1[0-7]):[0-5]\d:[0-5]\d$/);
    expect(toChineseDate('2026-11-20')).toBe('二〇二六年十一月二十日');
    expect(toChineseDate('2021-03-20')).toBe('二〇二一年三月二十日');
    expect(toChineseDate('2030-10-31')).toBe('二〇三〇年十月三十一日');
  });

  it('counts calendar days across month, year and leap-day boundaries', () => {
    expect(dateForOffset('2027-01-10', 5)).toBe('2027-01-05');
    expect(dateForOffset('2027-01-10', 14)).toBe('2026-12-27');
    expect(dateForOffset('2028-03-01', 1)).toBe('2028-02-29');
    expect(dateForOffset('2026-11-30', -5)).toBe('2026-12-05');
    expect(() => dateForOffset('2026-02-30', 0)).toThrow();
  });

  it('takes today in Asia/Shanghai, not in the machine zone', () => {
    expect(todayInShanghai(Date.UTC(2026, 11, 31, 16, 30))).toBe('2027-01-01');
    expect(todayInShanghai(Date.UTC(2026, 11, 31, 15, 59))).toBe('2026-12-31');
  });
});

describe('expected.json agrees with the page data', () => {
  const lists: Record<string, ListItem[]> = {
    '/xwzx/ywdt/': items.ywdtItems,
    '/xwzx/gzdt/': items.gzdtItems.slice(0, items.GZDT_PAGE_SIZE),
    '/xwzx/xzdt/': items.xzdtItems,
    '/xwzx/bmdt/': items.bmdtItems,
    '/xwzx/tpxw/': items.tpxwItems,
    '/xwzx/spxw/': items.spxwItems,
    '/zwgk/tzgg/': items.tzggItems,
    '/zwgk/zcwj/': items.zcwjItems(TODAY),
    '/zwgk/gsgg/': items.gsggItems,
    '/zwgk/gbk/': items.gbkItems,
    '/zwgk/rsxx/': items.rsxxItems,
    '/zwgk/ghjh/': items.ghjhItems,
    '/zwgk/tjxx/': items.tjxxItems(TODAY),
  };
  const columns = expected.pages.filter((p) => p.pageKind === 'column' && lists[p.path]);

  it.each(columns.map((p) => [p.path, p] as const))('%s: item count and newest date', (_path, page) => {
    const list = lists[page.path]!;
    const published = list.map((i) => i.offset).filter((o): o is number => o !== null && o >= 0);
    expect(page.itemCount).toBe(list.length);
    expect(page.lastUpdateOffset).toBe(published.length ? Math.min(...published) : null);
    expect(page.futureOffsets ?? []).toEqual(list.map((i) => i.offset).filter((o): o is number => o !== null && o < 0));
  });

  it('县长信箱 letters match the interaction summary', () => {
    const page = expected.pages.find((p) => p.path === '/hdjl/ldxx/')!;
    const unanswered = letters.filter((l) => l.answeredOffset === null);
    expect(page.itemCount).toBe(letters.length);
    expect(page.interaction?.unanswered).toBe(unanswered.length);
    expect(page.interaction?.overdueAskedOffsets).toEqual(unanswered.filter((l) => l.askedOffset > 92).map((l) => l.askedOffset));
  });

  // Windows in days; month-based windows use their shortest and longest lengths so a verdict can never flip.
  const windows: Record<string, [number, number]> = {
    dynamic: [14, 14], notice: [181, 184], personnel: [365, 366], other: [365, 366], home: [14, 14],
  };
  const judged = expected.pages.filter((p) => p.status === 'ok' || p.status === 'stale');

  it.each(judged.map((p) => [`${p.host}${p.path}`, p] as const))('%s: status follows the window with a margin', (_k, page) => {
    const [min, max] = windows[page.columnClass ?? page.pageKind]!;
    const offset = page.lastUpdateOffset!;
    expect(page.status).toBe(offset <= min ? 'ok' : 'stale');
    expect(Math.min(Math.abs(offset - min), Math.abs(offset - max))).toBeGreaterThanOrEqual(5);
  });
});

describe('pages', () => {
  const everyPage: Array<{ path: string; host: string; charset?: string }> = [
    ...expected.pages,
    ...expected.fixedDatePages,
    ...expected.pages.flatMap((p) => (p.paginationPaths ?? []).map((path) => ({ path, host: p.host }))),
    ...expected.pages.flatMap((p) => (p.frameSrc ? [{ path: p.frameSrc, host: p.host }] : [])),
    ...letters.map((l) => ({ path: `/hdjl/ldxx/${l.id}.html`, host: MAIN })),
  ];

  it.each(everyPage.map((p) => [`${p.host}${p.path}`, p] as const))('%s answers 200 with HTML', async (_k, page) => {
    const r = await get(page.path, { host: page.host });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/html; charset=/i);
  });

  const dated = expected.pages.filter((p): p is ExpectedPage & { lastUpdateOffset: number } => p.lastUpdateOffset !== null);
  it.each(dated.map((p) => [`${p.host}${p.path}`, p] as const))('%s shows the date of its newest item', async (_k, page) => {
    const text = await pageText(page.frameSrc ? { ...page, path: page.frameSrc } : page);
    expect(ALL_FORMATS.some((fmt) => text.includes(d(page.lastUpdateOffset, fmt)))).toBe(true);
  });

  const counted = expected.pages.filter((p) => p.pageKind === 'column' && p.itemCount !== null && !p.renderedByScript && !p.frameSrc);
  it.each(counted.map((p) => [p.path, p] as const))('%s: the main list has itemCount links', async (_k, page) => {
    const area = mainArea(await pageText(page));
    expect(area.match(/href="\/(art|hdjl\/ldxx)\/\d+\.html"/g)?.length ?? 0).toBe(page.itemCount);
  });

  it('renders each column in its own markup and date style', async () => {
    const gzdt = (await get('/xwzx/gzdt/')).text;
    expect(gzdt).toContain(`<span>${d(3)}</span>`);
    expect(gzdt).toContain('共 36 条 第1/3页');
    expect(gzdt).toContain('<meta name="ColumnName" content="工作动态">');
    expect((await get('/xwzx/xzdt/')).text).toContain(d(20, 'YYYY年MM月DD日'));
    const bmdt = (await get('/xwzx/bmdt/')).text;
    expect(bmdt).toContain('<tr><th>标题</th><th width="120">发布日期</th></tr>');
    expect(bmdt).toContain(d(45, 'YYYY/M/D'));
    const tzgg = (await get('/zwgk/tzgg/')).text;
    expect(tzgg).toContain(`[${d(30)}]`);
    expect(tzgg).toContain('<meta name="ColumnType" content="通知公告">');
    const zcwj = (await get('/zwgk/zcwj/')).text;
    expect(zcwj).toContain(d(250, 'YYYY.MM.DD'));
    expect(zcwj).toMatch(/青府发〔20\d\d〕\d+号/);
    expect((await get('/zwgk/rsxx/')).text).toContain(d(100, '[MM-DD]'));
    expect((await get('/zwgk/tjxx/')).text).toMatch(new RegExp(`青山县20\\d\\d年第[一二三四]季度[^<]*（${d(60)}）`));
    expect((await get('/zwgk/ghjh/')).text).toContain(d(400));
  });

  it('keeps dates out of the undated column, and sidebar dates out of the main area', async () => {
    const gsgg = (await get('/zwgk/gsgg/')).text;
    expect(mainArea(gsgg)).not.toMatch(/\d{4}[-/.年]\d{1,2}/);
    expect(gsgg).toContain(d(2)); // the 热点推荐 sidebar
    expect((await get('/art/3000.html')).text).not.toMatch(/PubDate|发布时间|\d{4}-\d{2}-\d{2}/);
  });

  it('serves three kinds of blank column', async () => {
    const czyjs = (await get('/zwgk/czyjs/')).text;
    expect(mainArea(czyjs)).toContain('暂无信息');
    expect(czyjs).toContain(d(2)); // dated sidebar around the empty list
    const zdxm = mainArea((await get('/zwgk/zdxm/')).text);
    expect(zdxm).toContain('<ul class="list"></ul>');
    expect(zdxm).toContain('共0条');
    expect(zdxm).toContain('createPageHTML(0, 0, "index", "html")');
    expect(mainArea((await get('/zwgk/jgzn/')).text)).toContain('栏目建设中');
  });

  it('fills 图片新闻 by script and puts 视频新闻 in an iframe', async () => {
    const tpxw = (await get('/xwzx/tpxw/')).text;
    expect(tpxw).toContain('<ul id="pic-list" class="list pic-list"></ul>');
    expect(tpxw).toContain(`"d":"${d(1)}"`);
    expect(tpxw).toContain('}, 300);');
    expect((await get('/xwzx/spxw/')).text).toContain('<iframe id="video-frame" src="/xwzx/spxw/list.html"');
    expect((await get('/xwzx/spxw/list.html')).text).toContain(`<span>${d(5)}</span>`);
  });

  it('shows a future-dated item with its time in 要闻动态', async () => {
    const ywdt = (await get('/xwzx/ywdt/')).text;
    expect(ywdt).toContain(d(-5, 'YYYY-MM-DD HH:mm:ss'));
    expect(ywdt).toContain(d(2, 'YYYY-MM-DD HH:mm:ss'));
  });

  it('lists overdue letters in 县长信箱', async () => {
    const text = (await get('/hdjl/ldxx/')).text;
    expect(text.match(/<td class="status">未答复<\/td>/g)).toHaveLength(2);
    expect(text).toContain(`<td>${d(150)}</td><td></td><td class="status">未答复</td>`);
  });

  it('serves the 采购公告 page as GBK bytes', async () => {
    const r = await get('/zwgk/gbk/');
    expect(r.headers['content-type']).toBe('text/html; charset=GBK');
    expect(r.text).not.toContain('采购公告'); // not UTF-8
    const text = new TextDecoder('gbk').decode(r.body);
    expect(text).toContain('<meta charset="gbk">');
    expect(text).toContain('<title>采购公告_青山县人民政府</title>');
    expect(text).toContain(toChineseDate(dateForOffset(TODAY, 10)));
    expect(text).toContain(d(16));
    expect(text).not.toContain('\uFFFD');
  });

  it('puts the site identity in the footer and meta tags', async () => {
    const home = (await get('/')).text;
    const { site: id } = expected;
    expect(home).toContain(`<meta name="SiteIDCode" content="${id.siteCode}">`);
    expect(home).toContain(`<meta name="SiteName" content="${id.siteName}">`);
    expect(home).toContain(`<meta name="SiteDomain" content="${id.siteDomain}">`);
    // The patterns of indicators §8.2.
    expect(home.match(/(?:政府)?网站标识码\s*[:：]?\s*(bm\d{8}|\d{10})(?!\d)/)?.[1]).toBe(id.siteCode);
    expect(home.match(/([\u4e00-\u9fff])ICP备\s*[:：]?\s*(\d{4,})\s*号?(?:\s*-\s*(\d+))?/)?.[0]).toBe(id.icp);
    expect(home.match(/([\u4e00-\u9fff])公网安备\s*[:：]?\s*(\d{14})\s*号?/)?.[0]).toBe(id.policeRecord);
    expect(home.match(/主办(?:单位)?\s*[:：]\s*([\u4e00-\u9fff（）()]{2,40})/)?.[1]).toBe(id.sponsor);
    expect(home).toContain('0793-1234567');
    expect(home).toContain('334000');
  });

  it('leaves the 网站标识码 out of the department footer', async () => {
    const jyj = (await get('/', { host: expected.hosts.department })).text;
    expect(jyj).not.toContain('网站标识码');
    expect(jyj).toContain(`<meta name="SiteIDCode" content="${expected.departmentSite.metaSiteCode}">`);
    expect(jyj).toContain(`主办单位：${expected.departmentSite.sponsor}`);
    expect(jyj).toContain(d(30));
  });

  it('renders article dates, including a PubDate that disagrees with the page', async () => {
    const normal = (await get('/art/2200.html')).text;
    expect(normal).toContain(`<meta name="PubDate" content="${d(3, 'YYYY-MM-DD HH:mm')}">`);
    expect(normal).toContain(`<span class="pubtime">${d(3, 'YYYY-MM-DD HH:mm')}</span>`);
    const migrated = (await get('/art/1004.html')).text;
    expect(migrated).toContain(`<meta name="PubDate" content="${d(10, 'YYYY-MM-DD HH:mm')}">`);
    expect(migrated).toContain(`<span class="pubtime">${d(400, 'YYYY年MM月DD日')}</span>`);
    expect((await get('/art/9999.html')).status).toBe(404);
    expect((await get('/art/5000.html')).status).toBe(404); // department articles live on their own host
    expect((await get('/art/5000.html', { host: expected.hosts.department })).status).toBe(200);
  });

  it('renders the fixed year-rollover page', async () => {
    const page = expected.fixedDatePages[0]!;
    const text = (await get(page.path)).text;
    for (const date of page.listDates) expect(text).toContain(date);
    expect(page.resolvedDates[0]).toBe(page.lastUpdate);
  });

  it('renders the same bytes for the same today', async () => {
    expect((await get('/')).text).toBe((await get('/')).text);
    expect((await get('/xwzx/ywdt/')).text).toBe((await get('/xwzx/ywdt/')).text);
  });
});

describe('link traps', () => {
  it.each(expected.linkPages)('%s carries every trap link', async (path) => {
    const html = (await get(path)).text;
    for (const link of expected.links) {
      const href = resolveHref(link.href, site);
      const written = link.via === 'img' ? `src="${href}"` : link.via === 'onclick' ? `onclick="${href}"` : `href="${href}"`;
      expect(html, link.href).toContain(written);
    }
  });

  it('answers with the documented status codes', async () => {
    const codes: Record<string, number> = {
      '/gone': 404, '/removed': 410, '/error': 500, '/forbidden': 403, '/unauthorized': 401,
      '/images/missing.png': 404, '/zwgk/tzgg/': 200, '/art/1001.html': 200, '/art/1002.html': 200,
    };
    for (const [path, code] of Object.entries(codes)) expect((await get(path)).status, path).toBe(code);
    const busy = await get('/busy');
    expect([busy.status, busy.headers['retry-after']]).toEqual([429, '1']);
  });

  it('redirects, loops and points at non-web schemes', async () => {
    const redirects: Record<string, [number, string]> = {
      '/moved': [301, '/art/1003.html'],
      '/moved-twice': [302, '/moved'],
      '/loop-a': [302, '/loop-b'],
      '/loop-b': [302, '/loop-a'],
      '/redirect-file': [302, 'file:///etc/passwd'],
      '/redirect-chrome': [302, 'chrome://settings'],
    };
    for (const [path, [code, location]] of Object.entries(redirects)) {
      const r = await fetch(`http://127.0.0.1:${site.port}${path}`, { redirect: 'manual' });
      expect([r.status, r.headers.get('location')], path).toEqual([code, location]);
      expect(r.headers.get('content-type')).toMatch(/^text\/html/);
    }
    const followed = await fetch(`http://127.0.0.1:${site.port}/moved-twice`);
    expect([followed.status, new URL(followed.url).pathname]).toEqual([200, '/art/1003.html']);
    await expect(fetch(`http://127.0.0.1:${site.port}/loop-a`)).rejects.toThrow();
  });

  it('fails /flaky once per client, then serves it', async () => {
    expect((await get('/flaky')).status).toBe(503);
    expect((await get('/flaky')).status).toBe(200);
    expect((await get('/flaky', { method: 'HEAD' })).status).toBe(200);
  });

  it('answers HEAD on /head-405 with 405 and GET with 200', async () => {
    const head = await get('/head-405', { method: 'HEAD' });
    expect([head.status, head.headers.allow]).toEqual([405, 'GET']);
    expect((await get('/head-405')).status).toBe(200);
  });

  it('serves a 5 MB PDF, also to HEAD', async () => {
    const head = await get('/files/report.pdf', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe('application/pdf');
    expect(head.headers['content-length']).toBe(String(5 * 1024 * 1024));
    expect(head.body.length).toBe(0);
    const pdf = (await get('/files/report.pdf')).body;
    expect(pdf.length).toBe(5 * 1024 * 1024);
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    const tail = pdf.subarray(pdf.length - 400).toString('latin1');
    expect(tail.endsWith('%%EOF\n')).toBe(true);
    const xrefAt = Number(/startxref\n(\d+)\n/.exec(tail)?.[1]);
    expect(pdf.subarray(xrefAt, xrefAt + 4).toString('latin1')).toBe('xref');
  });

  it('serves the attachment and images with their types', async () => {
    const doc = await get('/files/form.doc');
    expect([doc.status, doc.headers['content-type']]).toEqual([200, 'application/msword']);
    expect(doc.body.subarray(0, 4).toString('hex')).toBe('d0cf11e0');
    const png = await get('/images/logo.png');
    expect([png.status, png.headers['content-type']]).toEqual([200, 'image/png']);
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('holds /slow for slowMs', async () => {
    const started = Date.now();
    const r = await get('/slow');
    expect(r.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('streams /endless without end', async () => {
    const r = await get('/endless', { maxBytes: 256 * 1024 });
    expect(r.status).toBe(200);
    expect(r.body.length).toBeGreaterThanOrEqual(256 * 1024);
    expect((await get('/endless', { method: 'HEAD' })).status).toBe(200);
  });

  it('declares a nonsense charset on /bad-charset', async () => {
    const r = await get('/bad-charset');
    expect([r.status, r.headers['content-type']]).toEqual([200, 'text/html; charset=x-nonsense']);
  });

  it('refuses connections on closedPort', async () => {
    const error = await new Promise<NodeJS.ErrnoException>((resolve) => {
      const socket = connect(site.closedPort, '127.0.0.1');
      socket.on('connect', () => socket.destroy());
      socket.on('error', resolve);
    });
    expect(error.code).toBe('ECONNREFUSED');
  });

  it('serves soft 404s with status 200, and an article about G404 that is not one', async () => {
    const soft = await get('/soft404.html');
    expect(soft.status).toBe(200);
    expect(soft.text).toContain('<title>页面不存在</title>');
    expect(soft.text).toContain('您访问的页面不存在或已被删除');
    const deleted = await get('/info/deleted.html');
    expect([deleted.status, deleted.text.includes('信息已删除')]).toEqual([200, true]);
    const other = await get('/xxgk/2019/old.html', { host: expected.hosts.other });
    expect([other.status, other.text.includes('页面未找到')]).toEqual([200, true]);
    expect((await get('/any/path', { host: expected.hosts.other })).text).toBe(other.text);
    expect((await get('/', { host: expected.hosts.other })).text).toContain('白云县人民政府');
    const g404 = await get('/art/1404.html');
    expect(g404.status).toBe(200);
    expect(g404.text).toContain('G404国道');
    expect(g404.text).not.toMatch(/页面不存在|页面未找到/);
    expect((await get('/no/such/page.html')).status).toBe(404);
  });

  it('resolves the <base href> links under /links/sub/', async () => {
    const html = (await get('/links/base.html')).text;
    const base = /<base href="([^"]+)">/.exec(html)?.[1];
    expect(base).toBe(`http://${MAIN}:${site.port}/links/sub/`);
    for (const link of expected.baseLinks.links) {
      expect(html).toContain(`href="${link.href}"`);
      const target = new URL(link.href, base);
      expect(target.pathname).toBe(link.path);
      expect((await get(target.pathname)).status).toBe(200);
    }
    expect((await get(new URL('page1.html', site.url('/links/base.html')).pathname)).status).toBe(404);
  });
});

describe('lifecycle', () => {
  it('stops promptly while /slow and /endless are held open', async () => {
    const held = await startDemoSite({ today: TODAY });
    const pending = [
      fetch(held.url('/slow').replace(MAIN, '127.0.0.1')).catch(() => null),
      fetch(held.url('/endless').replace(MAIN, '127.0.0.1')).then((r) => r.body?.getReader().read()),
    ];
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    await held.stop();
    expect(Date.now() - started).toBeLessThan(2000);
    await Promise.allSettled(pending);
  });

  it('defaults today to the date in Asia/Shanghai', async () => {
    const fresh = await startDemoSite();
    expect(fresh.today).toBe(todayInShanghai());
    expect(fresh.url('/x')).toBe(`http://${MAIN}:${fresh.port}/x`);
    await fresh.stop();
  });
});
