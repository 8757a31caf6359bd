import type { HandlersFor } from '@/lib/messaging/protocol';
import { captureEvidence } from './capture';
import type { BackgroundDeps } from './deps';

/** Handlers of the evidence area. */
export function createEvidenceHandlers(deps: BackgroundDeps): HandlersFor<'evidence/capture'> {
  return {
    'evidence/capture': async ({ tabId, selector, frameSelector }) => captureEvidence(deps, { tabId, selector, frameSelector }),
  };
}
