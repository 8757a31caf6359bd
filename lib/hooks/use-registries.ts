import { useLiveQuery } from 'dexie-react-hooks';
import type { Account, ColumnRecord, LetterTally, Site } from '@/lib/db/records';
import type { RegistryKind } from '@/lib/registries/fields';
import { db } from './db';

export type RegistryRecord = Site | ColumnRecord | Account | LetterTally;

/** The records of one registry, sorted for display, plus 网站标识码 by site id (for the columns registry). */
export function useRegistry(kind: RegistryKind): { records: RegistryRecord[]; siteCodes: Map<string, string> } | undefined {
  return useLiveQuery(async () => {
    const sites = await db.sites.toArray();
    const siteCodes = new Map(sites.map((s) => [s.id, s.siteIdCode ?? '']));
    const records: RegistryRecord[] =
      kind === 'sites' ? sites.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
      : kind === 'columns' ? await db.columns.orderBy('url').toArray()
      : kind === 'accounts' ? await db.accounts.orderBy('department').toArray()
      : (await db.letters.orderBy('quarter').reverse().toArray());
    return { records, siteCodes };
  }, [kind]);
}

/** All 政务新媒体 accounts (for the side panel's new-media check). */
export function useAccounts(): Account[] | undefined {
  return useLiveQuery(() => db.accounts.orderBy('name').toArray(), []);
}
