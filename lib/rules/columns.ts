import type { ColumnClass } from '@/lib/db/records';
import type { RuleSet } from './rule-set-schema';

export { judgeColumn, judgeHomepage, windowStart, type ColumnStatus, type ColumnVerdict } from './column-verdict';
export { countVetoes, type VetoCounters } from './veto-counters';

/** The labels a column can be classified by, in the order of indicators §4.5. */
export interface ColumnLabels {
  columnType: string | null;
  columnName: string | null;
  /** Breadcrumb segments, 首页 first. */
  breadcrumb: string[];
  navLabel: string | null;
}

export interface ColumnClassification {
  columnClass: ColumnClass;
  /** The keyword that decided, and which label it came from (for the inspector). */
  keyword: string | null;
  source: 'columnType' | 'columnName' | 'breadcrumb' | 'navLabel' | 'ancestor' | null;
}

/**
 * Classifies a column (indicators §4.5): ColumnType meta → ColumnName meta → last breadcrumb segment → nav label,
 * then the nearest breadcrumb ancestor that matches; `other` when nothing does. Within one label the more specific
 * classes come first (the rule set's order) and the longest keyword wins.
 */
export function classifyColumn(labels: ColumnLabels, ruleSet: RuleSet): ColumnClassification {
  const crumbs = labels.breadcrumb.filter((c) => c !== '首页');
  const ordered: [ColumnClassification['source'], string | null][] = [
    ['columnType', labels.columnType],
    ['columnName', labels.columnName],
    ['breadcrumb', crumbs.at(-1) ?? null],
    ['navLabel', labels.navLabel],
    ...crumbs.slice(0, -1).reverse().map((c): [ColumnClassification['source'], string] => ['ancestor', c]),
  ];
  for (const [source, label] of ordered) {
    const hit = label ? matchLabel(label, ruleSet) : null;
    if (hit) return { ...hit, source };
  }
  return { columnClass: 'other', keyword: null, source: null };
}

/** The class and keyword a single label matches, or null. */
export function matchLabel(label: string, ruleSet: RuleSet): { columnClass: ColumnClass; keyword: string } | null {
  const text = label.trim();
  if (!text) return null;
  const excluded = ruleSet.keywords.interactionExclude.some((k) => text.includes(k));
  for (const cls of ruleSet.keywords.order) {
    if (cls === 'interaction' && excluded) continue;
    let best: string | null = null;
    for (const keyword of ruleSet.keywords.classes[cls] ?? []) {
      if (text.includes(keyword) && (!best || keyword.length > best.length)) best = keyword;
    }
    if (best) return { columnClass: cls, keyword: best };
  }
  return null;
}
