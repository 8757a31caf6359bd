// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgePage } from '@/lib/rules/page-verdict';
import { DEFAULT_RULE_SET } from '@/lib/rules/active-rule-set';
import { scanDocument } from '@/lib/scan/scan-document';

const load = (html: string, url: string) => {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return { doc, url };
};

describe('scanDocument on the second fixture site (different markup)', () => {
  const { doc, url } = load(readFileSync('tests/fixtures/pages/second-site-column.html', 'utf8'), 'http://www.bh.gov.test/zwgk/zcjd/');
  const scan = scanDocument(doc, { checkDate: '2026-06-10', url, now: () => 0 });
  const j = judgePage(scan, { checkDate: '2026-06-10', ruleSet: DEFAULT_RULE_SET });

  it('finds the 发布日期 table as the main list, not the 热门 sidebar', () => {
    const main = scan.lists[scan.mainListIndex!]!;
    expect(main).toMatchObject({ itemCount: 3, datedCount: 3, lastUpdate: '2025-12-03', role: 'main' });
    expect(main.items.map((i) => i.date)).toEqual(['2025-12-03', '2025-09-15', '2025-06-01']);
    expect(scan.lists.find((l) => l.heading === '热门文章')?.role).toBe('sidebar');
  });

  it('reads breadcrumb, class and verdict', () => {
    expect(scan.breadcrumb).toEqual(['首页', '政务公开', '政策解读']);
    expect(j).toMatchObject({ pageKind: 'column', columnName: '政策解读', columnClass: 'other', status: 'ok', itemCount: 3, lastUpdate: '2025-12-03' });
    expect(scan.pagination).toEqual({ total: 3, pages: 1 });
  });

  it('reads the footer with every source and warns about disagreement (indicators §8)', () => {
    expect(scan.identity).toMatchObject({
      siteIdCode: '6101110099',
      icp: '陕ICP备12345678号',
      policeRecord: '陕公网安备61011102000123号',
      hasConacLogo: true,
      hasJiucuo: true,
      hasContact: true,
    });
    expect(scan.identity.sponsor).toContain('白河镇人民政府');
    expect(scan.identity.siteIdCodeSources.map((s) => s.source)).toEqual(['footer', 'jiucuo']);
    expect(scan.identity.siteIdCodeWarnings.join()).toContain('不一致');
  });
});

describe('blank columns and traps (indicators §4.2)', () => {
  const page = (body: string, head = '') => `<html><head><title>栏目</title>${head}</head><body><div class="location">当前位置：首页 > 政务公开 > 重大项目</div>${body}<div class="side"><h3>热点推荐</h3><ul><li><a href="/x">甲</a><span>2026-06-01</span></li><li><a href="/y">乙</a></li></ul></div></body></html>`;
  const judge = (html: string) => judgePage(scanDocument(load(html, 'http://x.gov.test/zwgk/zdxm/').doc, { checkDate: '2026-06-10', url: 'http://x.gov.test/zwgk/zdxm/' }), { checkDate: '2026-06-10', ruleSet: DEFAULT_RULE_SET });
  it.each([
    ['<div class="main"><p>暂无信息</p></div>'],
    ['<div class="main">共0条</div>'],
    ['<div class="main"><ul class="list"></ul></div>'],
    ['<div class="main"><p class="building">栏目建设中，敬请期待</p></div>'],
    ['<div class="main"><script>createPageHTML(0, 0, "index", "html");</script></div>'],
  ])('%s → empty although the sidebar has items', (body) => expect(judge(page(body)).status).toBe('empty'));
  it('a text page without a list is not blank', () => {
    const long = '本指南依据《中华人民共和国政府信息公开条例》编制。'.repeat(20);
    expect(judge(page(`<div class="main"><p>${long}</p></div>`, '<meta name="ColumnName" content="政府信息公开指南">')).status).toBe('not-applicable');
  });
});
