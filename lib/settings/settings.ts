import { z } from 'zod';
import type { InspectorDB } from '@/lib/db/schema';
import { isoDateSchema, quarterSchema } from '@/lib/db/records';

/** The inspector's settings; every field has a default so an empty database works. */
export const settingsSchema = z.object({
  inspector: z.string().max(100).default('检查员'),
  /** Fixed 监测时间点; null means "today". */
  checkDate: isoDateSchema.nullable().default(null),
  /** Fixed quarter for new findings; null means the quarter of the monitoring date. */
  quarter: quarterSchema.nullable().default(null),
  locale: z.enum(['zh-CN']).default('zh-CN'),
  links: z
    .object({
      perHost: z.number().int().min(1).max(16).default(4),
      minGapMs: z.number().int().min(0).max(60_000).default(100),
      globalLimit: z.number().int().min(1).max(64).default(16),
      timeoutMs: z.number().int().min(1000).max(120_000).default(15_000),
      retries: z.number().int().min(0).max(5).default(2),
      pauseAfterFailures: z.number().int().min(2).max(100).default(8),
      cacheTtlHours: z.number().min(0).max(24 * 30).default(24),
      /** Verdict policy (lib/links/policy.ts, indicators §7.1): this product's, or the monitoring vendor's. */
      policy: z.enum(['product', 'vendor']).default('product'),
    })
    .prefault({}),
  /** Inspector overrides of the rule set (windows, thresholds, keywords), merged over the bundled rule set. */
  ruleOverrides: z.record(z.string(), z.unknown()).default({}),
});
export type Settings = z.infer<typeof settingsSchema>;

const KEY = 'settings';

/** Reads the settings, falling back to defaults for anything missing or invalid. */
export async function loadSettings(db: InspectorDB): Promise<Settings> {
  const row = await db.settings.get(KEY);
  const parsed = settingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : settingsSchema.parse({});
}

/** Validates and stores a full settings object. */
export async function saveSettings(db: InspectorDB, settings: Settings): Promise<void> {
  await db.settings.put({ key: KEY, value: settingsSchema.parse(settings) });
}
