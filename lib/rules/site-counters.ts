import type { ColumnRecord } from '@/lib/db/records';
import { judgeColumn } from './column-verdict';
import type { RuleSet } from './rule-set-schema';
import { countVetoes, type CountedColumn, type VetoCounters } from './veto-counters';

/**
 * The live veto counters of a site from its stored column rows (indicators §4.3), judged at the monitoring date.
 * 一级栏目: the path below 首页 has one segment (the same reading as the findings counters).
 */
export function siteCounters(rows: ColumnRecord[], opts: { checkDate: string; ruleSet: RuleSet }): VetoCounters {
  const counted: CountedColumn[] = rows.map((row) => {
    const columnClass = row.classOverride ?? row.columnClass;
    const verdict = judgeColumn(
      { columnClass, lastUpdate: row.lastUpdate, itemCount: row.itemCount, blank: row.itemCount === 0, applicable: columnClass !== 'interaction' },
      opts,
    );
    const below = row.path[0] === '首页' ? row.path.slice(1) : row.path;
    return { url: row.url, name: row.name, columnClass, status: verdict.status, firstLevel: below.length <= 1, exemptHistorical: row.exemptHistorical };
  });
  return countVetoes(counted, opts.ruleSet);
}
