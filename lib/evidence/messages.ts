import { z } from 'zod';

/** Requests of the evidence area: a screenshot of the visible tab, optionally cropped around one element. */
export const evidenceRequests = [
  z.object({
    type: z.literal('evidence/capture'),
    tabId: z.number().int().nonnegative(),
    /** Element to outline and crop around; null captures the whole visible tab. */
    selector: z.string().max(2000).nullable().default(null),
    /** Selector of the same-origin iframe that holds the element, when it is inside one. */
    frameSelector: z.string().max(2000).nullable().default(null),
  }),
] as const;

export interface EvidenceReplies {
  'evidence/capture': { evidenceId: string; width: number; height: number; elementFound: boolean };
}
