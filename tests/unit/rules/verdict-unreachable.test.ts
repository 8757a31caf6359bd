import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET } from '@/lib/rules/active-rule-set';
import { judgeSite } from '@/lib/rules/site-verdict';
import type { Finding } from '@/lib/db/records';
import { mk } from './verdict-helpers';

const site = { id: 's1', siteIdCode: '5325010002', name: '个旧市人民政府' };
const judge = (findings: Finding[]) => judgeSite({ site, quarter: '2021Q1', findings, columns: new Map(), checkDate: '2021-03-31' }, DEFAULT_RULE_SET);

/** `perDay` samples a day for `days` days ending 2021-03-31 (China time), the first `failures` of them failing. */
function samples(days: number, perDay: number, failures: number, slowMs?: number) {
  const out: { at: string; ok: boolean; ms?: number }[] = [];
  for (let d = 0; d < days; d += 1) for (let i = 0; i < perDay; i += 1) {
    const k = d * perDay + i;
    out.push({ at: new Date(Date.UTC(2021, 2, 31 - d, 1, i)).toISOString(), ok: k >= failures, ...(slowMs !== undefined && k < failures ? { ok: true, ms: slowMs } : {}) });
  }
  return out;
}

describe('站点无法访问 from availability samples (indicators §3: 1 week, ≥ 20 a day, ≥ 5 %)', () => {
  it('7 failures of 140 (5 %) veto; 6 (4.3 %) give a 预警 only', () => {
    expect(judge([mk({ kind: 'site-unreachable', data: { samples: samples(7, 20, 7) } })]).vetoes[0]).toMatchObject({ ruleId: 'veto.unreachable', phrase: '站点无法访问' });
    const six = judge([mk({ kind: 'site-unreachable', data: { samples: samples(7, 20, 6) } })]);
    expect(six.passed).toBe(true);
    expect(six.warnings[0]!.ruleId).toBe('veto.unreachable');
  });

  it('a visit slower than 15 s counts as a failure', () => {
    expect(judge([mk({ kind: 'site-unreachable', data: { samples: samples(7, 20, 7, 15_000) } })]).passed).toBe(false);
    expect(judge([mk({ kind: 'site-unreachable', data: { samples: samples(7, 20, 7, 14_999) } })]).passed).toBe(true);
  });

  it('fewer than 7 days or fewer than 20 samples a day cannot decide the veto', () => {
    expect(judge([mk({ kind: 'site-unreachable', data: { samples: samples(6, 30, 60) } })]).passed).toBe(true);
    expect(judge([mk({ kind: 'site-unreachable', data: { samples: samples(7, 19, 60) } })]).passed).toBe(true);
  });

  it('samples outside the week before the 监测时间点 are ignored; unconfirmed samples never count', () => {
    const old = samples(7, 20, 140).map((s) => ({ ...s, at: s.at.replace('2021-03', '2021-01') }));
    expect(judge([mk({ kind: 'site-unreachable', data: { samples: [...samples(7, 20, 0), ...old] } })]).passed).toBe(true);
    expect(judge([mk({ kind: 'site-unreachable', status: 'pending', data: { samples: samples(7, 20, 140) } })]).passed).toBe(true);
  });

  it('an external monitoring result entered as a manual finding decides it', () => {
    expect(judge([mk({ kind: 'site-unreachable', data: { source: 'external', failureRatio: 0.06 } })]).passed).toBe(false);
    expect(judge([mk({ kind: 'site-unreachable', data: { source: 'external', failureRatio: 0.04 } })]).passed).toBe(true);
  });
});
