import { collectLinks } from '@/lib/links/collect-links';
import { DEFAULT_RULE_SET } from '@/lib/rules/active-rule-set';
import { classifyColumn, matchLabel } from '@/lib/rules/columns';
import type { RuleSet } from '@/lib/rules/rule-set-schema';
import { findBlankSignals, readPagination } from './blank';
import { readBreadcrumb } from './breadcrumb';
import { findDates } from './dates';
import { readFooterIdentity } from './footer';
import { readList } from './list-items';
import { findLists, type RawList } from './lists';
import { readMeta } from './meta';
import { isNavigationList, readPageKind } from './page-kind';
import { createRegionClassifier } from './region';
import { cssPath } from './selector';
import type { PageList, PageScan } from './types';

export interface ScanOptions {
  checkDate: string;
  ruleSet?: RuleSet;
  now?: () => number;
  /** Skip the link inventory (crawled pages only need columns). */
  skipLinks?: boolean;
  /** The page's address when the document was parsed from fetched HTML (its own URL is the parser's). */
  url?: string;
}

const MAX_LISTS = 300;

/** Scans a rendered document: identity, meta tags, breadcrumb, lists, dates, blank signals. Pure: DOM in, data out. */
export function scanDocument(doc: Document, options: ScanOptions): PageScan {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const ruleSet = options.ruleSet ?? DEFAULT_RULE_SET;
  const warnings: string[] = [];
  const meta = readMeta(doc);
  const breadcrumb = readBreadcrumb(doc);
  const lists = collectLists(doc, options.checkDate, warnings).slice(0, MAX_LISTS);
  const tLists = now();
  const pageUrl = options.url ?? doc.URL;
  const origin = safeOrigin(pageUrl);
  const mainListIndex = pickMainList(lists, origin);
  const main = mainListIndex === null ? null : lists[mainListIndex]!;
  const region = createRegionClassifier();
  const placeholders = findBlankSignals(doc, ruleSet.blankPlaceholders, (el) => region.roleOf(el) === 'main');
  const lastCrumb = breadcrumb.length > 1 ? breadcrumb[breadcrumb.length - 1]! : null;
  const crumbIsColumn = !!lastCrumb && matchLabel(lastCrumb, ruleSet) !== null;
  const tBlank = now();
  const pageKind = readPageKind(doc, pageUrl, { meta, breadcrumb, main, placeholders, crumbIsColumn });
  const title = (doc.title || '').replace(/\s+/g, ' ').trim().slice(0, 500);
  const columnName = readColumnName(meta, breadcrumb, main, title, pageKind);
  const columnClass = classifyColumn({ columnType: meta.ColumnType ?? null, columnName: meta.ColumnName ?? columnName, breadcrumb, navLabel: main?.heading ?? null }, ruleSet).columnClass;
  const pubDateRaw = meta.PubDate ?? meta.pubdate ?? null;
  const tLinksStart = now();
  const links = options.skipLinks ? [] : collectLinks(doc).slice(0, 50_000);
  const tLinks = now();
  const identity = readFooterIdentity(doc, meta);
  return {
    url: pageUrl.slice(0, 4000),
    title,
    checkDate: options.checkDate,
    meta,
    breadcrumb,
    columnName,
    columnClass,
    pageKind,
    pubDate: pubDateRaw ? (findDates(pubDateRaw).find((d) => !d.yearless)?.value ?? null) : null,
    lists,
    mainListIndex: pageKind === 'column' ? mainListIndex : null,
    placeholders,
    pagination: readPagination(mainText(doc)),
    identity,
    links,
    warnings: warnings.slice(0, 50),
    durationMs: Math.max(0, now() - started),
    timings: { lists: tLists - started, blank: tBlank - tLists, links: tLinks - tLinksStart, identity: now() - tLinks },
  };
}

/** Lists of the document and of its same-origin iframes (cross-origin frames are noted and skipped). */
function collectLists(doc: Document, checkDate: string, warnings: string[]): PageList[] {
  const out = findLists(doc).map((raw) => readList(raw, checkDate, null));
  const region = createRegionClassifier();
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame')).slice(0, 20)) {
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null;
    }
    if (!inner?.body) {
      const src = frame.getAttribute('src');
      if (src && !src.startsWith('javascript:') && src !== 'about:blank') warnings.push(`跨域或未加载的框架未检查：${src.slice(0, 200)}`);
      continue;
    }
    const frameRole = region.roleOf(frame);
    const selector = cssPath(frame);
    for (const raw of findLists(inner) as RawList[]) {
      if (frameRole !== 'main') raw.role = frameRole;
      out.push(readList(raw, checkDate, selector));
    }
  }
  return out;
}

/** The column's own list: the biggest main-region list (dated items weigh double); section menus do not count. */
function pickMainList(lists: PageList[], origin: string): number | null {
  let best: number | null = null;
  let bestScore = 0;
  lists.forEach((list, i) => {
    if (list.role !== 'main' || isNavigationList(list, origin)) return;
    const score = list.itemCount + list.datedCount * 2;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

function readColumnName(meta: Record<string, string>, breadcrumb: string[], main: PageList | null, title: string, kind: PageScan['pageKind']): string | null {
  if (kind === 'home') return null;
  const fromMeta = meta.ColumnName && meta.ColumnName !== meta.SiteName ? meta.ColumnName : null;
  if (fromMeta) return fromMeta.slice(0, 200);
  // An article's own title may end its breadcrumb; only a path of two levels or more names its column.
  if (kind === 'article') return breadcrumb.length >= 3 ? breadcrumb[breadcrumb.length - 1]!.slice(0, 200) : null;
  if (kind === 'other') return null;
  const crumb = breadcrumb.length > 1 ? breadcrumb[breadcrumb.length - 1]! : null;
  const name = crumb ?? main?.heading ?? (title.split(/[_|｜-]/)[0]?.trim() || null);
  return name ? name.slice(0, 200) : null;
}

function mainText(doc: Document): string {
  return (doc.body?.textContent ?? '').slice(0, 500_000);
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}
