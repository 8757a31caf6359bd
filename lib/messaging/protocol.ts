import { z } from 'zod';
import { evidenceRequests, type EvidenceReplies } from '@/lib/evidence/messages';
import { findingRequests, type FindingReplies } from '@/lib/findings/messages';
import { linkRequests, type LinkReplies } from '@/lib/links/messages';
import { scanRequests, type ScanReplies } from '@/lib/scan/messages';

/**
 * Every request any context sends to the background, validated there (content scripts speak for untrusted pages).
 * Each area keeps its request schemas and reply types in `lib/<area>/messages.ts`.
 */
export const requestSchema = z.discriminatedUnion('type', [...scanRequests, ...findingRequests, ...evidenceRequests, ...linkRequests]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

/** The reply payload of each request type. */
export type Replies = ScanReplies & FindingReplies & EvidenceReplies & LinkReplies;

export type Reply<T extends RequestType> = { ok: true; data: Replies[T] } | { ok: false; error: string };

/** Who sent a request: a tab's content script, or an extension page (no tab). */
export interface Sender {
  tabId: number | null;
  url: string | null;
  fromExtensionPage: boolean;
}

/** The handlers of a subset of request types. */
export type HandlersFor<K extends RequestType> = {
  [P in K]: (request: Extract<Request, { type: P }>, sender: Sender) => Promise<Replies[P]>;
};

/** One handler per request type: a missing one is a compile error. */
export type Handlers = HandlersFor<RequestType>;
