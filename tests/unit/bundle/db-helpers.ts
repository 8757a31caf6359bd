import { InspectorDB } from '@/lib/db/schema';
import { countFindings } from '@/lib/findings/store';

/** A fresh database per test. */
export const freshDb = () => new InspectorDB(`bundle-test-${crypto.randomUUID()}`);

/** Row counts of every table the import writes. */
export async function counts(db: InspectorDB) {
  return {
    sites: await db.sites.count(),
    columns: await db.columns.count(),
    findings: await countFindings(db),
    accounts: await db.accounts.count(),
    letters: await db.letters.count(),
    evidence: await db.evidence.count(),
    settings: await db.settings.count(),
  };
}
