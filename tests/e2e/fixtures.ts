import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, extensionDir, findChromium } from '../../lib/cli/browser';
import { startDemoSite } from '../demo-site/server';

export const DEMO_TODAY = '2026-11-20';

type DemoSite = Awaited<ReturnType<typeof startDemoSite>>;

interface TestFixtures {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens a demo-site page in a tab and returns it with its tab id. */
  openTab: (url: string) => Promise<{ page: Page; tabId: number }>;
  /** Opens an extension page (sidepanel.html, options.html) in a normal tab, for the given target tab. */
  openExtensionPage: (file: 'sidepanel.html' | 'options.html', tabId?: number) => Promise<Page>;
}

export const test = base.extend<TestFixtures, { site: DemoSite }>({
  site: [
    async ({}, use) => {
      const site = await startDemoSite({ today: DEMO_TODAY, slowMs: 20_000 });
      await use(site);
      await site.stop();
    },
    { scope: 'worker' },
  ],

  context: async ({}, use) => {
    const extDir = extensionDir();
    if (!existsSync(path.join(extDir, 'manifest.json'))) {
      throw new Error(`No build found in ${extDir}: run \`npm run build\` before the e2e tests.`);
    }
    const executablePath = findChromium();
    if (!executablePath) throw new Error('No Chromium found: run `npm test` (it installs Debian chromium) or set CHROMIUM_PATH.');
    const profile = mkdtempSync(path.join(tmpdir(), 'inspector-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: chromiumArgs(extDir, { isolateNetwork: true }),
    });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },

  worker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },

  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },

  openTab: async ({ context, worker }, use) => {
    await use(async (url) => {
      const page = await context.newPage();
      await page.goto(url);
      const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, page.url());
      if (!tabId) throw new Error(`tab for ${url} not found`);
      return { page, tabId };
    });
  },

  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (file, tabId) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}${tabId ? `?tabId=${tabId}` : ''}`);
      return page;
    });
  },
});

export const expect = test.expect;
