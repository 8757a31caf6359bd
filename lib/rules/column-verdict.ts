import type { ColumnClass } from '@/lib/db/records';
import { daysBetween, monthsBefore, shiftDays, yearsBefore } from '@/lib/dates/calendar';
import type { RuleSet, RuleWindow } from './rule-set-schema';

export type ColumnStatus = 'ok' | 'stale' | 'empty' | 'undated' | 'not-applicable';

/** What the judge needs to know about a column. */
export interface JudgedColumn {
  columnClass: ColumnClass;
  /** Newest item date not after the check date, or null. */
  lastUpdate: string | null;
  itemCount: number;
  /** A 栏目页 with no items, or with a blank placeholder (indicators §4.2). */
  blank: boolean;
  /** False for text pages, articles and navigation pages, which carry no column list to judge. */
  applicable: boolean;
  /** Dates after the check date, ignored for the check (indicators §5). */
  futureDates?: string[];
}

export interface ColumnVerdict {
  status: ColumnStatus;
  /** First day of the window (inclusive), or null when no window applies. */
  windowStart: string | null;
  /** Days from the window start back to the last update; 0 when not overdue, null when unknown. */
  daysOverdue: number | null;
  daysSinceUpdate: number | null;
  futureDates: string[];
}

/** The first calendar day inside a window counted back from the check date (indicators §5: inclusive, clamped). */
export function windowStart(checkDate: string, window: Pick<RuleWindow, 'unit' | 'amount'>): string {
  if (window.unit === 'days') return shiftDays(checkDate, -window.amount);
  if (window.unit === 'months') return monthsBefore(checkDate, window.amount);
  return yearsBefore(checkDate, window.amount);
}

/**
 * Verdict of one column at the monitoring date (indicators §4.3–§4.4): empty, undated (未注明发布时间的视为不更新),
 * stale when the newest date is before the class window, else ok. The clock is never read: checkDate is a parameter.
 */
export function judgeColumn(column: JudgedColumn, opts: { checkDate: string; ruleSet: RuleSet }): ColumnVerdict {
  const futureDates = (column.futureDates ?? []).filter((d) => d > opts.checkDate);
  const base = { futureDates, daysSinceUpdate: column.lastUpdate ? daysBetween(column.lastUpdate, opts.checkDate) : null };
  if (!column.applicable) return { ...base, status: 'not-applicable', windowStart: null, daysOverdue: null };
  const start = windowStart(opts.checkDate, opts.ruleSet.windows[column.columnClass]);
  if (column.blank || column.itemCount === 0) return { ...base, status: 'empty', windowStart: start, daysOverdue: null };
  if (!column.lastUpdate) {
    return { ...base, status: opts.ruleSet.vetoes.undatedCountsAsStale ? 'undated' : 'ok', windowStart: start, daysOverdue: null };
  }
  const overdue = daysBetween(column.lastUpdate, start);
  return { ...base, status: overdue > 0 ? 'stale' : 'ok', windowStart: start, daysOverdue: Math.max(0, overdue) };
}

/** 首页不更新 (indicators §3 veto.homepage-stale): nothing on the home page newer than the 2-week window. */
export function judgeHomepage(lastUpdate: string | null, opts: { checkDate: string; ruleSet: RuleSet }): ColumnVerdict & { warning: boolean } {
  const start = windowStart(opts.checkDate, opts.ruleSet.homepage.window);
  const daysSinceUpdate = lastUpdate ? daysBetween(lastUpdate, opts.checkDate) : null;
  // indicators §11: the 预警 level (homepage not updated for more than N days) before the veto.
  const warning = daysSinceUpdate === null || daysSinceUpdate > opts.ruleSet.warnings.homepageDays;
  if (!lastUpdate) return { status: 'undated', windowStart: start, daysOverdue: null, daysSinceUpdate, futureDates: [], warning };
  const overdue = daysBetween(lastUpdate, start);
  return { status: overdue > 0 ? 'stale' : 'ok', windowStart: start, daysOverdue: Math.max(0, overdue), daysSinceUpdate, futureDates: [], warning };
}
