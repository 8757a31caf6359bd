import { z } from 'zod';
import { shiftDays, todayInChina } from '@/lib/dates/calendar';
import type { Finding } from '@/lib/db/records';

/**
 * veto.unreachable (indicators §3): monitored for 1 week, ≥ 20 visits a day; a visit fails when the site has not
 * opened after ≥ 15 s; veto at ≥ 5 % failures. Warning (预警) at ≥ 3 % (indicators §11).
 * TODO [2026-12-31]: move these numbers into the rule set (rule-set-schema is owned by the foundation).
 */
export const UNREACHABLE_RULE = { days: 7, perDay: 20, timeoutMs: 15_000, vetoRatio: 0.05, warnRatio: 0.03 } as const;

const sampleSchema = z.object({ at: z.string(), ok: z.boolean(), ms: z.number().nonnegative().optional() });
const samplesSchema = z.array(sampleSchema);

export interface Availability {
  attempts: number;
  failures: number;
  ratio: number;
  /** False when the week lacks days or samples, so the veto cannot be decided. */
  sufficient: boolean;
}

/** Failure ratio over the 7 days ending at `checkDate`, from the samples recorded in site-unreachable findings. */
export function availabilityOf(findings: Finding[], checkDate: string): Availability | null {
  const from = shiftDays(checkDate, -(UNREACHABLE_RULE.days - 1));
  const perDay = new Map<string, number>();
  let attempts = 0;
  let failures = 0;
  let any = false;
  for (const f of findings) {
    const parsed = samplesSchema.safeParse(f.data['samples']);
    if (!parsed.success) continue;
    any = true;
    for (const s of parsed.data) {
      const at = new Date(s.at);
      if (Number.isNaN(at.getTime())) continue;
      const day = todayInChina(at);
      if (day < from || day > checkDate) continue;
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
      attempts += 1;
      if (!s.ok || (s.ms ?? 0) >= UNREACHABLE_RULE.timeoutMs) failures += 1;
    }
  }
  if (!any) return null;
  const sufficient = perDay.size >= UNREACHABLE_RULE.days && [...perDay.values()].every((n) => n >= UNREACHABLE_RULE.perDay);
  return { attempts, failures, ratio: attempts === 0 ? 0 : failures / attempts, sufficient };
}

/** An external monitoring result entered as a manual finding: `data.source = 'external'`, `data.failureRatio`. */
export function externalRatio(findings: Finding[]): number | null {
  const ratios = findings
    .filter((f) => f.data['source'] === 'external' && typeof f.data['failureRatio'] === 'number')
    .map((f) => f.data['failureRatio'] as number);
  return ratios.length ? Math.max(...ratios) : null;
}
