import { ruleSetSchema, type RuleSet } from './rule-set-schema';
import { gbmh201919 } from './rule-sets/gbmh-2019-19';

/** The default rule set shipped with the extension. */
export const DEFAULT_RULE_SET = gbmh201919;

/**
 * The bundled rule set with the inspector's overrides merged in (objects merge, arrays and numbers replace).
 * An override that breaks the schema is ignored as a whole, so a bad setting never breaks a check.
 */
export function resolveRuleSet(overrides: Record<string, unknown>): { ruleSet: RuleSet; error: string | null } {
  const merged = deepMerge(DEFAULT_RULE_SET, overrides);
  const parsed = ruleSetSchema.safeParse(merged);
  return parsed.success ? { ruleSet: parsed.data, error: null } : { ruleSet: DEFAULT_RULE_SET, error: '规则覆盖设置无效，已使用默认规则。' };
}

function deepMerge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch === undefined ? base : patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) out[key] = deepMerge(base[key], value);
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
