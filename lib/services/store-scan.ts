import type { ColumnRecord } from '@/lib/db/records';
import type { InspectorDB } from '@/lib/db/schema';
import type { PageJudgement } from '@/lib/rules/page-verdict';
import type { PageScan } from '@/lib/scan/types';

/**
 * Stores one scan and refreshes the column row of its URL in one transaction (a failed write leaves neither).
 * Inspector-owned fields of the row (class override, department, historical exemption) are kept.
 */
export async function storeScan(deps: { db: InspectorDB; now: () => Date; newId: () => string }, scan: PageScan, judgement: PageJudgement, checkDate: string): Promise<string> {
  const { db } = deps;
  const scanId = deps.newId();
  const at = deps.now().toISOString();
  const url = scan.url.replace(/#.*$/, '').slice(0, 2000);
  const origin = safeOrigin(scan.url);
  await db.transaction('rw', db.scans, db.columns, async () => {
    await db.scans.add({ id: scanId, url: scan.url.slice(0, 2000), origin, siteIdCode: scan.identity.siteIdCode, title: scan.title, checkDate, scannedAt: at, result: { ...scan, judgement } });
    if (judgement.pageKind !== 'column' || judgement.blocks.length === 0 || !judgement.columnClass) return;
    const existing = await db.columns.where('url').equals(url).first();
    const row: ColumnRecord = {
      id: existing?.id ?? deps.newId(),
      siteId: existing?.siteId ?? null,
      origin,
      url,
      name: (judgement.columnName ?? scan.title).slice(0, 200),
      path: judgement.columnPath.slice(0, 20),
      columnClass: scan.columnClass,
      classOverride: existing?.classOverride ?? null,
      department: existing?.department ?? null,
      exemptHistorical: existing?.exemptHistorical ?? false,
      lastUpdate: judgement.lastUpdate,
      itemCount: judgement.itemCount ?? 0,
      lastSeenAt: at,
    };
    await db.columns.put(row);
  });
  return scanId;
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}
