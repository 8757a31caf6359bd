import { z } from 'zod';
import { isoDateSchema } from '@/lib/db/records';

const decimals = z.number().int().min(0).max(4);

/**
 * Report settings (indicators §10.1): the issuer, the jurisdiction words, the sampling period and the editable
 * free-text sections. `null` texts mean "generate the default".
 */
export const reportSettingsSchema = z.object({
  issuer: z.string().max(200).default(''),
  /** 全州 / 州 (全市 / 市, 全省 / 省 …). */
  jurisdiction: z.object({ all: z.string().max(20).default('全州'), short: z.string().max(20).default('州') }).prefault({}),
  /** 一季度 (seed) or 第一季度 (the previous notice of the same series). */
  quarterStyle: z.enum(['short', 'ordinal']).default('short'),
  samplingPeriod: z.object({ start: isoDateSchema, end: isoDateSchema }).nullable().default(null),
  /** Overrides the rule set's report.passRateDecimals when set. */
  passRateDecimals: z.object({ websites: decimals, media: decimals }).nullable().default(null),
  addressees: z.string().max(500).nullable().default(null),
  opening: z.string().max(5000).nullable().default(null),
  problems: z.string().max(20000).nullable().default(null),
  requirements: z.string().max(20000).nullable().default(null),
  closing: z.string().max(5000).nullable().default(null),
  deadline: isoDateSchema.nullable().default(null),
  contact: z.object({ name: z.string().max(50).default(''), phone: z.string().max(50).default(''), email: z.string().max(100).default('') }).prefault({}),
  signDate: isoDateSchema.nullable().default(null),
  updatedAt: z.string().datetime({ offset: true }).nullable().default(null),
});
export type ReportSettings = z.infer<typeof reportSettingsSchema>;

/** Key of the report settings row in `db.settings`. */
export const REPORT_SETTINGS_KEY = 'report';

/** Parses stored report settings, falling back to defaults for anything invalid. */
export function parseReportSettings(value: unknown): ReportSettings {
  const parsed = reportSettingsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : reportSettingsSchema.parse({});
}
