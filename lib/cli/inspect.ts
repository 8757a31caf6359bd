// `npm run inspect -- <start-url> [--depth N] [--at YYYY-MM-DD] [--out DIR] [--no-links]`: runs the extension's own
// scan and sub-column crawl in headless Chromium and writes DIR/pages.json and DIR/bundle.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleSchema, BUNDLE_FORMAT, BUNDLE_VERSION } from '@/lib/bundle/bundle-schema';
import { todayInChina } from '@/lib/dates/calendar';
import { DEFAULT_RULE_SET } from '@/lib/rules/active-rule-set';
import type { PageJudgement } from '@/lib/rules/page-verdict';
import { columnFindingDraft } from '@/lib/scan/finding-drafts';
import { findingDraftSchema } from '@/lib/findings/draft';
import type { PageScan } from '@/lib/scan/types';
import { ensureBuilt } from './build';
import { parseInspectArgs } from './inspect-args';
import { launchWithExtension } from './launch';
import { pageEntry, type PageEntry, type PageLinkEntry } from './pages-json';
import { readFindings, readStore } from './extension-db';
import { checkLinksInBrowser } from './check-links';

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<number> {
  let args;
  try {
    args = parseInspectArgs(process.argv.slice(2));
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const checkDate = args.at ?? todayInChina(new Date());
  const checkLinks = args.links ? checkLinksInBrowser : null;
  const extDir = ensureBuilt(log);
  const host = new URL(args.startUrl).hostname;
  const isolate = host.endsWith('.test') || process.env.INSPECT_ISOLATE === '1';
  log(`启动浏览器（监测时间点 ${checkDate}）…`);
  const browser = await launchWithExtension(extDir, { headless: true, isolateNetwork: isolate });
  try {
    const page = await browser.context.newPage();
    const response = await page.goto(args.startUrl, { timeout: 30_000, waitUntil: 'load' }).catch((e: unknown) => e as Error);
    if (response instanceof Error || !response) {
      log(`无法打开起始页面：${args.startUrl}（${response instanceof Error ? response.message.split('\n')[0] : '无响应'}）`);
      return 3;
    }
    if (response.status() >= 400) {
      log(`起始页面返回 HTTP ${response.status()}：${args.startUrl}`);
      return 3;
    }
    const tabId = await browser.tabIdOf(page);
    const started = await browser.request({ type: 'scan/crawl', tabId, depth: args.depth, checkDate });
    if (!started.ok) throw new Error(started.error);
    let last = -1;
    for (;;) {
      const status = await browser.request({ type: 'scan/crawl-status', runId: started.data.runId });
      if (!status.ok) throw new Error(status.error);
      if (status.data.done !== last) log(`已检查 ${(last = status.data.done)}/${status.data.total} 个页面`);
      if (status.data.state !== 'running') {
        if (status.data.state === 'failed') throw new Error(status.data.error ?? '栏目检查失败');
        for (const p of status.data.pages.filter((p) => p.error)) log(`  未能检查 ${p.url}：${p.error}`);
        break;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    const crawl = await browser.request({ type: 'scan/crawl-status', runId: started.data.runId });
    if (!crawl.ok) throw new Error(crawl.error);
    const stored = await readStore<{ id: string; result: PageScan & { judgement: PageJudgement } }>(browser.worker, 'scans');
    const byId = new Map(stored.map((s) => [s.id, s.result]));
    const entries: PageEntry[] = [];
    for (const p of crawl.data.pages) {
      const result = p.scanId ? byId.get(p.scanId) : undefined;
      if (!result) continue;
      let links: PageLinkEntry[] = [];
      if (checkLinks) {
        const tab = await browser.context.newPage();
        await tab.goto(result.url, { timeout: 30_000 }).catch(() => null);
        links = await checkLinks(browser, await browser.tabIdOf(tab)).catch((e: unknown) => (log(`链接检查失败：${String(e)}`), []));
        await tab.close();
      }
      entries.push(pageEntry(result, result.judgement, links));
      const draft = columnFindingDraft(result, result.judgement, homeOrMainBlock(result.judgement), DEFAULT_RULE_SET, null);
      if (draft) await browser.request({ type: 'finding/flag', finding: findingDraftSchema.parse(draft) });
    }
    const bundle = bundleSchema.parse({
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      exportedAt: new Date().toISOString(),
      generator: 'npm run inspect',
      columns: await readStore(browser.worker, 'columns'),
      findings: await readFindings(browser.worker),
    });
    mkdirSync(args.out, { recursive: true });
    writeFileSync(path.join(args.out, 'pages.json'), `${JSON.stringify(entries, null, 2)}\n`);
    writeFileSync(path.join(args.out, 'bundle.json'), `${JSON.stringify(bundle, null, 2)}\n`);
    log(`完成：${entries.length} 个页面，${bundle.findings.length} 条问题 → ${path.resolve(args.out)}`);
    return 0;
  } finally {
    await browser.close();
  }
}

/** The block a page-level finding is about: the home page verdict, or the column's own list. */
function homeOrMainBlock(j: PageJudgement) {
  if (j.pageKind === 'home') return { name: '首页', listIndex: null, columnClass: 'dynamic' as const, itemCount: j.itemCount ?? 0, lastUpdate: j.lastUpdate, verdict: j.verdict };
  return j.blocks[0] ?? { name: j.columnName ?? '', listIndex: null, columnClass: j.columnClass ?? 'other', itemCount: 0, lastUpdate: null, verdict: j.verdict };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`检查失败：${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
