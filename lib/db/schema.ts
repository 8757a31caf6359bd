import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { layoutFindings } from '@/lib/findings/store';
import type {
  Account,
  ColumnRecord,
  Evidence,
  Finding,
  FindingBlock,
  FindingBlockMeta,
  FindingKeyBucket,
  LetterTally,
  LinkJob,
  LinkResult,
  PageScanRecord,
  Setting,
  Site,
} from './records';

export const DB_NAME = 'gov-site-inspector';

/** The inspector's database. Lives in the extension origin only: the worker and extension pages open it. */
export class InspectorDB extends Dexie {
  sites!: EntityTable<Site, 'id'>;
  columns!: EntityTable<ColumnRecord, 'id'>;
  scans!: EntityTable<PageScanRecord, 'id'>;
  findingBlocks!: EntityTable<FindingBlock, 'id'>;
  findingBlockMeta!: EntityTable<FindingBlockMeta, 'id'>;
  findingKeys!: EntityTable<FindingKeyBucket, 'bucket'>;
  linkResults!: EntityTable<LinkResult, 'url'>;
  linkJobs!: EntityTable<LinkJob, 'id'>;
  evidence!: EntityTable<Evidence, 'id'>;
  accounts!: EntityTable<Account, 'id'>;
  letters!: EntityTable<LetterTally, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    // v1: the first schema. Index only what is filtered or sorted on.
    this.version(1).stores({
      sites: 'id, siteIdCode, *origins, name',
      columns: 'id, siteId, origin, &url, department',
      scans: 'id, url, origin, siteIdCode, scannedAt',
      findings:
        'id, &identityKey, kind, quarter, siteIdCode, status, department, createdAt, updatedAt, checkDate, [quarter+status], [siteIdCode+quarter]',
      linkResults: 'url, verdict, expiresAt',
      linkJobs: 'id, runId, state, [runId+state], url',
      evidence: 'id, findingId, createdAt',
      accounts: 'id, platform, department, name',
      letters: 'id, quarter, unit, &[unit+quarter]',
      settings: 'key',
    });
    // v2: [filter+createdAt] indexes give the findings log its first page for any one filter in a few ms with 100,000
    // findings; siteName (sites without 网站标识码) and fixedAt become filterable; accounts are matched by
    // platform+name on import; v1 rows get later-added fields with defaults so every record parses with today's schemas.
    this.version(2)
      .stores({
        findings:
          'id, &identityKey, kind, quarter, siteIdCode, siteName, status, department, createdAt, updatedAt, checkDate, fixedAt, [quarter+status], [siteIdCode+quarter], [status+createdAt], [kind+createdAt], [quarter+createdAt], [siteIdCode+createdAt], [siteName+createdAt], [department+createdAt]',
        accounts: 'id, platform, department, name, [platform+name]',
      })
      .upgrade((tx) => upgradeToV2(tx));
    // v3: every findings index costs each write (100,000 rows per import, issue 6). Single-field filters are served by
    // the leading part of the [field+createdAt] indexes (Dexie virtual indexes); only id, identityKey and the sort
    // fields without a compound (createdAt, updatedAt, checkDate) keep an index of their own. Records are unchanged.
    this.version(3).stores({
      findings:
        'id, &identityKey, createdAt, updatedAt, checkDate, [status+createdAt], [kind+createdAt], [quarter+createdAt], [siteIdCode+createdAt], [siteName+createdAt], [department+createdAt]',
    });
    // v4: findings move into blocks (lib/findings/store.ts): one record per finding cannot be written fast enough for
    // a 100,000-finding bundle import (issue 6). The rows are copied unchanged; v5 then drops the old table.
    this.version(4)
      .stores({ findingBlocks: 'id', findingBlockMeta: 'id', findingKeys: 'bucket' })
      .upgrade(async (tx) => {
        const { blocks, metas, buckets } = layoutFindings((await tx.table('findings').toArray()) as Finding[]);
        await tx.table('findingBlocks').bulkPut(blocks);
        await tx.table('findingBlockMeta').bulkPut(metas);
        await tx.table('findingKeys').bulkPut(buckets);
      });
    this.version(5).stores({ findings: null });
  }
}

/** v1 → v2: fills fields that v1 writers could omit, keeping every record (tested in tests/unit/db/migration.test.ts). */
async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx.table('findings').toCollection().modify((row: Record<string, unknown>) => {
    row.pageTitle ??= '';
    row.suggestion ??= null;
    row.statusReason ??= null;
    row.fixedAt ??= null;
    row.data ??= {};
    row.history ??= [];
    row.columnPath ??= [];
  });
  await tx.table('sites').toCollection().modify((row: Record<string, unknown>) => {
    row.isPortal ??= false;
    row.inOperation ??= true;
    row.notes ??= '';
  });
  await tx.table('accounts').toCollection().modify((row: Record<string, unknown>) => {
    row.inOperation ??= true;
    row.notes ??= '';
  });
  await tx.table('letters').toCollection().modify((row: Record<string, unknown>) => {
    row.notes ??= '';
  });
  await tx.table('columns').toCollection().modify((row: Record<string, unknown>) => {
    row.classOverride ??= null;
    row.department ??= null;
    row.exemptHistorical ??= false;
  });
}

let shared: InspectorDB | undefined;

/** The process-wide database (one per extension context). */
export function openInspectorDb(): InspectorDB {
  shared ??= new InspectorDB();
  return shared;
}
