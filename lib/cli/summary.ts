import type { PageScan } from '@/lib/scan/types';

/** A plain-text summary of one page scan, for the terminal. */
export function printScanSummary(scan: PageScan): string {
  const id = scan.identity;
  const lines = [
    `页面：${scan.title} <${scan.url}>`,
    `监测时间点：${scan.checkDate}`,
    `网站名称：${id.siteName ?? '未发现'}`,
    `网站标识码：${id.siteIdCode ?? '未发现'}`,
    `主办单位：${id.sponsor ?? '未发现'}`,
    `ICP备案：${id.icp ?? '未发现'}    公安备案：${id.policeRecord ?? '未发现'}`,
    `发现列表：${scan.lists.length} 个；链接：${scan.links.length} 个；用时 ${scan.durationMs.toFixed(1)} ms`,
  ];
  return `${lines.join('\n')}\n`;
}
