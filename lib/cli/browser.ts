import { existsSync } from 'node:fs';
import path from 'node:path';

/** Where the built extension is (WXT_OUT_DIR overrides `.output`). */
export function extensionDir(root = process.cwd()): string {
  return path.resolve(root, process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
}

const candidates = [
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

/** The Chrome/Chromium to drive: CHROMIUM_PATH, else the first one installed. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** Chromium flags that load our extension and keep the browser off the network except for test hosts. */
export function chromiumArgs(extDir: string, opts: { isolateNetwork: boolean }): string[] {
  const args = [
    `--disable-extensions-except=${extDir}`,
    `--load-extension=${extDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-sync',
    '--disable-background-networking',
    '--disable-component-update',
  ];
  if (opts.isolateNetwork) {
    // *.gov.test and 127.x are the local demo site; every other name fails locally, with no DNS query.
    args.push('--host-resolver-rules=MAP *.gov.test 127.0.0.1 , MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost');
  }
  return args;
}
