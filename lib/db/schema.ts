import Dexie, { type EntityTable } from 'dexie';
import type {
  Account,
  ColumnRecord,
  Evidence,
  Finding,
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
  findings!: EntityTable<Finding, 'id'>;
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
  }
}

let shared: InspectorDB | undefined;

/** The process-wide database (one per extension context). */
export function openInspectorDb(): InspectorDB {
  shared ??= new InspectorDB();
  return shared;
}
