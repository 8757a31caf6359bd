import type { CrawledPage, CrawlStatus } from '@/lib/scan/crawl-types';
import { columnLinksOf } from '@/lib/scan/column-links';
import type { PageScan } from '@/lib/scan/types';
import { loadSettings } from '@/lib/settings/settings';
import type { BackgroundDeps } from './deps';
import { fetchPage } from './fetch-page';
import { scanHtmlOffscreen } from './offscreen';
import { acceptScan, activeRuleSet, scanTab, type ScanOutcome } from './scan-tab';
import { scanInBackgroundTab } from './scan-background-tab';

interface Run {
  status: CrawlStatus;
  cancelled: boolean;
}

const runs = new Map<string, Run>();

/** Progress of a crawl run, or null when the worker does not know it (restarted, or a bad id). */
export function crawlStatus(runId: string): CrawlStatus | null {
  const run = runs.get(runId);
  return run ? structuredClone(run.status) : null;
}

export function cancelCrawl(runId: string): boolean {
  const run = runs.get(runId);
  if (!run || run.status.state !== 'running') return false;
  run.cancelled = true;
  run.status.state = 'cancelled';
  return true;
}

/**
 * Sub-column crawl (issue 3 §8): scans the tab, then every same-site column it links to, level by level to
 * `depth`. Pages are fetched politely (a few at a time per host, a gap between starts, a timeout), decoded by
 * header/meta and scanned from their HTML in the offscreen document; a page whose HTML shows no list (script-built
 * lists, frames, placeholders) is opened in a background tab and scanned rendered. Runs in the background; poll
 * `crawlStatus`.
 */
export function startCrawl(deps: BackgroundDeps, tabId: number, depth: number, checkDate: string, maxPages = 200): string {
  const runId = deps.newId();
  const run: Run = { status: { runId, state: 'running', done: 0, total: 1, pages: [], error: null }, cancelled: false };
  runs.set(runId, run);
  void crawl(deps, run, tabId, depth, checkDate, maxPages).catch((error: unknown) => {
    run.status.state = 'failed';
    run.status.error = error instanceof Error ? error.message : String(error);
  });
  return runId;
}

async function crawl(deps: BackgroundDeps, run: Run, tabId: number, depth: number, checkDate: string, maxPages: number) {
  const settings = await loadSettings(deps.db);
  const ruleSet = await activeRuleSet(deps.db);
  const start = await scanTab(deps, tabId, checkDate);
  record(run, start.scan.url, 0, start, 'tab', null);
  const seen = new Set([normal(start.scan.url)]);
  let frontier = [start.scan];
  for (let level = 1; level <= depth && !run.cancelled; level += 1) {
    const next = frontier.flatMap((s) => columnLinksOf(s)).filter((u) => !seen.has(normal(u)) && seen.add(normal(u)));
    const todo = next.slice(0, Math.max(0, maxPages - run.status.total));
    run.status.total += todo.length;
    const scanned: PageScan[] = [];
    await runPool(todo, settings.links.perHost, settings.links.minGapMs, async (url) => {
      if (run.cancelled) return;
      const outcome = await scanOne(deps, url, checkDate, ruleSet, settings.links.timeoutMs);
      if (run.cancelled) return;
      record(run, url, level, outcome.result, outcome.via, outcome.error);
      if (outcome.result) scanned.push(outcome.result.scan);
    });
    frontier = scanned;
  }
  if (!run.cancelled) run.status.state = 'done';
}

async function scanOne(deps: BackgroundDeps, url: string, checkDate: string, ruleSet: Awaited<ReturnType<typeof activeRuleSet>>, timeoutMs: number) {
  const fetched = await fetchPage(deps.fetch, url, timeoutMs);
  if (!fetched.ok) return { result: null, via: null, error: fetched.error } as const;
  try {
    const raw = await scanHtmlOffscreen(fetched.html, fetched.url, checkDate, ruleSet);
    const scan = raw as PageScan;
    const main = scan.mainListIndex === null ? null : scan.lists[scan.mainListIndex];
    // No list in the static HTML: the list may be built by script or live in a frame — render it in a tab.
    const needsRender = scan.pageKind !== 'article' && scan.pageKind !== 'home' && (!main || main.itemCount === 0) && (scan.placeholders.includes('空列表') || /<iframe/i.test(fetched.html) || scan.placeholders.length === 0 && scan.pageKind === 'column');
    if (needsRender) return { result: await scanInBackgroundTab(deps, fetched.url, checkDate, timeoutMs), via: 'tab', error: null } as const;
    return { result: await acceptScan(deps, raw, checkDate, ruleSet), via: 'fetch', error: null } as const;
  } catch (error) {
    return { result: null, via: null, error: error instanceof Error ? error.message : String(error) } as const;
  }
}

function record(run: Run, url: string, depth: number, outcome: ScanOutcome | null, via: CrawledPage['via'], error: string | null) {
  run.status.done += 1;
  run.status.pages.push({
    url,
    depth,
    scanId: outcome?.scanId ?? null,
    title: outcome?.scan.title ?? '',
    columnName: outcome?.judgement.columnName ?? null,
    status: outcome?.judgement.status ?? null,
    via,
    error,
  });
}

/** Runs `task` over `items`, `limit` at a time, starting one every `gapMs` at most (same host: politeness). */
async function runPool<T>(items: T[], limit: number, gapMs: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let lastStart = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      const wait = lastStart + gapMs - Date.now();
      lastStart = Math.max(Date.now(), lastStart + gapMs);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function normal(url: string): string {
  return url.replace(/#.*$/, '').replace(/\/index\.s?html?$/i, '/');
}
