import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COLLECTIONS, bundleFindingSchema, bundleSchema, type CollectionName } from '@/lib/bundle/bundle-schema';
import { compileCheck } from '@/lib/bundle/fast-check';
import { parseBundleText } from '@/lib/bundle/read-bundle';

// The exact check lets an import keep 100,000 parsed rows as they are instead of having zod rebuild them. It may say
// "no" too often (zod then decides), never "yes" wrongly: whenever it accepts a value, zod must accept it AND return
// an equal value.
const raw = () => JSON.parse(readFileSync('tests/fixtures/honghe-2021q1.bundle.json', 'utf8')) as Record<string, any>;
const findingCheck = compileCheck(bundleFindingSchema)!;

/** The check never accepts what zod would refuse or rewrite. */
function agrees(schema: z.ZodType, check: (v: unknown) => boolean, value: unknown): boolean {
  const parsed = schema.safeParse(value);
  const exact = parsed.success && JSON.stringify(sortKeys(parsed.data)) === JSON.stringify(sortKeys(value));
  return check(value) ? exact : true;
}
function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  return v;
}

/** One finding changed in many small ways: wrong types, limits, formats, missing and extra keys, nested fields. */
function mutations(f: Record<string, any>): unknown[] {
  const out: unknown[] = [];
  const bad = [undefined, null, 0, 1.5, -1, true, '', 'x', 'x'.repeat(6000), '2021/03/03', '2021-02-30', '2021-03-03T10:00:00', [], {}, ['a'], { a: 1 }];
  for (const key of Object.keys(f)) {
    for (const v of bad) out.push({ ...f, [key]: v });
    const { [key]: _, ...without } = f;
    out.push(without);
  }
  out.push({ ...f, extra: 1 });
  out.push({ ...f, evidence: { ...f.evidence, screenshotIds: Array.from({ length: 21 }, (_, i) => `s${i}`) } });
  out.push({ ...f, evidence: { ...f.evidence, selector: 5 } });
  out.push({ ...f, evidence: { ...f.evidence, extra: null } });
  out.push({ ...f, history: [{ ...f.history[0], at: 'yesterday' }] });
  out.push({ ...f, history: [{ at: f.history[0].at, by: 'x' }] });
  out.push({ ...f, columnPath: ['首页', 7] });
  out.push({ ...f, data: JSON.parse('{"__proto__": {"x": 1}}') });
  out.push({ ...f, data: { nested: { deep: [1, 2, { a: null }] } } });
  out.push({ ...f, fixedAt: '2021-04-01' });
  out.push({ ...f, fixedAt: '2021-04-31' });
  out.push({ ...f, updatedAt: '2021-03-03T16:00:00Z' });
  out.push(Object.assign(Object.create({ inherited: true }), f));
  return out;
}

describe('the exact check of bundle rows', () => {
  it('compiles for every collection of the bundle, so a whole exported bundle skips zod\'s rebuild', () => {
    for (const name of Object.keys(COLLECTIONS) as CollectionName[]) expect(compileCheck(bundleSchema.shape[name]), name).not.toBeNull();
  });

  it('accepts every row of the honghe bundle, and zod returns the same rows', () => {
    const b = raw();
    for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
      const check = compileCheck(bundleSchema.shape[name])!;
      expect(check(b[name] ?? []), name).toBe(true);
      expect(agrees(bundleSchema.shape[name], check, b[name] ?? []), name).toBe(true);
    }
  });

  it('never accepts a finding that zod refuses or would change (thousands of mutations)', () => {
    const all = raw().findings.flatMap((f: Record<string, any>) => mutations(f));
    expect(all.length).toBeGreaterThan(10_000);
    const disagreements = all.filter((m: unknown) => !agrees(bundleFindingSchema, findingCheck, m));
    expect(disagreements).toEqual([]);
    // And it is not a check that refuses everything: the untouched-but-valid variants pass.
    expect(all.filter((m: unknown) => findingCheck(m)).length).toBeGreaterThan(100);
  });

  it('gives up (null) on constructs it does not know, so zod decides', () => {
    expect(compileCheck(z.object({ a: z.string().optional() }))).toBeNull();
    expect(compileCheck(z.union([z.string(), z.number()]))).toBeNull();
    expect(compileCheck(z.string().transform((s) => s.length))).toBeNull();
    expect(compileCheck(z.looseObject({ a: z.string() }))).toBeNull();
  });

  it('counts length limits as zod does (code points, not UTF-16 units)', () => {
    const schema = z.string().min(2).max(3);
    const check = compileCheck(schema)!;
    for (const v of ['a', 'ab', 'abc', 'abcd', '😀', '😀😀', '😀😀😀', '😀😀😀😀', 'a😀', '😀ab'])
      expect([v, check(v)]).toEqual([v, schema.safeParse(v).success]);
  });

  it('refuses values zod would rewrite: a trimmed string, a filled default', () => {
    const trimmed = compileCheck(z.string().trim())!;
    expect([trimmed('a'), trimmed(' a ')]).toEqual([true, false]);
    const defaulted = compileCheck(z.object({ a: z.string().default('x') }))!;
    expect([defaulted({ a: 'y' }), defaulted({})]).toEqual([true, false]);
  });
});

describe('parseBundleText with and without the exact path', () => {
  it('gives the bundle zod gives', () => {
    const text = readFileSync('tests/fixtures/honghe-2021q1.bundle.json', 'utf8');
    const read = parseBundleText(text);
    if (!read.ok) throw new Error(read.error);
    expect(read.bundle).toEqual(bundleSchema.parse(JSON.parse(text)));
    // A bare bundle: the top-level defaults (generator, filter, settings, empty collections) come from zod either way.
    const bare = { format: 'gov-site-inspector-bundle', version: 1, exportedAt: '2021-04-20T01:00:00.000Z', findings: raw().findings };
    const readBare = parseBundleText(JSON.stringify(bare));
    expect(readBare.ok && readBare.bundle).toEqual(bundleSchema.parse(bare));
  });

  it('still fills defaults through zod when rows lack them (an older or hand-made bundle)', () => {
    const b = raw();
    delete b.findings[0].pageTitle;
    delete b.findings[1].fixedAt;
    const read = parseBundleText(JSON.stringify(b));
    if (!read.ok) throw new Error(read.error);
    expect([read.bundle.findings[0]!.pageTitle, read.bundle.findings[1]!.fixedAt]).toEqual(['', null]);
    expect(read.bundle).toEqual(bundleSchema.parse(b));
  });
});
