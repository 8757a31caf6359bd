import { z } from 'zod';
import type { InspectorDB } from '@/lib/db/schema';
import { resolveRuleSet } from '@/lib/rules/active-rule-set';
import { judgePage, type PageJudgement } from '@/lib/rules/page-verdict';
import type { RuleSet } from '@/lib/rules/rule-set-schema';
import { pageScanSchema, type PageScan } from '@/lib/scan/types';
import { loadSettings } from '@/lib/settings/settings';
import { storeScan } from './store-scan';
import { canInjectInto } from './injectable';

export interface ScanTabDeps {
  db: InspectorDB;
  now: () => Date;
  newId: () => string;
}

export interface ScanOutcome {
  scanId: string;
  scan: PageScan;
  judgement: PageJudgement;
}

/** The rule set with the inspector's overrides (settings). */
export async function activeRuleSet(db: InspectorDB): Promise<RuleSet> {
  return resolveRuleSet((await loadSettings(db)).ruleOverrides).ruleSet;
}

/** Injects the scanner into a tab, validates what it returns, judges it and stores scan + column row. */
export async function scanTab(deps: ScanTabDeps, tabId: number, checkDate: string, opts: { settleMs?: number } = {}): Promise<ScanOutcome> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) throw new Error('找不到要检查的标签页，它可能已被关闭。');
  const url = tab.url ?? '';
  if (!canInjectInto(url, { allowFile: false })) {
    throw new Error('此页面无法检查（浏览器内部页面、扩展商店或本地文件）。请打开政府网站页面后再试。');
  }
  if (/\.pdf(?:$|[?#])/i.test(url)) throw new Error('这是 PDF 文件，不是网页，无法检查栏目。');
  const ruleSet = await activeRuleSet(deps.db);
  let raw: unknown;
  try {
    await browser.scripting.executeScript({
      target: { tabId },
      func: (options: { checkDate: string; ruleSet: RuleSet; settleMs?: number }) => {
        globalThis.__inspectorScanOptions = options;
      },
      args: [{ checkDate, ruleSet, ...(opts.settleMs ? { settleMs: opts.settleMs } : {}) }],
    });
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/scan.js'] });
    raw = first?.result;
  } catch (cause) {
    throw new Error(`无法在此页面运行检查：${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  return acceptScan(deps, raw, checkDate, ruleSet);
}

/** Validates a scan from an untrusted page (zod), judges it and stores it; nothing is written when it is invalid. */
export async function acceptScan(deps: ScanTabDeps, raw: unknown, checkDate: string, ruleSet: RuleSet): Promise<ScanOutcome> {
  const parsed = pageScanSchema.safeParse(raw);
  if (!parsed.success) {
    const why = (raw as { error?: unknown } | undefined)?.error;
    throw new Error(typeof why === 'string' ? `页面扫描失败：${why}` : `页面返回的扫描结果无效：${z.prettifyError(parsed.error).slice(0, 300)}`);
  }
  const scan = parsed.data;
  const override = (await deps.db.columns.where('url').equals(columnUrl(scan.url)).first())?.classOverride ?? null;
  const judgement = judgePage(scan, { checkDate, ruleSet, classOverride: override });
  const scanId = await storeScan(deps, scan, judgement, checkDate);
  return { scanId, scan, judgement };
}

/** The key of a column row: the page URL without its fragment. */
export function columnUrl(url: string): string {
  return url.replace(/#.*$/, '').slice(0, 2000);
}
