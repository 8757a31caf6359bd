import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET, resolveRuleSet } from '@/lib/rules/active-rule-set';
import { judgeSite } from '@/lib/rules/site-verdict';
import { judgeQuarter } from '@/lib/rules/verdict';
import type { ColumnRecord, Finding, Site } from '@/lib/db/records';
import { many, mk } from './verdict-helpers';

const site = { id: 's1', siteIdCode: '5325010002', name: '个旧市人民政府' };
const judge = (findings: Finding[], columns = new Map<string, ColumnRecord>(), rs = DEFAULT_RULE_SET) =>
  judgeSite({ site, quarter: '2021Q1', findings, columns, checkDate: '2021-03-31' }, rs);

describe('website verdict: veto.columns-stale counters (indicators §3, §4.3)', () => {
  it('空白栏目: 4 confirmed pass with a 预警, 5 fail with rule text, id and version', () => {
    const four = judge(many(4, { kind: 'empty-column' }));
    expect(four.passed).toBe(true);
    expect(four.warnings.map((w) => w.ruleId)).toEqual(['warning.blank']);
    const five = judge(many(5, { kind: 'empty-column' }));
    expect(five.passed).toBe(false);
    expect(five.vetoes[0]).toMatchObject({ ruleId: 'veto.columns-stale', item: 'blank', ruleSetVersion: 'gbmh-2019-19', phrase: '空白栏目超过5', ruleText: '空白栏目超过（含）5个', count: 5 });
  });

  it('only confirmed findings count: pending, ignored and fixed ones never fail a site', () => {
    const v = judge([...many(5, { kind: 'empty-column', status: 'pending' }), ...many(5, { kind: 'empty-column', status: 'ignored' }), ...many(5, { kind: 'empty-column', status: 'fixed' })]);
    expect(v.passed).toBe(true);
    expect(v.counters.blank).toBe(0);
  });

  it('one column named by two findings counts once', () => {
    const url = 'http://www.gejiu.gov.cn/same/';
    expect(judge([mk({ kind: 'empty-column', pageUrl: url }), mk({ kind: 'empty-column', pageUrl: `${url}#x` })]).counters.blank).toBe(1);
  });

  it('C1 sums stale dynamic columns and stale FIRST-LEVEL notice columns; lower-level notice columns only feed C2', () => {
    const dyn = many(3, { kind: 'stale-column', data: { columnClass: 'dynamic' } });
    const first = many(2, { kind: 'stale-column', columnPath: ['首页', '通知公告'], data: { columnClass: 'notice' } });
    expect(judge([...dyn, ...first]).vetoes.map((h) => h.item)).toEqual(['combined-stale']);
    const lower = many(2, { kind: 'stale-column', columnPath: ['首页', '政府信息公开', '通知公告'], data: { columnClass: 'notice' } });
    const v = judge([...dyn, ...lower]);
    expect(v.passed).toBe(true);
    expect(v.counters).toEqual({ combinedStale: 3, shouldUpdate: 5, blank: 0 });
    // The 2015 reading (no "一级") is a rule-set switch.
    const rs2015 = resolveRuleSet({ vetoes: { noticeFirstLevelOnly: false } }).ruleSet;
    expect(judge([...dyn, ...lower], new Map(), rs2015).passed).toBe(false);
  });

  it('C2 应更新未更新 ≥ 10 over blank, stale and undated columns of any class; undated counts as stale (§4.4)', () => {
    const mixed = [...many(3, { kind: 'empty-column' }), ...many(3, { kind: 'stale-column', data: { columnClass: 'personnel' } }), ...many(3, { kind: 'undated-column', data: { columnClass: 'other' } })];
    expect(judge(mixed).passed).toBe(true);
    const ten = [...mixed, mk({ kind: 'undated-column', data: { columnClass: 'other' } })];
    expect(judge(ten).vetoes.map((h) => [h.item, h.count])).toEqual([['should-update', 10]]);
    expect(judge(ten, new Map(), resolveRuleSet({ vetoes: { undatedCountsAsStale: false } }).ruleSet).passed).toBe(true);
  });

  it('a historical 专题 column (registry toggle) is exempt; the class comes from the registry when the finding lacks it', () => {
    const url = 'http://www.gejiu.gov.cn/zt/';
    const col = { id: 'c', siteId: 's1', origin: 'http://www.gejiu.gov.cn', url, name: '专题', path: ['首页', '专题'], columnClass: 'dynamic', classOverride: null, department: null, exemptHistorical: true, lastUpdate: null, itemCount: 3, lastSeenAt: '2021-03-03T02:00:00.000Z' } satisfies ColumnRecord;
    const stale = [mk({ kind: 'stale-column', pageUrl: url }), ...many(4, { kind: 'stale-column', data: { columnClass: 'dynamic' } })];
    expect(judge(stale, new Map([[url, col]])).counters.combinedStale).toBe(4);
    expect(judge(stale, new Map([[url, { ...col, exemptHistorical: false }]])).counters.combinedStale).toBe(5);
  });

  it('thresholds come from the rule set (a province that vetoes at 3 blank columns)', () => {
    const strict = resolveRuleSet({ vetoes: { blank: { atLeast: 3 } } }).ruleSet;
    expect(judge(many(3, { kind: 'empty-column' }), new Map(), strict).vetoes[0]!.phrase).toBe('空白栏目超过3');
  });
});

describe('website verdict: other single vetoes (indicators §3)', () => {
  it('首页不更新, 互动回应差 and 严重表述错误 veto; ordinary wording errors and dead links do not', () => {
    expect(judge([mk({ kind: 'homepage-stale' })]).vetoes[0]!.ruleId).toBe('veto.homepage-stale');
    expect(judge([mk({ kind: 'interaction-unanswered' })]).vetoes[0]!.ruleId).toBe('veto.interaction');
    expect(judge([mk({ kind: 'wording-error', data: { serious: true } })]).vetoes[0]).toMatchObject({ ruleId: 'veto.security', phrase: '严重表述错误' });
    expect(judge([mk({ kind: 'wording-error', data: { serious: false } }), mk({ kind: 'wording-error' }), mk({ kind: 'dead-link' })]).passed).toBe(true);
    expect(judge([mk({ kind: 'homepage-stale', status: 'pending' })]).passed).toBe(true);
  });

  it('judgeQuarter: sites out of operation are not judged; findings of other quarters and accounts are kept apart', () => {
    const sites: Site[] = [
      { id: 's1', name: '个旧市人民政府', siteIdCode: '5325010002', origins: [], sponsor: null, responsibleUnit: null, isPortal: false, inOperation: true, notes: '', createdAt: '2021-01-01T00:00:00Z', updatedAt: '2021-01-01T00:00:00Z' },
      { id: 's2', name: '已关停网站', siteIdCode: '5325019999', origins: [], sponsor: null, responsibleUnit: null, isPortal: false, inOperation: false, notes: '', createdAt: '2021-01-01T00:00:00Z', updatedAt: '2021-01-01T00:00:00Z' },
    ];
    const findings = [...many(5, { kind: 'empty-column', quarter: '2020Q4' }), ...many(5, { kind: 'empty-column', siteId: null, siteIdCode: '5325010002' })];
    const q1 = judgeQuarter({ quarter: '2021Q1', sites, accounts: [], columns: [], findings, checkDate: '2021-03-31' }, DEFAULT_RULE_SET);
    expect(q1.sites.map((s) => [s.siteId, s.passed])).toEqual([['s1', false]]);
    const q4 = judgeQuarter({ quarter: '2020Q4', sites, accounts: [], columns: [], findings, checkDate: '2020-12-31' }, DEFAULT_RULE_SET);
    expect(q4.sites[0]!.passed).toBe(false);
  });
});
