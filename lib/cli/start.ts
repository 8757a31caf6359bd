// `npm start`: build the extension, serve the demo government site, and open Chromium with the extension on it.
// With no display, or with --headless, it runs the same inspection as `npm run inspect` (depth 1) on the demo site
// through the extension and prints a readable summary.
import { startDemoSite } from '../../tests/demo-site/server';
import { ensureBuilt } from './build';
import { launchWithExtension } from './launch';
import { printInspectionSummary } from './summary';

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main() {
  const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
  const extDir = ensureBuilt(log);
  const site = await startDemoSite();
  log(`演示政府网站：${site.url('/')}（监测时间点 ${site.today}）`);
  const browser = await launchWithExtension(extDir, { headless, isolateNetwork: true });
  const page = await browser.context.newPage();
  await page.goto(site.url('/'));
  if (!headless) {
    await page.bringToFront();
    log('已在 Chromium 中打开演示网站。点击工具栏上的「巡检助手」图标打开侧边栏；关闭浏览器窗口即退出。');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
    await site.stop();
    return;
  }
  try {
    const tabId = await browser.tabIdOf(page);
    const started = await browser.request({ type: 'scan/crawl', tabId, depth: 1, checkDate: site.today });
    if (!started.ok) throw new Error(started.error);
    for (;;) {
      const status = await browser.request({ type: 'scan/crawl-status', runId: started.data.runId });
      if (!status.ok) throw new Error(status.error);
      if (status.data.state !== 'running') break;
      log(`已检查 ${status.data.done}/${status.data.total} 个页面…`);
      await new Promise((r) => setTimeout(r, 500));
    }
    const home = await browser.request({ type: 'scan/tab', tabId, checkDate: site.today });
    if (!home.ok) throw new Error(home.error);
    const crawl = await browser.request({ type: 'scan/crawl-status', runId: started.data.runId });
    if (!crawl.ok) throw new Error(crawl.error);
    process.stdout.write(printInspectionSummary(home.data.scan, home.data.judgement, crawl.data));
  } finally {
    await browser.close();
    await site.stop();
  }
}

main().catch((error: unknown) => {
  log(`运行失败：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
