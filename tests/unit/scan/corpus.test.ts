// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
// Evaluation on real government pages, read at run time from ../shared/corpus (never copied into the repo).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanDocument } from '@/lib/scan/scan-document';

const corpus = path.resolve('../shared/corpus');
// Monitoring dates near the day each page was saved, so year-less MM-DD dates resolve as an inspector then would.
const checkDateOf = (file: string) => (file.startsWith('home-') ? '2018-03-31' : file === 'yichun-home.html' ? '2023-10-11' : '2026-11-20');
const scanFile = (file: string) => {
  const doc = new DOMParser().parseFromString(readFileSync(path.join(corpus, file), 'utf8'), 'text/html');
  const url = /(^home-|-home\.html$)/.test(file) ? 'http://corpus.gov.test/' : `http://corpus.gov.test/${file}`;
  return scanDocument(doc, { checkDate: checkDateOf(file), url, skipLinks: true });
};

// 网站标识码 as the corpus README lists it (footer, else meta).
const CODES: [string, string | null][] = [
  ['yichun-home.html', '3609000002'], ['handan-xxgk-list.html', '1304000009'], ['beijing-daxing-article.html', '1101150005'],
  ['beijing-fengtai-article.html', '1101060001'], ['cac-cms-article.html', null], ['fangchenggang-trs-article.html', '4506000001'],
  ['foshan-trs-article.html', '4406000048'], ['govcn-article.html', 'bm01000001'], ['guangxi-trs-article.html', '4500000123'],
  ['hubei-honghu-article.html', '4210830008'], ['kepu-article.html', 'bm06000004'], ['miit-jpaas-article.html', 'bm07000001'],
  ['nfra-rendered-dom-detail.html', 'bm55000001'], ['xian-article.html', '6101000007'], ['zhejiang-hanweb-article-deqing.html', '3300000020'],
  ['sichuan-ucap-article.html', '5100000062'], ['home-baqiao.gov.cn.html', '6101110007'],
];
const PUBDATES: [string, string][] = [
  ['handan-xxgk-detail.html', '2020-08-02'], ['beijing-fengtai-article.html', '2024-06-03'], ['miit-jpaas-article.html', '2023-05-12'],
];

const rows: string[] = [];

describe.skipIf(!existsSync(corpus))('corpus evaluation', () => {
  it.each(CODES)('网站标识码 of %s', (file, code) => {
    const id = scanFile(file).identity;
    if (code) expect(id.siteIdCode).toBe(code);
    else expect(id.siteIdCodeSources.filter((s) => s.source !== 'jiucuo')).toEqual([]);
  });

  it.each(PUBDATES)('PubDate of %s', (file, date) => expect(scanFile(file).pubDate).toBe(date));

  it('handan 信息公开指南 (a text page) is not blank; yichun home script-filled lists are not blank columns', () => {
    expect(scanFile('handan-xxgk-gkzn.html').placeholders).toEqual([]);
    const home = scanFile('yichun-home.html');
    expect(home.pageKind).toBe('home');
    expect(home.lists.filter((l) => l.datedCount > 0).length).toBeGreaterThan(3);
  });

  it('date extraction per file (printed for the evaluation note)', () => {
    for (const file of readdirSync(corpus).filter((f) => f.endsWith('.html')).sort()) {
      const scan = scanFile(file);
      const items = scan.lists.reduce((n, l) => n + l.itemCount, 0);
      const dated = scan.lists.reduce((n, l) => n + l.datedCount, 0);
      const yearless = scan.lists.reduce((n, l) => n + l.items.filter((i) => i.yearInferred).length, 0);
      const newest = scan.lists.map((l) => l.lastUpdate).filter(Boolean).sort().at(-1) ?? '—';
      const main = scan.mainListIndex === null ? '—' : `${scan.lists[scan.mainListIndex]!.itemCount}/${scan.lists[scan.mainListIndex]!.lastUpdate ?? '无日期'}`;
      rows.push(`${file} | ${scan.pageKind} | lists ${scan.lists.length} | items ${items} | dated ${dated} (year-less ${yearless}) | newest ${newest} | PubDate ${scan.pubDate ?? '—'} | main ${main} | code ${scan.identity.siteIdCode ?? '—'} | blank ${scan.placeholders.join('、') || '—'}`);
      expect(dated).toBeLessThanOrEqual(items);
    }
  }, 180_000);
});

afterAll(() => {
  if (rows.length) console.log(`\n${rows.join('\n')}`);
});
