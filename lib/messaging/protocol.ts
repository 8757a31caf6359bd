import { z } from 'zod';
import { findingRequests, type FindingReplies } from '@/lib/findings/messages';
import { scanRequests, type ScanReplies } from '@/lib/scan/messages';

/** Every request any context sends to the background, validated there (content scripts speak for untrusted pages). */
export const requestSchema = z.discriminatedUnion('type', [...scanRequests, ...findingRequests]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

/** The reply payload of each request type. */
export type Replies = ScanReplies & FindingReplies;

export type Reply<T extends RequestType> = { ok: true; data: Replies[T] } | { ok: false; error: string };

/** Who sent a request: a tab's content script, or an extension page (no tab). */
export interface Sender {
  tabId: number | null;
  url: string | null;
  fromExtensionPage: boolean;
}

export type Handlers = {
  [K in RequestType]: (request: Extract<Request, { type: K }>, sender: Sender) => Promise<Replies[K]>;
};
