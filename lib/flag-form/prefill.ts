import { z } from 'zod';
import { findingKindSchema, isoDateSchema, type ColumnRecord, type FindingKind, type Site } from '@/lib/db/records';
import type { FindingDraft } from '@/lib/findings/draft';
import type { FlagFacts } from './facts';
import type { FlagMode } from './mode';

// executeScript() arguments lose null values on the way into the page, so nullable fields default to null.
const maybe = z.string().nullable().default(null);

/** Everything the in-page form shows before the inspector types anything. */
export const flagPrefillSchema = z.object({
  tabId: z.number().int().nonnegative(),
  kind: findingKindSchema,
  pageUrl: z.string(),
  pageTitle: z.string(),
  targetUrl: maybe,
  siteIdCode: maybe,
  siteName: z.string(),
  columnPath: z.array(z.string()),
  department: maybe,
  quarter: z.string(),
  checkDate: isoDateSchema,
  quote: maybe,
  context: maybe,
  selector: maybe,
  detail: z.string(),
});
export type FlagPrefill = z.infer<typeof flagPrefillSchema>;

const kindOf: Record<FlagMode, FindingKind> = { selection: 'wording-error', link: 'dead-link', page: 'other' };

/** Builds the form's prefill from page facts and the registries (site, column → 责任部门). Pure. */
export function buildPrefill(
  facts: FlagFacts,
  mode: FlagMode,
  env: { tabId: number; quarter: string; checkDate: string; site: Site | null; columns: ColumnRecord[] },
): FlagPrefill {
  const column = matchColumn(env.columns, facts.pageUrl, facts.breadcrumb);
  const kind = kindOf[mode];
  const detail =
    kind === 'wording-error' && facts.quote ? `表述错误：「${facts.quote.slice(0, 200)}」` : kind === 'dead-link' && facts.targetUrl ? `错误链接：${facts.targetUrl.slice(0, 300)}` : '';
  return {
    tabId: env.tabId,
    kind,
    pageUrl: facts.pageUrl,
    pageTitle: facts.pageTitle,
    targetUrl: facts.targetUrl,
    siteIdCode: facts.siteIdCode ?? env.site?.siteIdCode ?? null,
    siteName: env.site?.name ?? facts.siteName ?? '',
    columnPath: facts.breadcrumb.length > 0 ? facts.breadcrumb : (column?.path ?? []),
    department: column?.department ?? null,
    quarter: env.quarter,
    checkDate: env.checkDate,
    quote: facts.quote,
    context: facts.context,
    selector: facts.selector,
    detail,
  };
}

/**
 * The registry column a page belongs to: the column whose URL is the longest prefix of the page URL (an article
 * under /xwzx/gzdt/ belongs to 工作动态), else the column whose path equals the breadcrumb.
 */
export function matchColumn(columns: ColumnRecord[], pageUrl: string, breadcrumb: string[]): ColumnRecord | null {
  const page = pageUrl.split('#')[0]!;
  let best: ColumnRecord | null = null;
  for (const c of columns) {
    const base = c.url.replace(/(index|default)\.s?html?$/i, '');
    if (page.startsWith(base) && (!best || base.length > best.url.length)) best = c;
  }
  if (best) return best;
  const joined = breadcrumb.join('>');
  return joined ? (columns.find((c) => c.path.join('>') === joined) ?? null) : null;
}

/** What the inspector typed in the form. */
export interface FlagFormValues {
  kind: FindingKind;
  detail: string;
  suggestion: string;
  columnPath: string;
  department: string;
  screenshotIds: string[];
}

/** The `finding/flag` draft for a submitted form. Pure. */
export function draftFromForm(p: FlagPrefill, v: FlagFormValues): FindingDraft {
  const path = v.columnPath.split(/\s*[>＞]\s*/).map((s) => s.trim()).filter(Boolean);
  return {
    kind: v.kind,
    pageUrl: p.pageUrl,
    pageTitle: p.pageTitle,
    targetUrl: p.targetUrl,
    siteIdCode: p.siteIdCode,
    siteName: p.siteName,
    columnPath: path,
    department: v.department.trim() || null,
    detail: v.detail.trim() || '（未填写说明）',
    suggestion: v.suggestion.trim() || null,
    checkDate: p.checkDate,
    selector: p.selector,
    quote: p.quote,
    context: p.context,
    screenshotIds: v.screenshotIds,
  };
}
