import type { Finding } from '@/lib/db/records';
import { InspectorDB } from '@/lib/db/schema';
import { FindingLog } from '@/lib/findings/log';
import { putFindings } from '@/lib/findings/store';
import { makeFinding } from './fixtures';

/** A fresh database holding `rows` (through the block store). */
export async function dbWith(rows: Finding[]): Promise<InspectorDB> {
  const db = new InspectorDB(crypto.randomUUID());
  await putFindings(db, rows);
  return db;
}

/** A started log over `db`, fully loaded. */
export async function loadedLog(db: InspectorDB): Promise<FindingLog> {
  const log = new FindingLog(db).start();
  await log.ready();
  return log;
}

/** Resolves once `ok()` holds after one of the log's changes (or at once). */
export function until(log: FindingLog, ok: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (ok()) return resolve();
    const off = log.subscribe(() => {
      if (!ok()) return;
      off();
      resolve();
    });
  });
}

const kinds = ['dead-link', 'empty-column', 'stale-column'] as const;
const statuses = ['pending', 'confirmed', 'ignored', 'fixed'] as const;

/** `n` findings over three sites, kinds, statuses, departments and two quarters, seven hours apart. */
export function varied(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) =>
    makeFinding({
      id: `f${String((i * 7919) % 100_000).padStart(5, '0')}`,
      identityKey: `k${i}`,
      kind: kinds[i % 3]!,
      status: statuses[(i >> 2) % 4]!,
      quarter: i < n / 2 ? '2026Q3' : '2026Q4',
      department: i % 5 === 0 ? null : `部门${i % 4}`,
      siteIdCode: i % 10 === 0 ? null : `360799000${i % 3}`,
      siteName: i % 10 === 0 ? '县教育局网站' : `第${i % 3}号网站`,
      detail: `第 ${i} 条：栏目${i % 7}无更新`,
      checkDate: i % 6 === 0 ? '2026-09-30' : '2026-12-20',
      createdAt: new Date(Date.parse('2026-07-01T00:00:00Z') + Math.floor(i / 2) * 3_600_000 * 7).toISOString(),
      updatedAt: new Date(Date.parse('2026-12-01T00:00:00Z') - (i % 13) * 3_600_000).toISOString(),
      evidence: { selector: null, quote: i % 11 === 0 ? 'Quote ABC' : null, context: null, browser: null, screenshotIds: [] },
    }),
  );
}
