import type { HandlersFor } from '@/lib/messaging/protocol';
import { flagFinding } from '@/lib/findings/flag-finding';
import { loadSettings } from '@/lib/settings/settings';
import { todayInChina } from '@/lib/dates/calendar';
import type { BackgroundDeps } from './deps';

/** Handlers of the findings area. */
export function createFindingHandlers(deps: BackgroundDeps): HandlersFor<'finding/flag'> {
  return {
    'finding/flag': async ({ finding }) => {
      const settings = await loadSettings(deps.db);
      return flagFinding(deps.db, finding, {
        now: deps.now(),
        inspector: settings.inspector,
        browser: deps.browserVersion(),
        checkDate: settings.checkDate ?? todayInChina(deps.now()),
        quarter: settings.quarter,
        newId: deps.newId,
      });
    },
  };
}
