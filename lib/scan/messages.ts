import { z } from 'zod';
import { isoDateSchema } from '@/lib/db/records';
import type { PageJudgement } from '@/lib/rules/page-verdict';
import type { CrawlStatus } from './crawl-types';
import type { PageScan } from './types';

const tabId = z.number().int().nonnegative();

/** Requests of the scanner area (side panel, CLI → background). */
export const scanRequests = [
  z.object({ type: z.literal('scan/tab'), tabId, checkDate: isoDateSchema.optional() }),
  z.object({
    type: z.literal('scan/highlight'),
    tabId,
    selector: z.string().min(1).max(2000),
    frameSelector: z.string().max(2000).nullable(),
    label: z.string().max(200),
  }),
  z.object({ type: z.literal('scan/crawl'), tabId, depth: z.number().int().min(0).max(5), checkDate: isoDateSchema.optional(), maxPages: z.number().int().min(1).max(2000).optional() }),
  z.object({ type: z.literal('scan/crawl-status'), runId: z.string().min(1).max(100) }),
  z.object({ type: z.literal('scan/crawl-cancel'), runId: z.string().min(1).max(100) }),
] as const;

export interface ScanReplies {
  'scan/tab': { scanId: string; scan: PageScan; judgement: PageJudgement };
  'scan/highlight': { found: boolean };
  'scan/crawl': { runId: string };
  'scan/crawl-status': CrawlStatus;
  'scan/crawl-cancel': { cancelled: boolean };
}
