import type { PageJudgement } from '@/lib/rules/page-verdict';
import type { CrawlStatus } from '@/lib/scan/crawl-types';
import type { PageScan } from '@/lib/scan/types';

const STATUS: Record<string, string> = { ok: '正常', stale: '未按时更新', empty: '空白栏目', undated: '未注明日期', 'not-applicable': '不适用' };

/** A plain-text summary of one page scan, for the terminal. */
export function printScanSummary(scan: PageScan): string {
  const id = scan.identity;
  const lines = [
    `页面：${scan.title} <${scan.url}>`,
    `监测时间点：${scan.checkDate}`,
    `网站名称：${id.siteName ?? '未发现'}`,
    `网站标识码：${id.siteIdCode ?? '未发现'}${id.siteIdCodeWarnings.length ? `（${id.siteIdCodeWarnings.join('；')}）` : ''}`,
    `主办单位：${id.sponsor ?? '未发现'}`,
    `ICP备案：${id.icp ?? '未发现'}    公安备案：${id.policeRecord ?? '未发现'}`,
    `发现列表：${scan.lists.length} 个；链接：${scan.links.length} 个；用时 ${scan.durationMs.toFixed(1)} ms`,
  ];
  return `${lines.join('\n')}\n`;
}

/** The home page, every crawled column with its verdict, and the three veto counters. */
export function printInspectionSummary(home: PageScan, judgement: PageJudgement, crawl: CrawlStatus): string {
  const lines = [printScanSummary(home).trimEnd(), `首页更新：${STATUS[judgement.status]}（最近 ${judgement.lastUpdate ?? '无日期'}）`, '', '栏目检查：'];
  const columns = crawl.pages.filter((p) => p.depth > 0);
  for (const p of columns) lines.push(`  ${(p.columnName ?? p.title).padEnd(8, '　')} ${p.status ? STATUS[p.status] : `失败：${p.error}`}`);
  const count = (s: string) => columns.filter((p) => p.status === s).length;
  lines.push('', `空白栏目 ${count('empty')} 个；未按时更新 ${count('stale')} 个；未注明日期 ${count('undated')} 个（单项否决线：空白栏目≥5，应更新未更新≥10）`);
  return `${lines.join('\n')}\n`;
}
