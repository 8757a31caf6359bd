import type { FindingKind } from '@/lib/db/records';

export const RULE_SET_VERSION = 'gbmh-2019-19';

type Effect = 'veto' | 'deduction' | 'note';

// Which 2019 indicator each finding kind feeds (indicators §3, §6, §9).
const table: Record<FindingKind, { ruleId: string | null; effect: Effect }> = {
  'empty-column': { ruleId: 'veto.columns-stale', effect: 'veto' },
  'stale-column': { ruleId: 'veto.columns-stale', effect: 'veto' },
  'undated-column': { ruleId: 'veto.columns-stale', effect: 'veto' },
  'homepage-stale': { ruleId: 'veto.homepage-stale', effect: 'veto' },
  'dead-link': { ruleId: 'deduction.dead-links', effect: 'deduction' },
  'wording-error': { ruleId: 'veto.security', effect: 'note' },
  'footer-missing': { ruleId: 'deduction.site-identity', effect: 'deduction' },
  'site-unreachable': { ruleId: 'veto.unreachable', effect: 'veto' },
  'account-stale': { ruleId: 'media.stale', effect: 'veto' },
  'account-unresponsive': { ruleId: 'media.no-interaction', effect: 'veto' },
  'letter-overdue': { ruleId: 'veto.interaction', effect: 'note' },
  'interaction-unanswered': { ruleId: 'veto.interaction', effect: 'veto' },
  other: { ruleId: null, effect: 'note' },
};

/** The rule a finding kind counts toward, with the rule-set version stamped on new findings. */
export function ruleForKind(kind: FindingKind): { ruleId: string | null; ruleSetVersion: string; effect: Effect } {
  return { ...table[kind], ruleSetVersion: RULE_SET_VERSION };
}
