import { z } from 'zod';
import { columnClassSchema } from '@/lib/db/records';

/** Provenance of a rule value: the source tag of indicators.md §13 and whether it is verified. */
const provenance = { source: z.string(), verified: z.boolean() };

const windowSchema = z.object({
  /** `days` for 14-day windows; `months`/`years` are calendar arithmetic clamped to month end (indicators §5). */
  unit: z.enum(['days', 'months', 'years']),
  amount: z.number().int().positive(),
  ...provenance,
});
export type RuleWindow = z.infer<typeof windowSchema>;

const thresholdSchema = z.object({ atLeast: z.number().int().positive(), ...provenance });

export const ruleSetSchema = z.object({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  /** Keyword tables per column class; the longest match wins, specific classes first (indicators §4.5). */
  keywords: z.object({
    order: z.array(columnClassSchema),
    classes: z.record(columnClassSchema, z.array(z.string())),
    /** Interaction-like columns that the 互动回应 rule excludes (在线访谈, 调查征集 …). */
    interactionExclude: z.array(z.string()),
    ...provenance,
  }),
  windows: z.record(columnClassSchema, windowSchema),
  homepage: z.object({ window: windowSchema }),
  /** veto.unreachable: 1 week of ≥ perDay visits; a visit fails after ≥ timeoutMs; veto at ≥ vetoRatio (indicators §3, §11). */
  unreachable: z.object({
    days: z.number().int().positive(),
    perDay: z.number().int().positive(),
    timeoutMs: z.number().int().positive(),
    vetoRatio: z.number().min(0).max(1),
    warnRatio: z.number().min(0).max(1),
    ...provenance,
  }),
  interaction: z.object({ unansweredAfter: windowSchema, lookBack: windowSchema }),
  /** Counters of veto.columns-stale: C1 combined stale, C2 应更新未更新, C3 空白栏目 (indicators §4.3). */
  vetoes: z.object({
    combinedStale: thresholdSchema,
    shouldUpdate: thresholdSchema,
    blank: thresholdSchema,
    noticeFirstLevelOnly: z.boolean(),
    undatedCountsAsStale: z.boolean(),
  }),
  /** 预警 levels shown before a veto is reached (indicators §11). */
  warnings: z.object({
    homepageDays: z.number().int(),
    blank: z.number().int(),
    staleColumns: z.number().int(),
    ...provenance,
  }),
  media: z.object({ staleWindow: windowSchema, replyWorkingDays: z.number().int() }),
  /** Pass-rate printing in the 通报 (indicators §10.3). */
  report: z.object({ passRateDecimals: z.object({ websites: z.number().int().min(0).max(4), media: z.number().int().min(0).max(4) }) }),
  /** Placeholder texts that mark a blank column (indicators §4.2). */
  blankPlaceholders: z.array(z.string()),
});
export type RuleSet = z.infer<typeof ruleSetSchema>;
