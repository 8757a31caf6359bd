import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET, resolveRuleSet } from '@/lib/rules/active-rule-set';
import { ruleSetSchema } from '@/lib/rules/rule-set-schema';

describe('rule set', () => {
  it('ships a valid national default with provenance on every window', () => {
    expect(ruleSetSchema.parse(DEFAULT_RULE_SET).version).toBe('gbmh-2019-19');
    expect(DEFAULT_RULE_SET.windows.dynamic).toMatchObject({ unit: 'days', amount: 14, verified: true });
    expect(DEFAULT_RULE_SET.vetoes.blank.atLeast).toBe(5);
  });
  it('merges overrides and rejects a broken one as a whole', () => {
    const local = resolveRuleSet({ windows: { dynamic: { amount: 10 } } });
    expect(local.ruleSet.windows.dynamic.amount).toBe(10);
    expect(local.ruleSet.windows.notice.amount).toBe(6);
    const broken = resolveRuleSet({ windows: { dynamic: { unit: 'weeks' } } });
    expect(broken.error).toContain('无效');
    expect(broken.ruleSet.windows.dynamic.unit).toBe('days');
  });
});
