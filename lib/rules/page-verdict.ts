import type { ColumnClass } from '@/lib/db/records';
import type { PageList, PageScan } from '@/lib/scan/types';
import { classifyColumn, matchLabel } from './columns';
import { judgeColumn, judgeHomepage, type ColumnStatus, type ColumnVerdict } from './column-verdict';
import type { RuleSet } from './rule-set-schema';

/** One column shown for a page: the page's own column, or a block of the home page. */
export interface JudgedBlock {
  name: string;
  listIndex: number | null;
  columnClass: ColumnClass;
  itemCount: number;
  lastUpdate: string | null;
  verdict: ColumnVerdict;
}

export interface PageJudgement {
  pageKind: PageScan['pageKind'];
  columnName: string | null;
  /** The breadcrumb from 首页: the column path of the report (home pages: ['首页']). */
  columnPath: string[];
  /** Null for home pages and pages that are neither columns nor articles. */
  columnClass: ColumnClass | null;
  /** The main list's items; for a home page only when it has a single content list; else null. */
  itemCount: number | null;
  lastUpdate: string | null;
  status: ColumnStatus;
  verdict: ColumnVerdict;
  blocks: JudgedBlock[];
}

/**
 * Judges a scanned page at the monitoring date: a 栏目页 by its main list (indicators §4), the 首页 by its newest
 * item (§3 veto.homepage-stale), anything else as not applicable. `classOverride` is the inspector's class.
 */
export function judgePage(scan: PageScan, opts: { checkDate: string; ruleSet: RuleSet; classOverride?: ColumnClass | null }): PageJudgement {
  const { checkDate, ruleSet } = opts;
  const crumbs = scan.breadcrumb.length === 0 || scan.breadcrumb[0] === '首页' ? scan.breadcrumb : ['首页', ...scan.breadcrumb];
  const columnPath = scan.pageKind === 'home' ? ['首页'] : crumbs.length ? crumbs : scan.columnName ? ['首页', scan.columnName] : [];
  const columnClass = opts.classOverride ?? classifyColumn({ columnType: scan.meta.ColumnType ?? null, columnName: scan.meta.ColumnName ?? scan.columnName, breadcrumb: scan.breadcrumb, navLabel: null }, ruleSet).columnClass;
  const base = { pageKind: scan.pageKind, columnName: scan.columnName, columnPath };
  if (scan.pageKind === 'home') {
    const content = scan.lists.filter((l) => l.role === 'main' || l.role === 'sidebar');
    const lastUpdate = newest(content.map((l) => l.lastUpdate));
    const hasContent = content.some((l) => l.role === 'main');
    const verdict: ColumnVerdict = hasContent
      ? judgeHomepage(lastUpdate, { checkDate, ruleSet })
      : { status: 'not-applicable', windowStart: null, daysOverdue: null, daysSinceUpdate: null, futureDates: [] };
    const blocks = scan.lists
      .map((list, i) => ({ list, i }))
      .filter(({ list }) => list.role === 'main' && list.heading && list.datedCount > 0)
      .map(({ list, i }) => blockOf(list, i, matchLabel(list.heading!, ruleSet)?.columnClass ?? 'other', { checkDate, ruleSet }));
    const itemCount = blocks.length === 1 ? blocks[0]!.itemCount : null;
    return { ...base, columnClass: null, itemCount, lastUpdate, status: verdict.status, verdict, blocks };
  }
  const main = scan.mainListIndex === null ? null : (scan.lists[scan.mainListIndex] ?? null);
  if (scan.pageKind !== 'column') {
    const na: ColumnVerdict = { status: 'not-applicable', windowStart: null, daysOverdue: null, daysSinceUpdate: null, futureDates: [] };
    return { ...base, columnClass: scan.pageKind === 'article' ? columnClass : null, itemCount: null, lastUpdate: null, status: 'not-applicable', verdict: na, blocks: [] };
  }
  // 互动交流 columns are judged by the unanswered-message rule (indicators §3 veto.interaction), not by a window.
  const applicable = (main !== null || scan.placeholders.length > 0) && columnClass !== 'interaction';
  const verdict = judgeColumn(
    {
      columnClass,
      lastUpdate: main?.lastUpdate ?? null,
      itemCount: main?.itemCount ?? 0,
      blank: scan.placeholders.length > 0 && (main?.itemCount ?? 0) === 0,
      applicable,
      futureDates: main?.futureDates ?? [],
    },
    { checkDate, ruleSet },
  );
  const block: JudgedBlock = { name: scan.columnName ?? scan.title, listIndex: scan.mainListIndex, columnClass, itemCount: main?.itemCount ?? 0, lastUpdate: main?.lastUpdate ?? null, verdict };
  return {
    ...base,
    columnClass,
    itemCount: main?.itemCount ?? 0,
    lastUpdate: main?.lastUpdate ?? null,
    status: verdict.status,
    verdict,
    blocks: main || scan.placeholders.length > 0 ? [block] : [],
  };
}

function blockOf(list: PageList, index: number, columnClass: ColumnClass, opts: { checkDate: string; ruleSet: RuleSet }): JudgedBlock {
  const verdict = judgeColumn({ columnClass, lastUpdate: list.lastUpdate, itemCount: list.itemCount, blank: false, applicable: true, futureDates: list.futureDates }, opts);
  return { name: list.heading ?? '', listIndex: index, columnClass, itemCount: list.itemCount, lastUpdate: list.lastUpdate, verdict };
}

function newest(dates: (string | null)[]): string | null {
  return dates.reduce<string | null>((best, d) => (d && (!best || d > best) ? d : best), null);
}
