import { describe, expect, it } from 'vitest';
import { buildReport } from '@/lib/report/build-report';
import { inputFromBundles } from '@/lib/report/input-from-bundles';
import { renderHtml } from '@/lib/report/render-html';
import { reportSettingsSchema } from '@/lib/report/report-settings';
import { loadHonghe } from './honghe';

const input = (patch: Partial<ReturnType<typeof inputFromBundles>> = {}) => ({ ...inputFromBundles([loadHonghe()], '2021Q1'), ...patch });

describe('buildReport', () => {
  it('uses the rule set\'s default decimals (2) when the settings do not override them', () => {
    const i = input();
    const m = buildReport({ ...i, settings: { ...i.settings, passRateDecimals: null } });
    expect([m.figures.websites.rate, m.figures.media.rate]).toEqual(['78.57%', '95.06%']);
  });

  it('empty log: "—" rates, empty tables, a neutral problems paragraph, and a title from the settings', () => {
    const m = buildReport({ ...input(), sites: [], accounts: [], findings: [], letters: [], settings: reportSettingsSchema.parse({ issuer: '某市人民政府办公室', jurisdiction: { all: '全市', short: '市' }, quarterStyle: 'ordinal' }) });
    expect(m.title).toBe('某市人民政府办公室关于2021年第一季度全市政府网站和政府系统政务新媒体检查情况的通报');
    expect([m.figures.websites.rate, m.figures.media.rate]).toEqual(['—', '—']);
    expect(m.tables.map((t) => t.rows.length)).toEqual([0, 0, 0, 0]);
    expect(m.tables[1]!.title).toBe('2021年第一季度市政府网站存在问题栏目名单');
    expect(m.problems).toEqual(['本季度检查未发现需要通报的问题。']);
    expect(m.tables[0]!.note).toBe('注：数据采样时间为1月1日—3月31日');
  });

  it('edited free text replaces the generated sections', () => {
    const i = input();
    const m = buildReport({ ...i, settings: { ...i.settings, requirements: '第一段\n\n第二段', problems: '（一）自定义问题。', closing: '请于月底前整改。' } });
    expect(m.requirements).toEqual(['第一段', '第二段']);
    expect(m.problems).toEqual(['（一）自定义问题。']);
    expect(m.closing).toBe('请于月底前整改。');
  });

  it('a finding confirmed later changes the verdict: confirming 5 of 蒙自\'s pending blank columns fails it', () => {
    const i = input();
    let n = 0;
    const findings = i.findings.map((f) => (f.siteIdCode === '5325030003' && f.quarter === '2021Q1' && f.status === 'pending' && n++ < 5 ? { ...f, status: 'confirmed' as const } : f));
    const m = buildReport({ ...i, findings });
    expect(m.figures.websites).toMatchObject({ passed: 10, rate: '71.4%' });
    expect(m.tables[0]!.rows.map((r) => r[1])).toEqual(['个旧市人民政府', '开远市人民政府', '蒙自市人民政府', '建水县人民政府']);
  });

  it('HTML escapes page-derived text (no markup injection)', () => {
    const i = input();
    const sites = i.sites.map((s) => (s.siteIdCode === '5325010002' ? { ...s, name: '<img src=x onerror=alert(1)>' } : s));
    const html = renderHtml(buildReport({ ...i, sites }));
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
