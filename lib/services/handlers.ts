import type { Handlers } from '@/lib/messaging/protocol';
import type { BackgroundDeps } from './deps';
import { createEvidenceHandlers } from './evidence-handlers';
import { createFindingHandlers } from './finding-handlers';
import { createLinkHandlers } from './link-handlers';
import { createScanHandlers } from './scan-handlers';

/** Every background request handler, one per message type, composed from the areas. */
export function createHandlers(deps: BackgroundDeps): Handlers {
  return {
    ...createScanHandlers(deps),
    ...createFindingHandlers(deps),
    ...createEvidenceHandlers(deps),
    ...createLinkHandlers(deps),
  };
}
