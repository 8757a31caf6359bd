import { z } from 'zod';
import { flagModeSchema } from '@/lib/flag-form/mode';
import { findingDraftSchema } from './draft';

/** Requests of the findings area (content scripts and extension pages → background). */
export const findingRequests = [
  z.object({ type: z.literal('finding/flag'), finding: findingDraftSchema }),
  /**
   * Opens the in-page flag form, exactly as the context menu and the shortcut do (they call the same handler).
   * Accepted from extension pages only: a page must not open forms in other tabs.
   */
  z.object({
    type: z.literal('flag/open-form'),
    tabId: z.number().int().nonnegative(),
    frameId: z.number().int().nonnegative().default(0),
    mode: flagModeSchema,
    selectionText: z.string().max(5000).nullable().default(null),
    linkUrl: z.string().max(4000).nullable().default(null),
    srcUrl: z.string().max(4000).nullable().default(null),
  }),
] as const;

export interface FindingReplies {
  'finding/flag': { findingId: string; created: boolean };
  'flag/open-form': { kind: string; columnPath: string[]; department: string | null; siteIdCode: string | null };
}
