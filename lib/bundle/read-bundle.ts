import { strFromU8, unzipSync } from 'fflate';
import { z } from 'zod';
import { BUNDLE_FORMAT, BUNDLE_VERSION, COLLECTIONS, MAX_BUNDLE_BYTES, bundleSchema, type Bundle, type CollectionName } from './bundle-schema';
import { compileCheck } from './fast-check';
import { migrateV0, v0BundleSchema } from './migrate-v0';
import { findDuplicate } from './duplicates';
import { formatIssues } from './zod-errors';

export type ReadResult =
  | { ok: true; bundle: Bundle; screenshots: Map<string, Uint8Array>; migratedFrom: number | null }
  | { ok: false; error: string };

const fail = (error: string): ReadResult => ({ ok: false, error });
const tooBig = (bytes: number) => fail(`文件过大（${(bytes / 1048576).toFixed(1)} MB），问题包不能超过 200 MB。`);
const isZip = (b: Uint8Array) => b.length > 3 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Reads a bundle file (JSON, or a zip with bundle.json and screenshots). Never throws; errors are Chinese text. */
export function readBundle(bytes: Uint8Array): ReadResult {
  if (bytes.byteLength > MAX_BUNDLE_BYTES) return tooBig(bytes.byteLength);
  let text: string;
  const screenshots = new Map<string, Uint8Array>();
  try {
    if (isZip(bytes)) {
      // Sizes come from the zip directory, so an oversized (or zip-bomb) entry is refused before it is inflated.
      let total = 0;
      let tooBig = false;
      const files = unzipSync(bytes, { filter: (f) => ((total += f.originalSize), total > MAX_BUNDLE_BYTES ? ((tooBig = true), false) : true) });
      if (tooBig) return fail('压缩包解压后超过 200 MB，问题包不能超过 200 MB。');
      const json = files['bundle.json'];
      if (!json) return fail('压缩包中没有 bundle.json，不是巡检助手问题包。');
      for (const [name, data] of Object.entries(files)) if (name.startsWith('screenshots/')) screenshots.set(name, data);
      text = strFromU8(json);
    } else {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
  } catch {
    return fail('文件无法读取：既不是 UTF-8 编码的 JSON，也不是有效的 zip 压缩包。');
  }
  const parsed = parseBundleText(text);
  return parsed.ok ? { ...parsed, screenshots } : parsed;
}

/**
 * Reads a bundle from a chosen file. A JSON file is decoded by the browser while it is read (no second copy of up to
 * 200 MB of bytes); only a zip, or text holding U+FFFD (perhaps bytes that are not UTF-8), takes the byte path.
 */
export async function readBundleFile(file: Blob): Promise<ReadResult> {
  if (file.size > MAX_BUNDLE_BYTES) return tooBig(file.size);
  let text: string;
  try {
    if (isZip(new Uint8Array(await file.slice(0, 4).arrayBuffer()))) return readBundle(new Uint8Array(await file.arrayBuffer()));
    text = await file.text();
    if (text.includes('\uFFFD')) return readBundle(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return fail('文件无法读取，请重新选择文件。');
  }
  const parsed = parseBundleText(text);
  return parsed.ok ? { ...parsed, screenshots: new Map() } : parsed;
}

/** Parses and validates bundle JSON text, migrating older versions. */
export function parseBundleText(text: string): Omit<Extract<ReadResult, { ok: true }>, 'screenshots'> | { ok: false; error: string } {
  if (text.length > MAX_BUNDLE_BYTES) return fail('文件过大，问题包不能超过 200 MB。');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return fail(`文件不是有效的 JSON：${err instanceof SyntaxError ? err.message : '解析失败'}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('文件内容不是问题包对象（应为 JSON 对象）。');
  const head = raw as { format?: unknown; version?: unknown };
  if (head.format !== BUNDLE_FORMAT) return fail(`文件格式名为「${String(head.format ?? '（缺失）')}」，不是巡检助手问题包（应为「${BUNDLE_FORMAT}」）。`);
  if (typeof head.version !== 'number' || !Number.isInteger(head.version) || head.version < 0) return fail('问题包缺少有效的版本号（version）。');
  if (head.version > BUNDLE_VERSION) return fail(`问题包版本 ${head.version} 比本扩展支持的版本 ${BUNDLE_VERSION} 新，请先升级巡检助手再导入。`);
  let candidate: unknown = raw;
  let migratedFrom: number | null = null;
  if (head.version === 0) {
    const v0 = v0BundleSchema.safeParse(raw, { reportInput: true });
    if (!v0.success) return fail(`第 0 版问题包内容有误：\n${formatIssues(v0.error)}`);
    candidate = migrateV0(v0.data);
    migratedFrom = 0;
  }
  let bundle = exactBundle(candidate);
  if (!bundle) {
    const result = bundleSchema.safeParse(candidate, { reportInput: true });
    if (!result.success) return fail(`问题包内容有误，未写入任何数据：\n${formatIssues(result.error)}`);
    bundle = result.data;
  }
  const duplicate = findDuplicate(bundle);
  if (duplicate) return fail(`问题包内容有误，未写入任何数据：\n${duplicate}`);
  return { ok: true, bundle, migratedFrom };
}

const NAMES = Object.keys(COLLECTIONS) as CollectionName[];
/** The bundle with its collections' rows left unparsed: zod parses the small rest (and fills its defaults). */
const headSchema = bundleSchema.extend(Object.fromEntries(NAMES.map((n) => [n, z.array(z.unknown()).default([])])));
const rowChecks = NAMES.map((n) => [n, compileCheck(bundleSchema.shape[n])] as const);

/**
 * The bundle as zod would parse it, when every row of every collection already has the exact parsed shape (a bundle
 * exported by the extension): the rows are kept as they are instead of being rebuilt. Null otherwise (zod decides).
 */
function exactBundle(candidate: unknown): Bundle | null {
  const head = headSchema.safeParse(candidate);
  if (!head.success) return null;
  const data = head.data as Record<CollectionName, unknown[]>;
  for (const [name, check] of rowChecks) if (!check || !check(data[name])) return null;
  return head.data as unknown as Bundle;
}
