import type { InspectorDB } from '@/lib/db/schema';
import { todayInChina } from '@/lib/dates/calendar';
import { loadSettings } from '@/lib/settings/settings';

/** What background services get from the entry file: the database, the network, the clock and ids. */
export interface BackgroundDeps {
  db: InspectorDB;
  fetch: typeof fetch;
  now: () => Date;
  newId: () => string;
  browserVersion: () => string | null;
}

/** The monitoring date (监测时间点): the inspector's fixed date, else today in China. */
export async function currentCheckDate(deps: Pick<BackgroundDeps, 'db' | 'now'>): Promise<string> {
  return (await loadSettings(deps.db)).checkDate ?? todayInChina(deps.now());
}
