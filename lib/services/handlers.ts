import type { InspectorDB } from '@/lib/db/schema';
import type { Handlers } from '@/lib/messaging/protocol';
import { flagFinding } from '@/lib/findings/flag-finding';
import { loadSettings } from '@/lib/settings/settings';
import { todayInChina } from '@/lib/dates/calendar';
import { scanTab } from './scan-tab';

export interface BackgroundDeps {
  db: InspectorDB;
  fetch: typeof fetch;
  now: () => Date;
  newId: () => string;
  browserVersion: () => string | null;
}

/** The monitoring date: the inspector's fixed date, else today in China. */
export async function currentCheckDate(deps: BackgroundDeps): Promise<string> {
  return (await loadSettings(deps.db)).checkDate ?? todayInChina(deps.now());
}

/** Every background request handler, one per message type. */
export function createHandlers(deps: BackgroundDeps): Handlers {
  return {
    'scan/tab': async ({ tabId, checkDate }) => scanTab(deps, tabId, checkDate ?? (await currentCheckDate(deps))),
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
