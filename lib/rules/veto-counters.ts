import type { ColumnClass } from '@/lib/db/records';
import type { ColumnStatus } from './column-verdict';
import type { RuleSet } from './rule-set-schema';

/** A judged column as the counters see it. */
export interface CountedColumn {
  url: string;
  name: string;
  columnClass: ColumnClass;
  status: ColumnStatus;
  /** 一级栏目 (counts in C1 for notice columns under the 2019 rule). */
  firstLevel: boolean;
  /** 历史性工作专题 exemption (indicators §4.1). */
  exemptHistorical?: boolean;
}

export type CounterLevel = 'ok' | 'warning' | 'veto';

export interface Counter {
  count: number;
  threshold: number;
  level: CounterLevel;
  members: { url: string; name: string; status: ColumnStatus }[];
}

export interface VetoCounters {
  /** C1 动态要闻 (14 days) + 一级 通知公告/政策文件 (6 months) not updated, veto at ≥ 5. */
  combinedStale: Counter;
  /** C2 应更新但长期未更新 (blank columns included), veto at ≥ 10. */
  shouldUpdate: Counter;
  /** C3 空白栏目, veto at ≥ 5. */
  blank: Counter;
}

const NOT_UPDATED = new Set<ColumnStatus>(['stale', 'undated']);

/**
 * The three counters of veto.columns-stale (indicators §3, §4.3). Blank columns count in C2 and C3 but not in C1;
 * the inspector sees every member and decides. Warning levels come from the rule set's 预警 table (§11); C1 has
 * none there, so it warns one column before the veto.
 */
export function countVetoes(columns: CountedColumn[], ruleSet: RuleSet): VetoCounters {
  const v = ruleSet.vetoes;
  const c1 = columns.filter(
    (c) => NOT_UPDATED.has(c.status) && ((c.columnClass === 'dynamic' && !c.exemptHistorical) || (c.columnClass === 'notice' && (c.firstLevel || !v.noticeFirstLevelOnly))),
  );
  const c2 = columns.filter((c) => c.columnClass !== 'interaction' && (NOT_UPDATED.has(c.status) || c.status === 'empty') && !c.exemptHistorical);
  const c3 = columns.filter((c) => c.status === 'empty');
  return {
    combinedStale: counter(c1, v.combinedStale.atLeast, v.combinedStale.atLeast - 1),
    shouldUpdate: counter(c2, v.shouldUpdate.atLeast, ruleSet.warnings.staleColumns + 1),
    blank: counter(c3, v.blank.atLeast, ruleSet.warnings.blank),
  };
}

function counter(members: CountedColumn[], threshold: number, warnAt: number): Counter {
  const count = members.length;
  return {
    count,
    threshold,
    level: count >= threshold ? 'veto' : count >= warnAt ? 'warning' : 'ok',
    members: members.map((m) => ({ url: m.url, name: m.name, status: m.status })),
  };
}
