import { strToU8, zipSync } from 'fflate';
import type { Evidence } from '@/lib/db/records';
import type { InspectorDB } from '@/lib/db/schema';
import { allFindings, findingTables, type FindingsSnapshot } from '@/lib/findings/store';
import { REPORT_SETTINGS_KEY, parseReportSettings } from '@/lib/report/report-settings';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle, type CollectionName } from './bundle-schema';

export interface ExportOptions {
  /** Only findings and letter tallies of this quarter (registries are always included: the report needs them). */
  quarter?: string | null;
  /** Only this site, its columns and its findings. */
  siteId?: string | null;
  /** Pack the screenshots with the JSON in a zip. */
  screenshots?: boolean;
  now: Date;
  /** The page's in-memory log, used for the rows when it is current (lib/findings/store.ts `allFindings`). */
  snapshot?: FindingsSnapshot | null;
}

const EXT = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' } as const;

/** Reads the log (or a quarter/site slice of it) into a version-1 bundle. */
export async function collectBundle(db: InspectorDB, opts: ExportOptions): Promise<{ bundle: Bundle; evidence: Evidence[] }> {
  const { quarter = null, siteId = null } = opts;
  return db.transaction('r', [db.sites, db.columns, db.accounts, db.letters, db.settings, db.evidence, ...findingTables(db)], async () => {
    // A quarter reads only the blocks that hold it; the site filter runs in memory.
    let findings = await allFindings(db, { quarter, snapshot: opts.snapshot });
    let sites = await db.sites.toArray();
    let columns = await db.columns.toArray();
    let accounts = await db.accounts.toArray();
    let letters = quarter ? await db.letters.where('quarter').equals(quarter).toArray() : await db.letters.toArray();
    if (siteId) {
      const site = sites.find((s) => s.id === siteId);
      findings = findings.filter((f) => f.siteId === siteId || (site?.siteIdCode != null && f.siteIdCode === site.siteIdCode));
      sites = site ? [site] : [];
      columns = columns.filter((c) => c.siteId === siteId);
      accounts = [];
      letters = [];
    }
    const report = await db.settings.get(REPORT_SETTINGS_KEY);
    const ids = opts.screenshots ? [...new Set(findings.flatMap((f) => f.evidence.screenshotIds))] : [];
    const evidence = (await db.evidence.bulkGet(ids)).filter((e): e is Evidence => !!e);
    const bundle: Bundle = {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      exportedAt: opts.now.toISOString(),
      generator: '巡检助手',
      filter: { quarter, siteId },
      settings: { report: report ? parseReportSettings(report.value) : null },
      sites, columns, findings, accounts, letters,
      evidence: evidence.map((e) => ({ id: e.id, findingId: e.findingId, mime: e.mime, width: e.width, height: e.height, createdAt: e.createdAt, file: `screenshots/${e.id}.${EXT[e.mime]}` })),
    };
    return { bundle, evidence };
  });
}

/**
 * The bundle as a file: JSON text, or a zip (bundle.json + screenshots/) when screenshots are included. The JSON stays
 * a string: the download's Blob encodes it (as fast as TextEncoder) without a second ~100 MB buffer for a large log.
 */
export async function exportBundle(db: InspectorDB, opts: ExportOptions): Promise<{ fileName: string; mime: string; data: string | Uint8Array; counts: Record<CollectionName, number> }> {
  const { bundle, evidence } = await collectBundle(db, opts);
  const json = JSON.stringify(bundle);
  const stamp = bundle.exportedAt.slice(0, 10);
  const base = `巡检问题包-${bundle.filter.quarter ?? '全部'}-${stamp}`;
  const counts = { sites: bundle.sites.length, columns: bundle.columns.length, findings: bundle.findings.length, accounts: bundle.accounts.length, letters: bundle.letters.length, evidence: bundle.evidence.length };
  if (!opts.screenshots) return { fileName: `${base}.json`, mime: 'application/json', data: json, counts };
  const files: Record<string, Uint8Array> = { 'bundle.json': strToU8(json) };
  for (const e of evidence) files[bundle.evidence.find((m) => m.id === e.id)!.file] = new Uint8Array(await e.blob.arrayBuffer());
  return { fileName: `${base}.zip`, mime: 'application/zip', data: zipSync(files, { level: 0 }), counts };
}
