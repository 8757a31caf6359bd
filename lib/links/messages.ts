import { z } from 'zod';
import type { LinkRunSummary } from './summarise-run';

const id = z.string().min(1).max(100);

/** Requests of the link checker (side panel, CLI → background). */
export const linkRequests = [
  z.object({ type: z.literal('links/check'), tabId: z.number().int().nonnegative() }),
  z.object({ type: z.literal('links/status'), runId: id, includeOk: z.boolean().default(false) }),
  z.object({ type: z.literal('links/recheck'), runId: id.optional(), url: z.string().max(4000).optional() }),
  z.object({ type: z.literal('links/cancel'), runId: id }),
] as const;

export interface LinkReplies {
  'links/check': { runId: string; total: number; pageUrl: string };
  'links/status': LinkRunSummary;
  'links/recheck': { queued: number };
  'links/cancel': { cancelled: number };
}
