import { z } from 'zod';

/** Calendar date as the inspector reads it (China Standard Time), `YYYY-MM-DD`. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
/** Quarter key such as `2021Q1`. */
export const quarterSchema = z.string().regex(/^\d{4}Q[1-4]$/, '季度格式应为 2021Q1');
const id = z.string().min(1).max(100);
const timestamp = z.string().datetime({ offset: true });
const text = (max = 2000) => z.string().max(max);

export const columnClassSchema = z.enum(['dynamic', 'notice', 'personnel', 'interaction', 'other']);
export type ColumnClass = z.infer<typeof columnClassSchema>;

/** 网站 under supervision. */
export const siteSchema = z.object({
  id,
  name: text(200),
  siteIdCode: text(20).nullable(),
  origins: z.array(text(300)).max(50),
  sponsor: text(200).nullable(),
  responsibleUnit: text(200).nullable(),
  isPortal: z.boolean().default(false),
  inOperation: z.boolean().default(true),
  notes: text().default(''),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Site = z.infer<typeof siteSchema>;

/** 栏目 of a site, with its responsible department and inspector overrides. */
export const columnSchema = z.object({
  id,
  siteId: id.nullable(),
  origin: text(300),
  url: text(2000),
  name: text(200),
  path: z.array(text(200)).max(20),
  columnClass: columnClassSchema,
  classOverride: columnClassSchema.nullable().default(null),
  department: text(200).nullable().default(null),
  exemptHistorical: z.boolean().default(false),
  lastUpdate: isoDateSchema.nullable(),
  itemCount: z.number().int().nonnegative(),
  lastSeenAt: timestamp,
});
export type ColumnRecord = z.infer<typeof columnSchema>;

/** One scan of one page (the scanner's output is kept whole in `result`). */
export const pageScanRecordSchema = z.object({
  id,
  url: text(2000),
  origin: text(300),
  siteIdCode: text(20).nullable(),
  title: text(500),
  checkDate: isoDateSchema,
  scannedAt: timestamp,
  result: z.unknown(),
});
export type PageScanRecord = z.infer<typeof pageScanRecordSchema>;

export const findingKindSchema = z.enum([
  'empty-column',
  'stale-column',
  'undated-column',
  'homepage-stale',
  'dead-link',
  'wording-error',
  'footer-missing',
  'site-unreachable',
  'account-stale',
  'account-unresponsive',
  'letter-overdue',
  'interaction-unanswered',
  'other',
]);
export type FindingKind = z.infer<typeof findingKindSchema>;

/** 待确认 / 已确认 / 已忽略 / 已整改 — only confirmed findings feed verdicts (indicators §2.1). */
export const findingStatusSchema = z.enum(['pending', 'confirmed', 'ignored', 'fixed']);
export type FindingStatus = z.infer<typeof findingStatusSchema>;

export const findingHistoryEntrySchema = z.object({
  at: timestamp,
  by: text(100),
  change: text(2000),
});

export const findingSchema = z.object({
  id,
  /** kind + site + normalised target: recording the same problem twice updates this record. */
  identityKey: text(2500),
  kind: findingKindSchema,
  quarter: quarterSchema,
  siteId: id.nullable(),
  siteIdCode: text(20).nullable(),
  siteName: text(200),
  pageUrl: text(2000),
  pageTitle: text(500).default(''),
  targetUrl: text(2000).nullable(),
  columnPath: z.array(text(200)).max(20),
  department: text(200).nullable(),
  detail: text(5000),
  suggestion: text(2000).nullable().default(null),
  ruleId: text(100).nullable(),
  ruleSetVersion: text(50).nullable(),
  effect: z.enum(['veto', 'deduction', 'note']),
  status: findingStatusSchema,
  statusReason: text(2000).nullable().default(null),
  fixedAt: isoDateSchema.nullable().default(null),
  /** Machine-detected data (HTTP status, redirect chain, dates …), kept for the evidence view. */
  data: z.record(z.string(), z.unknown()).default({}),
  evidence: z.object({
    selector: text(2000).nullable(),
    quote: text(5000).nullable(),
    context: text(5000).nullable(),
    browser: text(300).nullable(),
    screenshotIds: z.array(id).max(20),
  }),
  inspector: text(100),
  checkDate: isoDateSchema,
  observedAt: timestamp,
  createdAt: timestamp,
  updatedAt: timestamp,
  history: z.array(findingHistoryEntrySchema).max(500),
});
export type Finding = z.infer<typeof findingSchema>;

/**
 * Findings are stored in blocks of up to `BLOCK_SIZE` rows (lib/findings/store.ts), not one record each: Chromium's
 * IndexedDB costs ~70 µs per record put, so 100,000 single records take 7 s to write with no index at all (16.8 s
 * with the log's indexes), while 100 blocks take 0.8 s. Rows are validated with `findingSchema` before they are stored.
 */
export interface FindingBlock {
  id: number;
  rows: Finding[];
}

/** What readers need to know of a block without reading its rows: its revision (bumped on every rewrite) and ranges. */
export interface FindingBlockMeta {
  id: number;
  rev: number;
  count: number;
  minCreatedAt: string;
  maxCreatedAt: string;
  /** The quarters of its rows (a quarter's report reads only the blocks that have it). */
  quarters: string[];
}

/**
 * One bucket of the findings' key index (bucket = hash of the key): finding `ids[i]` is in block `blocks[i]`, identity
 * `keys[j]` belongs to finding `keyIds[j]`. Parallel arrays, not objects keyed by id: IndexedDB clones 256 buckets of
 * arrays about ten times faster than 256 objects with ~400 properties each.
 */
export interface FindingKeyBucket {
  bucket: number;
  ids: string[];
  blocks: number[];
  keys: string[];
  keyIds: string[];
}

export const linkVerdictSchema = z.enum(['ok', 'dead', 'suspect', 'skipped']);
export type LinkVerdict = z.infer<typeof linkVerdictSchema>;

/** Cached result of checking one normalised URL. */
export const linkResultSchema = z.object({
  url: text(4000),
  verdict: linkVerdictSchema,
  httpStatus: z.number().int().nullable(),
  reason: text(500),
  advice: text(500).default(''),
  finalUrl: text(4000).nullable(),
  chain: z.array(z.object({ url: text(4000), status: z.number().int() })).max(30),
  checkedAt: timestamp,
  expiresAt: z.number().int(),
});
export type LinkResult = z.infer<typeof linkResultSchema>;

/** One queued link check; pending rows let a restarted service worker resume. */
export const linkJobSchema = z.object({
  id,
  runId: id,
  url: text(4000),
  state: z.enum(['pending', 'done']),
  pageUrl: text(2000),
  isHomePage: z.boolean(),
  onSite: z.boolean(),
  locations: z
    .array(z.object({ selector: text(2000), frameSelector: text(2000).nullable().optional(), text: text(500), kind: text(30) }))
    .max(200),
  enqueuedAt: z.number().int(),
});
export type LinkJob = z.infer<typeof linkJobSchema>;

/** Screenshot or other binary evidence. */
export const evidenceSchema = z.object({
  id,
  findingId: id.nullable(),
  mime: z.enum(['image/png', 'image/jpeg', 'image/webp']),
  blob: z.instanceof(Blob),
  thumbnail: z.instanceof(Blob).nullable(),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
  createdAt: timestamp,
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const platformSchema = z.enum(['微信公众号', '微博', '今日头条', '抖音号', '其他']);
export type Platform = z.infer<typeof platformSchema>;

/** 政务新媒体 account under regular supervision. */
export const accountSchema = z.object({
  id,
  department: text(200),
  name: text(200),
  platform: platformSchema,
  url: text(2000).nullable(),
  lastPostDate: isoDateSchema.nullable(),
  inOperation: z.boolean().default(true),
  notes: text().default(''),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Account = z.infer<typeof accountSchema>;

/** 信件办理超期 tally for one unit and quarter (附件4). */
export const letterTallySchema = z.object({
  id,
  unit: text(200),
  quarter: quarterSchema,
  count: z.number().int().nonnegative(),
  notes: text().default(''),
  updatedAt: timestamp,
});
export type LetterTally = z.infer<typeof letterTallySchema>;

export const settingSchema = z.object({ key: text(100), value: z.unknown() });
export type Setting = z.infer<typeof settingSchema>;
