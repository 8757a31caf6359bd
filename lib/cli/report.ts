// `npm run report -- <bundle.json|zip>... [--quarter 2021Q1] --out DIR`: compiles the 通报 from bundles, without a browser.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_BUNDLE_BYTES, type Bundle } from '../bundle/bundle-schema';
import { readBundle } from '../bundle/read-bundle';
import { buildReport } from '../report/build-report';
import { inputFromBundles, latestQuarter } from '../report/input-from-bundles';
import { renderCsv } from '../report/render-csv';
import { renderDocx } from '../report/render-docx';
import { renderHtml } from '../report/render-html';
import { renderXlsx } from '../report/render-xlsx';

const USAGE = '用法 / usage: npm run report -- <bundle.json>... [--quarter 2021Q1] --out DIR';

function parseArgs(argv: string[]) {
  const files: string[] = [];
  let quarter: string | null = null;
  let out: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    if (a === '--quarter') quarter = argv[++i] ?? null;
    else if (a === '--out') out = argv[++i] ?? null;
    else files.push(a);
  }
  return { files, quarter, out };
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const { files, quarter, out } = parseArgs(argv);
  if (!files.length || !out) return fail(USAGE);
  if (quarter !== null && !/^\d{4}Q[1-4]$/.test(quarter)) return fail(`季度格式应为 2021Q1：${quarter}`);
  const bundles: Bundle[] = [];
  for (const file of files) {
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      return fail(`找不到文件：${file}`);
    }
    if (size > MAX_BUNDLE_BYTES) return fail(`${file}：文件过大，问题包不能超过 200 MB。`);
    const read = readBundle(new Uint8Array(readFileSync(file)));
    if (!read.ok) return fail(`${file}：${read.error}`);
    bundles.push(read.bundle);
  }
  const q = quarter ?? latestQuarter(bundles);
  if (!q) return fail('问题包中没有任何问题记录，请用 --quarter 指定季度。');
  const model = buildReport(inputFromBundles(bundles, q));
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'report.docx'), await renderDocx(model));
  writeFileSync(path.join(out, 'report.xlsx'), await renderXlsx(model));
  writeFileSync(path.join(out, 'report.html'), renderHtml(model));
  for (const csv of renderCsv(model)) writeFileSync(path.join(out, csv.name), csv.text);
  process.stdout.write(`${model.title}\n网站合格率 ${model.figures.websites.rate}，政务新媒体合格率 ${model.figures.media.rate}\n已写入 ${path.resolve(out)}\n`);
  return 0;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 1;
}

const invoked = process.argv[1] ? path.resolve(process.argv[1]) : '';
if (invoked.endsWith(path.join('lib', 'cli', 'report.ts'))) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code), (err: unknown) => {
    console.error('报告生成失败：', err);
    process.exitCode = 1;
  });
}
