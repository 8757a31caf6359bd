// `npm start`: build the extension, serve the demo government site, and open Chromium with the extension on it.
// With no display, or with --headless, it scans the demo site through the extension and prints what it found.
import { startDemoSite } from '../../tests/demo-site/server';
import { ensureBuilt } from './build';
import { launchWithExtension } from './launch';
import { printScanSummary } from './summary';

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
  const tabId = await browser.tabIdOf(page);
  const reply = await browser.request({ type: 'scan/tab', tabId, checkDate: site.today });
  await browser.close();
  await site.stop();
  if (!reply.ok) throw new Error(reply.error);
  process.stdout.write(printScanSummary(reply.data.scan));
}

main().catch((error: unknown) => {
  log(`运行失败：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
