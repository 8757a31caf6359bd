import type { Bundle } from '@/lib/bundle/bundle-schema';
import { resolveRuleSet } from '@/lib/rules/active-rule-set';
import type { ReportInput } from './report-input';
import { parseReportSettings } from './report-settings';

type Row = { id: string };

function mergeById<T extends Row>(lists: T[][], stamp: (r: T) => string): T[] {
  const out = new Map<string, T>();
  for (const list of lists) for (const r of list) {
    const prev = out.get(r.id);
    if (!prev || Date.parse(stamp(r)) > Date.parse(stamp(prev))) out.set(r.id, r);
  }
  return [...out.values()];
}

/** The latest quarter that has findings, else null. */
export function latestQuarter(bundles: Bundle[]): string | null {
  const quarters = bundles.flatMap((b) => b.findings.map((f) => f.quarter)).sort();
  return quarters.at(-1) ?? null;
}

/** Pools several bundles in memory (same ids merge, newer edit wins) into a report input — used by the CLI. */
export function inputFromBundles(bundles: Bundle[], quarter: string, ruleOverrides: Record<string, unknown> = {}): ReportInput {
  const settings = bundles.map((b) => b.settings.report).filter((s) => s !== null).sort((a, b) => Date.parse(a.updatedAt ?? '1970-01-01T00:00:00Z') - Date.parse(b.updatedAt ?? '1970-01-01T00:00:00Z')).at(-1);
  return {
    quarter,
    sites: mergeById(bundles.map((b) => b.sites), (r) => r.updatedAt),
    columns: mergeById(bundles.map((b) => b.columns), (r) => r.lastSeenAt),
    accounts: mergeById(bundles.map((b) => b.accounts), (r) => r.updatedAt),
    letters: mergeById(bundles.map((b) => b.letters), (r) => r.updatedAt),
    findings: mergeById(bundles.map((b) => b.findings), (r) => r.updatedAt),
    settings: settings ?? parseReportSettings({}),
    ruleSet: resolveRuleSet(ruleOverrides).ruleSet,
  };
}
