/** One failed single-veto rule (indicators §3, §9), with the rule text that failed it. */
export interface VetoHit {
  ruleId: string;
  /** Sub-item of a rule, e.g. `blank` for 栏目不更新 (3). */
  item: string | null;
  ruleSetId: string;
  ruleSetVersion: string;
  /** The rule as worded in the indicators, with the threshold filled in. */
  ruleText: string;
  /** Short phrase for 附件1 「存在问题」 (the seed writes 空白栏目超过5). */
  phrase: string;
  count: number;
  findingIds: string[];
}

/** A 预警 below the veto (indicators §11) — never a verdict. */
export interface WarningHit {
  ruleId: string;
  text: string;
  count: number;
}

/** Counters of veto.columns-stale (indicators §4.3). */
export interface ColumnCounters {
  combinedStale: number;
  shouldUpdate: number;
  blank: number;
}

export interface SiteVerdict {
  siteId: string;
  siteIdCode: string | null;
  siteName: string;
  quarter: string;
  passed: boolean;
  vetoes: VetoHit[];
  warnings: WarningHit[];
  counters: ColumnCounters;
  ruleSetId: string;
  ruleSetVersion: string;
}

export interface AccountVerdict {
  accountId: string;
  quarter: string;
  passed: boolean;
  vetoes: VetoHit[];
  /** Unanswered messages (media.unanswered, best knowledge): listed, not a veto. */
  unanswered: number;
  ruleSetId: string;
  ruleSetVersion: string;
}
