import type { Account, ColumnRecord, Finding, LetterTally, Site } from '@/lib/db/records';
import type { RuleSet } from '@/lib/rules/rule-set-schema';
import type { ReportSettings } from './report-settings';

/** What the report is compiled from: the log, the registries, the quarter and the settings. */
export interface ReportInput {
  quarter: string;
  sites: Site[];
  columns: ColumnRecord[];
  accounts: Account[];
  letters: LetterTally[];
  findings: Finding[];
  settings: ReportSettings;
  ruleSet: RuleSet;
}

/** 附件3 order and the words the seed uses per platform (indicators §9). */
export const PLATFORMS = [
  { platform: '微信公众号', short: '微信', named: '微信公众号' },
  { platform: '微博', short: '微博', named: '政务微博' },
  { platform: '今日头条', short: '今日头条', named: '政务头条号' },
  { platform: '抖音号', short: '抖音', named: '政务抖音号' },
  { platform: '其他', short: '其他', named: '政务新媒体' },
] as const;

export const platformIndex = (p: string) => PLATFORMS.findIndex((x) => x.platform === p);
