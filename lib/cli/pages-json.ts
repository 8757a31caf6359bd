import type { PageJudgement } from '@/lib/rules/page-verdict';
import type { PageScan } from '@/lib/scan/types';

export interface PageLinkEntry {
  url: string;
  verdict: 'ok' | 'dead' | 'suspect' | 'skipped';
  httpStatus: number | null;
  reason: string;
}

/** One entry of pages.json (issue 3, "Command line"). */
export interface PageEntry {
  url: string;
  title: string;
  siteCode: string | null;
  siteName: string | null;
  columnName: string | null;
  columnPath: string[];
  columnClass: PageJudgement['columnClass'];
  pageKind: PageScan['pageKind'];
  itemCount: number | null;
  lastUpdate: string | null;
  status: PageJudgement['status'];
  links: PageLinkEntry[];
}

/** The pages.json entry of a stored scan and its judgement. */
export function pageEntry(scan: PageScan, judgement: PageJudgement, links: PageLinkEntry[]): PageEntry {
  return {
    url: scan.url,
    title: scan.title,
    // The code the public sees (footer or 找错 widget); a meta-only code is a missing footer element (indicators §8.2).
    siteCode: scan.identity.siteIdCodeSources.find((s) => s.source === 'footer' || s.source === 'jiucuo')?.value ?? null,
    siteName: scan.identity.siteName,
    columnName: judgement.columnName,
    columnPath: judgement.columnPath,
    columnClass: judgement.columnClass,
    pageKind: judgement.pageKind,
    itemCount: judgement.itemCount,
    lastUpdate: judgement.lastUpdate,
    status: judgement.status,
    links,
  };
}
