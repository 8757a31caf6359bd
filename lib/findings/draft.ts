import { z } from 'zod';
import { findingKindSchema, isoDateSchema } from '@/lib/db/records';

const str = (max: number) => z.string().max(max);

/** What a flag request carries; the background fills ids, quarter, status and timestamps. */
export const findingDraftSchema = z.object({
  kind: findingKindSchema,
  pageUrl: z.url().max(4000),
  pageTitle: str(500).default(''),
  targetUrl: z.url().max(4000).nullable().default(null),
  siteIdCode: str(20).nullable().default(null),
  siteName: str(200).default(''),
  columnPath: z.array(str(200)).max(20).default([]),
  department: str(200).nullable().default(null),
  detail: str(5000),
  suggestion: str(2000).nullable().default(null),
  checkDate: isoDateSchema.optional(),
  selector: str(2000).nullable().default(null),
  quote: str(5000).nullable().default(null),
  context: str(5000).nullable().default(null),
  data: z.record(str(100), z.unknown()).default({}),
  screenshotIds: z.array(str(100)).max(20).default([]),
});
export type FindingDraft = z.input<typeof findingDraftSchema>;
export type ParsedFindingDraft = z.infer<typeof findingDraftSchema>;
