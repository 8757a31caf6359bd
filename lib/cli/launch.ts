import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Reply, Request, RequestType } from '@/lib/messaging/protocol';
import { chromiumArgs, findChromium } from './browser';

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Sends a request to the extension's background from one of its own pages, as the side panel does. */
  request: <T extends RequestType>(request: Extract<Request, { type: T }>) => Promise<Reply<T>>;
  /** The tab id of a page opened in this browser. */
  tabIdOf: (page: Page) => Promise<number>;
  close: () => Promise<void>;
}

/** Launches Chromium with the built extension in a throw-away profile. */
export async function launchWithExtension(extDir: string, opts: { headless: boolean; isolateNetwork: boolean }): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('找不到 Chrome/Chromium：请先运行 npm start 安装，或设置 CHROMIUM_PATH。');
  const profile = mkdtempSync(path.join(tmpdir(), 'inspector-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: opts.headless,
    viewport: opts.headless ? { width: 1280, height: 800 } : null,
    args: chromiumArgs(extDir, opts),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  let bridge: Page | null = null;
  const bridgePage = async () => {
    if (!bridge || bridge.isClosed()) {
      bridge = await context.newPage();
      await bridge.goto(`chrome-extension://${extensionId}/options.html`);
    }
    return bridge;
  };
  return {
    context,
    worker,
    extensionId,
    request: async (request) => (await bridgePage()).evaluate((r) => chrome.runtime.sendMessage(r), request as never),
    tabIdOf: async (page) => {
      const url = page.url();
      const id = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
      if (id === undefined) throw new Error(`找不到页面对应的标签页：${url}`);
      return id;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
