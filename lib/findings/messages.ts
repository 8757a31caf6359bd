import { z } from 'zod';
import { findingDraftSchema } from './draft';

/** Requests of the findings area (content scripts and extension pages → background). */
export const findingRequests = [z.object({ type: z.literal('finding/flag'), finding: findingDraftSchema })] as const;

export interface FindingReplies {
  'finding/flag': { findingId: string; created: boolean };
}
