import type { HandlersFor } from '@/lib/messaging/protocol';
import { currentCheckDate, type BackgroundDeps } from './deps';
import { scanTab } from './scan-tab';

/** Handlers of the scanner area. */
export function createScanHandlers(deps: BackgroundDeps): HandlersFor<'scan/tab'> {
  return {
    'scan/tab': async ({ tabId, checkDate }) => scanTab(deps, tabId, checkDate ?? (await currentCheckDate(deps))),
  };
}
