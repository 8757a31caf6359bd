import type { ColumnRecord, Finding } from '@/lib/db/records';
import { countColumnFindings } from './column-counters';
import type { RuleSet } from './rule-set-schema';
import { availabilityOf, externalRatio } from './unreachable';
import type { VetoCounters } from './veto-counters';
import type { SiteVerdict, VetoHit, WarningHit } from './verdict-types';
import { vetoTexts } from './veto-texts';

export interface SiteInput {
  site: { id: string; siteIdCode: string | null; name: string };
  quarter: string;
  /** The site's findings of the quarter; anything not confirmed is ignored here (indicators §2.1). */
  findings: Finding[];
  columns: Map<string, ColumnRecord>;
  checkDate: string;
}

const atLeastPermille = (failures: number, attempts: number, ratio: number) =>
  attempts > 0 && failures * 1000 >= Math.round(ratio * 1000) * attempts;

/** 合格/不合格 of one website for one quarter: single-veto rules of indicators §3 over confirmed findings. */
export function judgeSite(input: SiteInput, rs: RuleSet): SiteVerdict {
  const confirmed = input.findings.filter((f) => f.status === 'confirmed');
  const texts = vetoTexts(rs);
  const hit = (ruleId: string, item: string | null, t: { ruleText: string; phrase: string }, ids: string[], count = ids.length): VetoHit => ({
    ruleId, item, ruleSetId: rs.id, ruleSetVersion: rs.version, ruleText: t.ruleText, phrase: t.phrase, count, findingIds: ids,
  });
  const vetoes: VetoHit[] = [];
  const warnings: WarningHit[] = [];
  const ofKind = (kind: Finding['kind']) => confirmed.filter((f) => f.kind === kind);

  // veto.unreachable from recorded samples (or an accepted external monitoring result).
  const reach = ofKind('site-unreachable');
  const avail = availabilityOf(reach, input.checkDate, rs.unreachable);
  const external = externalRatio(reach);
  if ((avail?.sufficient && atLeastPermille(avail.failures, avail.attempts, rs.unreachable.vetoRatio)) || (external ?? 0) >= rs.unreachable.vetoRatio) {
    vetoes.push(hit('veto.unreachable', null, texts.unreachable, reach.map((f) => f.id)));
  } else if (avail && atLeastPermille(avail.failures, avail.attempts, rs.unreachable.warnRatio)) {
    warnings.push({ ruleId: 'veto.unreachable', text: `首页不连通比例${((avail.failures / avail.attempts) * 100).toFixed(1)}%（预警）`, count: avail.failures });
  }

  const homepage = ofKind('homepage-stale');
  if (homepage.length) vetoes.push(hit('veto.homepage-stale', null, texts.homepage, homepage.map((f) => f.id)));

  const { counters, findingIds } = countColumnFindings(confirmed, input.columns, rs);
  addColumnVetoes(counters, findingIds, texts, vetoes, warnings, hit);

  const unanswered = ofKind('interaction-unanswered').filter((f) => !f.data['accountId']);
  if (unanswered.length) vetoes.push(hit('veto.interaction', null, texts.interaction, unanswered.map((f) => f.id)));

  // 严重表述错误 is one item of veto.security; ordinary wording errors are not vetoes.
  const serious = ofKind('wording-error').filter((f) => f.data['serious'] === true);
  if (serious.length) vetoes.push(hit('veto.security', 'serious-wording', texts.security, serious.map((f) => f.id)));

  return {
    siteId: input.site.id, siteIdCode: input.site.siteIdCode, siteName: input.site.name, quarter: input.quarter,
    passed: vetoes.length === 0, vetoes, warnings,
    counters: { combinedStale: counters.combinedStale.count, shouldUpdate: counters.shouldUpdate.count, blank: counters.blank.count },
    ruleSetId: rs.id, ruleSetVersion: rs.version,
  };
}

type HitFn = (ruleId: string, item: string | null, t: { ruleText: string; phrase: string }, ids: string[], count?: number) => VetoHit;

const ITEMS = [
  ['combinedStale', 'combined-stale'],
  ['shouldUpdate', 'should-update'],
  ['blank', 'blank'],
] as const;
const WARNING_TEXT = { combinedStale: '栏目不更新累计', shouldUpdate: '未更新栏目', blank: '空白栏目' } as const;

// veto.columns-stale items (1)–(3), indicators §3 / §4.3 ("超过（含）N" means ≥ N); 预警 levels of §11 below them.
function addColumnVetoes(c: VetoCounters, findingIds: Map<string, string[]>, texts: ReturnType<typeof vetoTexts>, vetoes: VetoHit[], warnings: WarningHit[], hit: HitFn) {
  for (const [key, item] of ITEMS) {
    const counter = c[key];
    if (counter.level === 'veto') vetoes.push(hit('veto.columns-stale', item, texts[key], counter.members.flatMap((m) => findingIds.get(m.url) ?? []), counter.count));
    else if (counter.level === 'warning') warnings.push({ ruleId: `warning.${item}`, text: `${WARNING_TEXT[key]}${counter.count}个（预警）`, count: counter.count });
  }
}
