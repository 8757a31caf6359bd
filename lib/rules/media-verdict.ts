import type { Account, Finding } from '@/lib/db/records';
import type { RuleSet } from './rule-set-schema';
import type { AccountVerdict, VetoHit } from './verdict-types';
import { vetoTexts } from './veto-texts';

/** The account a finding is about: `data.accountId`, else the account whose name and department match. */
export function accountKeyOf(f: Finding): string | null {
  return typeof f.data['accountId'] === 'string' ? f.data['accountId'] : null;
}

/**
 * 合格/不合格 of one 政务新媒体 account (indicators §2.2, §9): any single veto fails it — media.stale (no update in
 * the 2 weeks before the 监测时间点) or media.no-interaction. Unanswered messages (media.unanswered, best knowledge)
 * are counted for the report, not vetoed. Only confirmed findings count.
 */
export function judgeAccount(account: Pick<Account, 'id'>, quarter: string, findings: Finding[], rs: RuleSet): AccountVerdict {
  const confirmed = findings.filter((f) => f.status === 'confirmed');
  const texts = vetoTexts(rs);
  const vetoes: VetoHit[] = [];
  const push = (ruleId: string, t: { ruleText: string; phrase: string }, list: Finding[]) => {
    if (list.length) vetoes.push({ ruleId, item: null, ruleSetId: rs.id, ruleSetVersion: rs.version, ...t, count: list.length, findingIds: list.map((f) => f.id) });
  };
  push('media.stale', texts.mediaStale, confirmed.filter((f) => f.kind === 'account-stale'));
  push('media.no-interaction', texts.mediaNoInteraction, confirmed.filter((f) => f.kind === 'account-unresponsive'));
  const unanswered = confirmed.filter((f) => f.kind === 'interaction-unanswered').length;
  return { accountId: account.id, quarter, passed: vetoes.length === 0, vetoes, unanswered, ruleSetId: rs.id, ruleSetVersion: rs.version };
}
