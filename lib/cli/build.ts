import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { extensionDir } from './browser';

const SOURCE_DIRS = ['entrypoints', 'components', 'lib'];
const SOURCE_FILES = ['wxt.config.ts', 'package.json'];

function newestMtime(root: string, entries: string[]): number {
  let newest = 0;
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const child of readdirSync(p)) walk(path.join(p, child));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const entry of entries) walk(path.join(root, entry));
  return newest;
}

/** Builds the extension when `.output/chrome-mv3` is missing or older than the sources. Returns its folder. */
export function ensureBuilt(log: (line: string) => void, root = process.cwd()): string {
  const dir = extensionDir(root);
  const manifest = path.join(dir, 'manifest.json');
  const stale = !existsSync(manifest) || statSync(manifest).mtimeMs < newestMtime(root, [...SOURCE_DIRS, ...SOURCE_FILES]);
  if (stale) {
    log('正在构建扩展 (wxt build)…');
    const result = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error('扩展构建失败（wxt build）');
  }
  return dir;
}
