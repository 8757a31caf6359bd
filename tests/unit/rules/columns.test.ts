import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET as ruleSet } from '@/lib/rules/active-rule-set';
import { classifyColumn, countVetoes, judgeColumn, judgeHomepage, windowStart } from '@/lib/rules/columns';

const labels = (o: Partial<Parameters<typeof classifyColumn>[0]>) => ({ columnType: null, columnName: null, breadcrumb: [], navLabel: null, ...o });

describe('classifyColumn (indicators §4.5)', () => {
  it.each([
    [labels({ columnType: '信息公开，政策文件' }), 'notice'],
    [labels({ columnType: '5', columnName: '统计信息', breadcrumb: ['首页', '政务公开', '统计信息'] }), 'other'],
    [labels({ columnName: '人事任免公告' }), 'personnel'],
    [labels({ breadcrumb: ['首页', '新闻中心', '媒体聚焦'] }), 'dynamic'],
    [labels({ columnName: '县长信箱' }), 'interaction'],
    [labels({ columnName: '在线访谈' }), 'other'],
    [labels({ navLabel: '图片新闻' }), 'dynamic'],
  ])('%j → %s', (l, want) => expect(classifyColumn(l, ruleSet).columnClass).toBe(want));
});

describe('judgeColumn (indicators §4.3, §5)', () => {
  const at = { checkDate: '2026-11-20', ruleSet };
  const col = (o: Partial<Parameters<typeof judgeColumn>[0]>) => judgeColumn({ columnClass: 'dynamic', lastUpdate: null, itemCount: 5, blank: false, applicable: true, ...o }, at);
  it('counts the window inclusively', () => {
    expect(col({ lastUpdate: '2026-11-06' }).status).toBe('ok');
    expect(col({ lastUpdate: '2026-11-05' })).toMatchObject({ status: 'stale', daysOverdue: 1 });
  });
  it('uses calendar months clamped to month end', () => {
    expect(windowStart('2026-08-31', { unit: 'months', amount: 6 })).toBe('2026-02-28');
    expect(judgeColumn({ columnClass: 'notice', lastUpdate: '2026-05-20', itemCount: 3, blank: false, applicable: true }, at).status).toBe('ok');
    expect(judgeColumn({ columnClass: 'notice', lastUpdate: '2026-05-19', itemCount: 3, blank: false, applicable: true }, at).status).toBe('stale');
  });
  it('reports empty, undated, not-applicable and future dates', () => {
    expect(col({ itemCount: 0, blank: true }).status).toBe('empty');
    expect(col({}).status).toBe('undated');
    expect(col({ applicable: false }).status).toBe('not-applicable');
    expect(col({ lastUpdate: '2026-11-18', futureDates: ['2026-11-25'] }).futureDates).toEqual(['2026-11-25']);
  });
  it('judges the home page over two weeks with the 10-day 预警', () => {
    expect(judgeHomepage('2026-11-09', at)).toMatchObject({ status: 'ok', warning: true });
    expect(judgeHomepage('2026-11-05', at).status).toBe('stale');
    expect(judgeHomepage(null, at).status).toBe('undated');
  });
});

describe('countVetoes (indicators §3 veto.columns-stale)', () => {
  const c = (status: 'stale' | 'empty' | 'ok' | 'undated', columnClass: 'dynamic' | 'notice' | 'other', firstLevel = true, i = 0) => ({ url: `u${status}${columnClass}${i}`, name: `${columnClass}${i}`, columnClass, status, firstLevel });
  it('counts C1, C2 and C3 with members and levels', () => {
    const cols = [
      ...[0, 1, 2, 3].map((i) => c('stale', 'dynamic', true, i)),
      c('undated', 'notice', true),
      c('stale', 'notice', false),
      ...[0, 1, 2].map((i) => c('empty', 'other', true, i)),
      c('ok', 'dynamic'),
    ];
    const v = countVetoes(cols, ruleSet);
    expect(v.combinedStale).toMatchObject({ count: 5, level: 'veto' });
    expect(v.shouldUpdate).toMatchObject({ count: 9, level: 'warning' });
    expect(v.blank).toMatchObject({ count: 3, level: 'warning' });
    expect(v.blank.members.map((m) => m.name)).toEqual(['other0', 'other1', 'other2']);
  });
});
