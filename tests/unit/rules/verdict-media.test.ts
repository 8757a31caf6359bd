import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET, resolveRuleSet } from '@/lib/rules/active-rule-set';
import { judgeAccount } from '@/lib/rules/media-verdict';
import { judgeQuarter } from '@/lib/rules/verdict';
import type { Account } from '@/lib/db/records';
import { mk } from './verdict-helpers';

const account: Account = { id: 'a1', department: '石屏县公安局', name: '石屏警方', platform: '抖音号', url: null, lastPostDate: '2021-01-15', inOperation: true, notes: '', createdAt: '2021-01-01T00:00:00Z', updatedAt: '2021-01-01T00:00:00Z' };

describe('政务新媒体 verdict (indicators §2.2, §9)', () => {
  it('a confirmed 2-week staleness finding fails the account with media.stale and its window in the rule text', () => {
    const v = judgeAccount(account, '2021Q1', [mk({ kind: 'account-stale', data: { accountId: 'a1' } })], DEFAULT_RULE_SET);
    expect(v.passed).toBe(false);
    expect(v.vetoes[0]).toMatchObject({ ruleId: 'media.stale', phrase: '内容更新不及时', ruleText: '监测时间点前2周内无更新', ruleSetVersion: 'gbmh-2019-19' });
    const tenDays = resolveRuleSet({ media: { staleWindow: { unit: 'days', amount: 10 } } }).ruleSet;
    expect(judgeAccount(account, '2021Q1', [mk({ kind: 'account-stale' })], tenDays).vetoes[0]!.ruleText).toBe('监测时间点前10天内无更新');
  });

  it('no interaction function vetoes; unanswered messages are counted but do not fail the account', () => {
    expect(judgeAccount(account, '2021Q1', [mk({ kind: 'account-unresponsive' })], DEFAULT_RULE_SET).vetoes[0]!.ruleId).toBe('media.no-interaction');
    const v = judgeAccount(account, '2021Q1', [mk({ kind: 'interaction-unanswered' }), mk({ kind: 'interaction-unanswered' })], DEFAULT_RULE_SET);
    expect([v.passed, v.unanswered]).toEqual([true, 2]);
  });

  it('judgeQuarter routes findings by data.accountId; pending findings and accounts out of operation do not count', () => {
    const closed = { ...account, id: 'a2', inOperation: false };
    const findings = [mk({ kind: 'account-stale', data: { accountId: 'a1' }, status: 'pending' }), mk({ kind: 'account-stale', data: { accountId: 'a2' } })];
    const v = judgeQuarter({ quarter: '2021Q1', sites: [], accounts: [account, closed], columns: [], findings, checkDate: '2021-03-31' }, DEFAULT_RULE_SET);
    expect(v.accounts.map((a) => [a.accountId, a.passed])).toEqual([['a1', true]]);
  });
});
