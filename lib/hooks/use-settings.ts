import { useLiveQuery } from 'dexie-react-hooks';
import { loadSettings, type Settings } from '@/lib/settings/settings';
import { db } from './db';

/** The inspector's settings, live (undefined while loading). */
export function useSettings(): Settings | undefined {
  return useLiveQuery(() => loadSettings(db), []);
}
