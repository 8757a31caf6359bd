import type { InspectorDB } from '@/lib/db/schema';
import { accountSchema, columnSchema, letterTallySchema, siteSchema } from '@/lib/db/records';
import type { RegistryKind } from './fields';
import type { RegistryRow } from './parse-table';

export interface ImportContext {
  now: Date;
  newId: () => string;
}

/**
 * Writes validated rows into one registry in ONE transaction: rows whose key matches a record update it, the others
 * are added. Any failure rolls the whole import back, so a bad file or a crash leaves the registry unchanged.
 */
export async function importRegistry(db: InspectorDB, kind: RegistryKind, rows: RegistryRow[], ctx: ImportContext): Promise<{ added: number; updated: number }> {
  const stamp = ctx.now.toISOString();
  let added = 0;
  let updated = 0;
  const count = (existing: unknown) => (existing ? updated++ : added++);
  await db.transaction('rw', [db.sites, db.columns, db.accounts, db.letters], async () => {
    for (const { values: v } of rows) {
      if (kind === 'sites') {
        const existing = v.siteIdCode
          ? await db.sites.where('siteIdCode').equals(String(v.siteIdCode)).first()
          : await db.sites.where('name').equals(String(v.name)).first();
        count(existing);
        await db.sites.put(siteSchema.parse({ ...existing, ...v, origins: v.origins ?? [], id: existing?.id ?? ctx.newId(), createdAt: existing?.createdAt ?? stamp, updatedAt: stamp }));
      } else if (kind === 'columns') {
        const url = String(v.url);
        const existing = await db.columns.where('url').equals(url).first();
        const site = v.siteIdCode ? await db.sites.where('siteIdCode').equals(String(v.siteIdCode)).first() : undefined;
        count(existing);
        const path = (v.path as string[]).length > 0 ? v.path : [String(v.name)];
        await db.columns.put(
          columnSchema.parse({
            lastUpdate: null,
            itemCount: 0,
            lastSeenAt: stamp,
            ...existing,
            id: existing?.id ?? ctx.newId(),
            siteId: site?.id ?? existing?.siteId ?? null,
            origin: new URL(url).origin,
            url,
            name: v.name,
            path,
            columnClass: v.columnClass,
            department: v.department,
          }),
        );
      } else if (kind === 'accounts') {
        const existing = await db.accounts.where('[platform+name]').equals([String(v.platform), String(v.name)]).first();
        count(existing);
        await db.accounts.put(accountSchema.parse({ ...existing, ...v, lastPostDate: v.lastPostDate ?? existing?.lastPostDate ?? null, id: existing?.id ?? ctx.newId(), createdAt: existing?.createdAt ?? stamp, updatedAt: stamp }));
      } else {
        const existing = await db.letters.where('[unit+quarter]').equals([String(v.unit), String(v.quarter)]).first();
        count(existing);
        await db.letters.put(letterTallySchema.parse({ ...existing, ...v, id: existing?.id ?? ctx.newId(), updatedAt: stamp }));
      }
    }
  });
  return { added, updated };
}
