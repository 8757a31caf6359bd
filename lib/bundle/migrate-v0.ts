import { z } from 'zod';
import { findingKindSchema } from '@/lib/db/records';
import { findingIdentity } from '@/lib/findings/identity';
import { ruleForKind } from '@/lib/findings/kind-rules';
import { quarterOf } from '@/lib/dates/calendar';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type BundleInput } from './bundle-schema';

/**
 * Version 0 — the earlier export of the prototype: findings carried `state` (suspected/confirmed/ignored/fixed),
 * a `columnPath` string joined by ">", a single `foundAt` time and `siteCode`; there were no columns, evidence or
 * report settings. Only the fields the migration reads are checked here; v1 validation runs afterwards.
 */
const v0FindingSchema = z.looseObject({
  id: z.string(),
  kind: findingKindSchema,
  state: z.enum(['suspected', 'confirmed', 'ignored', 'fixed']),
  siteCode: z.string().nullable().optional(),
  siteName: z.string().optional(),
  url: z.string(),
  columnPath: z.string().optional(),
  department: z.string().nullable().optional(),
  description: z.string().optional(),
  checkDate: z.string(),
  foundAt: z.string(),
  inspector: z.string().optional(),
});

export const v0BundleSchema = z.looseObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(0),
  exportedAt: z.string(),
  sites: z.array(z.unknown()).default([]),
  findings: z.array(v0FindingSchema).default([]),
  accounts: z.array(z.unknown()).default([]),
  letters: z.array(z.looseObject({ notes: z.string().optional() })).default([]),
});

const STATUS = { suspected: 'pending', confirmed: 'confirmed', ignored: 'ignored', fixed: 'fixed' } as const;

/** v0 → v1: renames and splits fields; the result is then validated as a v1 bundle. */
export function migrateV0(v0: z.infer<typeof v0BundleSchema>): BundleInput {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: v0.exportedAt,
    generator: 'migrated from version 0',
    sites: v0.sites as BundleInput['sites'],
    accounts: v0.accounts as BundleInput['accounts'],
    letters: v0.letters.map((l) => ({ notes: '', ...l })) as BundleInput['letters'],
    findings: v0.findings.map((f) => {
      const rule = ruleForKind(f.kind);
      const siteIdCode = f.siteCode ?? null;
      return {
        id: f.id,
        identityKey: findingIdentity({ kind: f.kind, siteIdCode, pageUrl: f.url, targetUrl: null, quote: null }),
        kind: f.kind,
        quarter: /^\d{4}-\d{2}-\d{2}$/.test(f.checkDate) ? quarterOf(f.checkDate) : f.checkDate,
        siteId: null,
        siteIdCode,
        siteName: f.siteName ?? '',
        pageUrl: f.url,
        targetUrl: null,
        columnPath: f.columnPath ? f.columnPath.split('>').map((s) => s.trim()).filter(Boolean) : [],
        department: f.department ?? null,
        detail: f.description ?? '',
        ruleId: rule.ruleId,
        ruleSetVersion: rule.ruleSetVersion,
        effect: rule.effect,
        status: STATUS[f.state],
        evidence: { selector: null, quote: null, context: null, browser: null, screenshotIds: [] },
        inspector: f.inspector ?? '',
        checkDate: f.checkDate,
        observedAt: f.foundAt,
        createdAt: f.foundAt,
        updatedAt: f.foundAt,
        history: [{ at: f.foundAt, by: 'migration', change: '由第 0 版问题包迁移' }],
      };
    }),
  };
}
