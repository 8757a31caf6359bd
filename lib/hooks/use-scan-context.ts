import { useLiveQuery } from 'dexie-react-hooks';
import { todayInChina } from '@/lib/dates/calendar';
import { resolveRuleSet } from '@/lib/rules/active-rule-set';
import { loadSettings, saveSettings } from '@/lib/settings/settings';
import { db } from './db';

/** Monitoring date (fixed in settings, else today in China) and the active rule set; undefined while loading. */
export function useScanContext() {
  return useLiveQuery(async () => {
    const settings = await loadSettings(db);
    return {
      checkDate: settings.checkDate ?? todayInChina(new Date()),
      fixed: settings.checkDate !== null,
      ruleSet: resolveRuleSet(settings.ruleOverrides).ruleSet,
    };
  }, []);
}

/** Stores the monitoring date for this inspection; null returns to "today". */
export async function saveCheckDate(checkDate: string | null): Promise<void> {
  const settings = await loadSettings(db);
  await saveSettings(db, { ...settings, checkDate });
}

/** Column rows stored for a site origin (live). */
export function useSiteColumns(origin: string | null) {
  return useLiveQuery(async () => (origin ? db.columns.where('origin').equals(origin).toArray() : []), [origin]);
}
