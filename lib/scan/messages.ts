import { z } from 'zod';
import { isoDateSchema } from '@/lib/db/records';
import type { PageScan } from './types';

/** Requests of the scanner area (side panel → background). */
export const scanRequests = [
  z.object({ type: z.literal('scan/tab'), tabId: z.number().int().nonnegative(), checkDate: isoDateSchema.optional() }),
] as const;

export interface ScanReplies {
  'scan/tab': { scanId: string; scan: PageScan };
}
