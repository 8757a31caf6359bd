import type { PageScan } from './types';
import { readFooterIdentity } from './footer';
import { readMeta } from './meta';

export interface ScanOptions {
  checkDate: string;
  now?: () => number;
}

/** Scans a rendered document: identity, meta tags and lists. Pure: DOM in, data out. */
export function scanDocument(doc: Document, options: ScanOptions): PageScan {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const meta = readMeta(doc);
  return {
    url: doc.URL.slice(0, 4000),
    title: (doc.title || '').trim().slice(0, 500),
    checkDate: options.checkDate,
    meta,
    breadcrumb: [],
    columnName: meta.ColumnName ?? null,
    columnClass: 'other',
    pageKind: 'other',
    pubDate: null,
    lists: [],
    mainListIndex: null,
    placeholders: [],
    pagination: null,
    identity: readFooterIdentity(doc, meta),
    links: [],
    warnings: [],
    durationMs: Math.max(0, now() - started),
  };
}
