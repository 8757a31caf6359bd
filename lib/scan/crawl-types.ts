import type { ColumnStatus } from '@/lib/rules/column-verdict';

/** One page of a sub-column crawl, as the progress view and the CLI see it. */
export interface CrawledPage {
  url: string;
  depth: number;
  scanId: string | null;
  title: string;
  columnName: string | null;
  status: ColumnStatus | null;
  /** How the page was read: fetched HTML, or opened in a background tab (scripts, frames). */
  via: 'fetch' | 'tab' | null;
  error: string | null;
}

export interface CrawlStatus {
  runId: string;
  state: 'running' | 'done' | 'cancelled' | 'failed';
  done: number;
  total: number;
  pages: CrawledPage[];
  error: string | null;
}
