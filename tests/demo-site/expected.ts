// Typed access to expected.json, the single description of what a scan of the demo site should find.
import { readFileSync } from 'node:fs';

export { dateForOffset } from './dates';

export type PageKind = 'home' | 'column' | 'article' | 'other';
export type ColumnClass = 'dynamic' | 'notice' | 'personnel' | 'interaction' | 'other';
export type PageStatus = 'ok' | 'stale' | 'empty' | 'undated' | 'not-applicable';
export type LinkVerdict = 'ok' | 'dead' | 'suspect' | 'skipped';

export interface ExpectedPage {
  path: string;
  host: string;
  pageKind: PageKind;
  columnName: string | null;
  /** Breadcrumb from 首页. */
  columnPath: string[];
  columnClass: ColumnClass | null;
  itemCount: number | null;
  /** Days before `today` of the newest non-future list date; null when there is none. */
  lastUpdateOffset: number | null;
  status: PageStatus;
  futureOffsets?: number[];
  paginationPaths?: string[];
  renderedByScript?: boolean;
  frameSrc?: string;
  charset?: string;
  pubDateOffset?: number | null;
  visibleDateOffset?: number | null;
  interaction?: {
    letters: number;
    answered: number;
    unanswered: number;
    overdue: number;
    overdueAskedOffsets: number[];
    pendingAskedOffsets: number[];
  };
  notes?: string;
}

export interface ExpectedFixedDatePage extends Omit<ExpectedPage, 'lastUpdateOffset' | 'itemCount'> {
  fixedCheckDate: string;
  itemCount: number;
  listDates: string[];
  resolvedDates: string[];
  lastUpdate: string;
}

export interface ExpectedLink {
  /** As written in the page; `{port}` / `{closedPort}` are placeholders (see resolveHref in pages/links.ts). */
  href: string;
  host: string | null;
  path: string | null;
  via?: 'href' | 'img' | 'javascript-href' | 'onclick';
  verdict: LinkVerdict;
  reason: string;
  finalPath?: string;
}

export interface SiteIdentityExpectation {
  host: string;
  siteName: string;
  siteCode: string | null;
  icp: string;
  policeRecord: string | null;
  sponsor: string;
}

export interface Expected {
  hosts: { main: string; department: string; other: string };
  windows: Record<string, string>;
  site: SiteIdentityExpectation & { siteDomain: string; phone: string; postcode: string; siteCode: string };
  departmentSite: SiteIdentityExpectation & { metaSiteCode: string };
  pages: ExpectedPage[];
  fixedDatePages: ExpectedFixedDatePage[];
  linkPages: string[];
  links: ExpectedLink[];
  baseLinks: { page: string; links: ExpectedLink[] };
}

let cached: Expected | undefined;

/** Reads expected.json once. */
export function loadExpected(): Expected {
  cached ??= JSON.parse(readFileSync(new URL('./expected.json', import.meta.url), 'utf8')) as Expected;
  return cached;
}
