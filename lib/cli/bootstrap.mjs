#!/usr/bin/env node
// Installs what a fresh Debian machine with Node 20 is missing, then returns. Node built-ins only: it runs before
// `npm ci`. Usage: node lib/cli/bootstrap.mjs [--for-test]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const forTest = process.argv.includes('--for-test');
const say = (line) => process.stderr.write(`[bootstrap] ${line}\n`);

function run(cmd, args, opts = {}) {
  say(`$ ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...opts.env } });
  if (result.status !== 0) {
    say(`失败 / failed: ${cmd} ${args.join(' ')} (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

function npmPackagesOutdated() {
  const marker = path.join(root, 'node_modules/.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (!existsSync(marker)) return true;
  return existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000;
}

const chromiumCandidates = [
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

function hasChromium() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH);
  return chromiumCandidates.some((p) => existsSync(p));
}

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function hasCjkFont() {
  try {
    return /Noto (Sans|Serif) CJK/i.test(execFileSync('fc-list', { encoding: 'utf8' }));
  } catch {
    return false;
  }
}

// 1. npm packages
if (npmPackagesOutdated()) {
  run('npm', existsSync(path.join(root, 'package-lock.json')) ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund']);
} else {
  say('npm 依赖已安装');
}

// 2. Debian packages: Chromium always; LibreOffice and CJK fonts for the report tests.
const debs = [];
if (!hasChromium()) debs.push('chromium');
if (forTest) {
  if (!onPath('soffice')) debs.push('libreoffice-writer', 'libreoffice-calc');
  if (!hasCjkFont()) debs.push('fonts-noto-cjk');
}
if (debs.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !onPath('apt-get')) {
    say(`缺少 / missing: ${debs.join(', ')}. 请安装后重试（Debian: sudo apt-get install ${debs.join(' ')}），或设置 CHROMIUM_PATH。`);
    process.exit(1);
  }
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...debs], { env });
} else {
  say(forTest ? 'Chromium、LibreOffice 与中文字体已就绪' : 'Chromium 已就绪');
}
