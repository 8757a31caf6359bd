import { z } from 'zod';
import { shiftDays, todayInChina } from '@/lib/dates/calendar';
import type { Finding } from '@/lib/db/records';
import type { RuleSet } from './rule-set-schema';

/** The numbers of veto.unreachable (indicators §3: 1 week, ≥ 20 visits a day, 15 s, ≥ 5 %; 预警 ≥ 3 %, §11). */
export type UnreachableRule = RuleSet['unreachable'];

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
export function availabilityOf(findings: Finding[], checkDate: string, rule: UnreachableRule): Availability | null {
  const from = shiftDays(checkDate, -(rule.days - 1));
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
      if (!s.ok || (s.ms ?? 0) >= rule.timeoutMs) failures += 1;
    }
  }
  if (!any) return null;
  const sufficient = perDay.size >= rule.days && [...perDay.values()].every((n) => n >= rule.perDay);
  return { attempts, failures, ratio: attempts === 0 ? 0 : failures / attempts, sufficient };
}

/** An external monitoring result entered as a manual finding: `data.source = 'external'`, `data.failureRatio`. */
export function externalRatio(findings: Finding[]): number | null {
  const ratios = findings
    .filter((f) => f.data['source'] === 'external' && typeof f.data['failureRatio'] === 'number')
    .map((f) => f.data['failureRatio'] as number);
  return ratios.length ? Math.max(...ratios) : null;
}
