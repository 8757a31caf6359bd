import { z } from 'zod';
import { isCalendarDate } from '@/lib/dates/calendar';
import { accountSchema, columnSchema, findingSchema, isoDateSchema, letterTallySchema, quarterSchema, siteSchema } from '@/lib/db/records';
import { reportSettingsSchema } from '@/lib/report/report-settings';

export const BUNDLE_FORMAT = 'gov-site-inspector-bundle';
export const BUNDLE_VERSION = 1;
/** Larger files are refused before they are read. */
export const MAX_BUNDLE_BYTES = 200 * 1024 * 1024;

/** A real calendar date (2021-02-30 is refused), not only the YYYY-MM-DD shape. */
const calendarDate = isoDateSchema.refine(isCalendarDate, { message: '不是有效的日历日期' });
const timestamp = z.string().datetime({ offset: true, message: '时间格式应为 ISO 8601（含时区）' });

export const bundleFindingSchema = findingSchema.extend({ checkDate: calendarDate, fixedAt: calendarDate.nullable().default(null) });
export const bundleColumnSchema = columnSchema.extend({ lastUpdate: calendarDate.nullable() });
export const bundleAccountSchema = accountSchema.extend({ lastPostDate: calendarDate.nullable() });

/** Screenshot metadata; the image itself travels in the zip as `file`. */
export const bundleEvidenceSchema = z.object({
  id: z.string().min(1).max(100),
  findingId: z.string().max(100).nullable(),
  mime: z.enum(['image/png', 'image/jpeg', 'image/webp']),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
  createdAt: timestamp,
  file: z.string().max(300),
});
export type BundleEvidence = z.infer<typeof bundleEvidenceSchema>;

/** The findings bundle, version 1: the log plus what the report needs (registries, report settings). */
export const bundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  exportedAt: timestamp,
  generator: z.string().max(200).default(''),
  filter: z.object({ quarter: quarterSchema.nullable().default(null), siteId: z.string().max(100).nullable().default(null) }).prefault({}),
  settings: z.object({ report: reportSettingsSchema.nullable().default(null) }).prefault({}),
  sites: z.array(siteSchema).default([]),
  columns: z.array(bundleColumnSchema).default([]),
  findings: z.array(bundleFindingSchema).default([]),
  accounts: z.array(bundleAccountSchema).default([]),
  letters: z.array(letterTallySchema).default([]),
  evidence: z.array(bundleEvidenceSchema).default([]),
});
export type Bundle = z.infer<typeof bundleSchema>;
export type BundleInput = z.input<typeof bundleSchema>;

/** The collections a bundle carries, with their Chinese names for messages. */
export const COLLECTIONS = {
  sites: '网站',
  columns: '栏目',
  findings: '问题记录',
  accounts: '政务新媒体账号',
  letters: '信件超期记录',
  evidence: '截图',
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

/** JSON Schema of the bundle, generated from the zod schemas (published as docs/bundle.schema.json). */
export function bundleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(bundleSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://gov-site-inspector.invalid/bundle.schema.json', title: '巡检助手问题包（gov-site-inspector-bundle v1）' };
}
