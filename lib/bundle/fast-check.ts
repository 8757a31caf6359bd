import type { z } from 'zod';

// zod builds a new object for every record it parses: 100,000 findings cost seconds in an extension page (MV3 pages
// forbid eval, so zod's compiled fast path is off there). A bundle exported by the extension already has the exact
// shape, so a check that allocates nothing can accept it as it is. The check answers true only when zod would accept
// the value AND return an equal one (no default filled in, no unknown key stripped); otherwise the caller runs zod,
// which also words the errors. Leaves are judged by the schema's own zod parts (its checks, formats, refinements and
// enum sets, read from the schema at compile time), so the check cannot drift from the schema.

/** True when `schema.parse(value)` would succeed and return a value equal to `value`. */
export type ExactCheck = (value: unknown) => boolean;

type Schema = z.core.$ZodType;
type Check = z.core.$ZodCheck;

const CTX = { async: false } as const;
const LEAVES = new Set(['string', 'number', 'boolean', 'enum', 'literal', 'null']);

/** A zod leaf run as zod runs it (type, checks, refinements); exact when no issue and no rewrite (trim, coerce …). */
function leaf(schema: Schema): ExactCheck {
  const def = schema._zod.def as z.core.$ZodTypeDef & { coerce?: boolean };
  // A plain string (the bulk of a finding): zod's own parse is the typeof test, then its checks.
  if (def.type === 'string' && !def.coerce && !schema._zod.traits.has('$ZodCheck')) return string(def.checks ?? []);
  // An enum or literal is a set lookup (zod's own set).
  const values = schema._zod.values;
  if ((def.type === 'enum' || def.type === 'literal') && values && !def.checks?.length) return (value) => values.has(value as never);
  return (value) => {
    const out = schema._zod.run({ value, issues: [] }, CTX);
    return !(out instanceof Promise) && out.issues.length === 0 && out.value === value;
  };
}

/**
 * A string's checks. Length limits are settled inline when zod itself would count UTF-16 units (at most `maximum`
 * units, or at least twice `minimum`: zod counts code points only in between); other checks run as zod runs them.
 */
function string(checks: Check[]): ExactCheck {
  const isLength = (c: Check) => c._zod.def.check === 'max_length' || c._zod.def.check === 'min_length';
  const lengths = checks.filter(isLength);
  let most = Infinity;
  let least = 0;
  for (const c of lengths) {
    const d = c._zod.def as unknown as { check: string; maximum: number; minimum: number };
    if (d.check === 'max_length') most = Math.min(most, d.maximum);
    else least = Math.max(least, d.minimum * 2);
  }
  const slowLengths = checksOf(lengths);
  const others = checksOf(checks.filter((c) => !isLength(c)));
  return (value) => {
    if (typeof value !== 'string') return false;
    if ((value.length > most || value.length < least) && !slowLengths(value)) return false;
    return others(value);
  };
}

/**
 * The checks of a schema (a string's limits and formats, an array's max length, a refine), as zod's runChecks runs
 * them on a value that has no issue yet. Their functions are looked up once here, not per value.
 */
function checksOf(checks: Check[] | undefined): ExactCheck {
  if (!checks?.length) return () => true;
  const run = checks.map((c) => c._zod.check);
  const when = checks.map((c) => c._zod.def.when);
  const payload = { value: undefined as unknown, issues: [] as unknown[] };
  return (value) => {
    payload.value = value;
    for (let i = 0; i < run.length; i += 1) {
      const w = when[i];
      if (w && !w(payload as never)) continue;
      const out = run[i]!(payload as never);
      if (out instanceof Promise || payload.issues.length || payload.value !== value) {
        payload.issues.length = 0;
        return false;
      }
    }
    return true;
  };
}

/**
 * An object without catchall (zod strips unknown keys): a plain object with every key of the shape defined, and no
 * other key. With Object.prototype as prototype and no shape key named like one of its members, a defined value can
 * only be an own one.
 */
function object(def: z.core.$ZodObjectDef): ExactCheck | null {
  if (def.catchall) return null;
  const keys = Object.keys(def.shape);
  const fields: ExactCheck[] = [];
  for (const key of keys) {
    const check = compileCheck(def.shape[key]!);
    if (!check || key in Object.prototype) return null;
    fields.push(check);
  }
  const checks = checksOf(def.checks);
  return (value) => {
    if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
    const row = value as Record<string, unknown>;
    let count = 0;
    for (const _ in row) count += 1;
    if (count !== keys.length) return false;
    for (let i = 0; i < keys.length; i += 1) {
      const v = row[keys[i]!];
      if (v === undefined || !fields[i]!(v)) return false;
    }
    return checks(value);
  };
}

/** A record keyed by any string: a plain object, no `__proto__` key (zod drops it), every value exact. */
function record(def: z.core.$ZodRecordDef): ExactCheck | null {
  const key = def.keyType._zod.def;
  const valueCheck = compileCheck(def.valueType);
  const checks = checksOf(def.checks);
  if (key.type !== 'string' || key.checks?.length || (key as { coerce?: boolean }).coerce || !valueCheck) return null;
  return (value) => {
    if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
    for (const k of Reflect.ownKeys(value)) {
      if (typeof k !== 'string' || k === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, k)) return false;
      if (!valueCheck((value as Record<string, unknown>)[k])) return false;
    }
    return checks(value);
  };
}

/**
 * Compiles the exact check of a schema, or null when the schema uses a construct this file does not know (optional
 * keys, unions, transforms …): the caller then always runs zod.
 */
export function compileCheck(schema: Schema): ExactCheck | null {
  const def = schema._zod.def;
  if (LEAVES.has(def.type)) return leaf(schema);
  // Checks on a wrapper (a refine on a nullable …) are rare enough to leave to zod.
  if (def.checks?.length && !['array', 'object', 'record'].includes(def.type)) return null;
  switch (def.type) {
    case 'unknown':
    case 'any':
      return () => true;
    case 'nullable': {
      const inner = compileCheck((def as z.core.$ZodNullableDef).innerType);
      return inner && ((value) => value === null || inner(value));
    }
    // A missing value would be filled in (not exact); a present one is parsed by the inner schema.
    case 'default':
    case 'prefault': {
      const inner = compileCheck((def as z.core.$ZodDefaultDef).innerType);
      return inner && ((value) => value !== undefined && inner(value));
    }
    case 'array': {
      const element = compileCheck((def as z.core.$ZodArrayDef).element);
      const checks = checksOf(def.checks);
      return element && ((value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i += 1) if (!element(value[i])) return false;
        return checks(value);
      });
    }
    case 'object':
      return object(def as z.core.$ZodObjectDef);
    case 'record':
      return record(def as z.core.$ZodRecordDef);
    default:
      return null;
  }
}
