import type { InspectorDB } from '@/lib/db/schema';
import type { RegistryKind } from './fields';
import { importRegistry, type ImportContext } from './import-registry';
import type { RegistryRow } from './parse-table';

const tableOf = (db: InspectorDB, kind: RegistryKind) => ({ sites: db.sites, columns: db.columns, accounts: db.accounts, letters: db.letters })[kind];

/**
 * Saves one edited registry row. The row is upserted by its key; when editing changed the key, the record being
 * edited is removed in the same transaction, so an edit never leaves two records behind.
 */
export async function saveRegistryRow(db: InspectorDB, kind: RegistryKind, row: RegistryRow, replaceId: string | null, ctx: ImportContext): Promise<void> {
  await db.transaction('rw', [db.sites, db.columns, db.accounts, db.letters], async () => {
    const before = new Set((await tableOf(db, kind).toCollection().primaryKeys()) as string[]);
    await importRegistry(db, kind, [row], ctx);
    if (!replaceId) return;
    const after = (await tableOf(db, kind).toCollection().primaryKeys()) as string[];
    const createdNew = after.some((id) => !before.has(id));
    if (createdNew) await tableOf(db, kind).delete(replaceId);
  });
}

/** Deletes one registry record. */
export async function deleteRegistryRow(db: InspectorDB, kind: RegistryKind, id: string): Promise<void> {
  await tableOf(db, kind).delete(id);
}
