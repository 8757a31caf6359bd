import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSame, sameRecord, stableStringify } from '@/lib/bundle/merge-rules';
import { findingSchema } from '@/lib/db/records';

// sameRecord replaces comparing two stableStringify strings on import; it must agree with them on every pair.
const pairs: [unknown, unknown][] = [
  [{ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }],
  [{ a: 1, b: undefined }, { a: 1 }],
  [{ a: 1, b: null }, { a: 1 }],
  [{ a: 1 }, { a: 1, b: null }],
  [{ a: null }, { a: undefined }],
  [{ a: [1, 2] }, { a: [1, 2, 3] }],
  [{ a: [undefined] }, { a: [null] }],
  [{ a: { x: 1 } }, { a: [1] }],
  [{ a: '1' }, { a: 1 }],
  [{ a: 'x' }, { a: 'y' }],
  [{ history: [{ at: 't', by: '张三', change: '确认' }] }, { history: [{ change: '确认', by: '张三', at: 't' }] }],
  [{ history: [{ at: 't', by: '张三', change: '确认' }] }, { history: [{ at: 't', by: '李四', change: '确认' }] }],
  [{ blob: new Blob(['a']) }, { blob: new Blob(['b']) }],
  [{ blob: new Blob(['a']) }, { blob: {} }],
  [{ n: 0 }, { n: -0 }],
  [null, undefined],
  [{}, {}],
];

describe('sameRecord', () => {
  it.each(pairs.map((p, i) => [i, ...p]))('pair %i agrees with comparing stableStringify', (_, a, b) => {
    expect(sameRecord(a, b)).toBe(stableStringify(a) === stableStringify(b));
    expect(sameRecord(b, a)).toBe(stableStringify(a) === stableStringify(b));
  });
});

describe('compileSame (the compiled comparison of findings)', () => {
  const same = compileSame(findingSchema)!;
  const findings = JSON.parse(readFileSync('tests/fixtures/honghe-2021q1.bundle.json', 'utf8')).findings as Record<string, unknown>[];
  /** Variants of a finding: each field changed, removed, undefined, nested edits, extra keys, another key order. */
  const variants = (f: Record<string, any>): unknown[] => [
    ...Object.keys(f).flatMap((k) => [{ ...f, [k]: 'changed' }, { ...f, [k]: undefined }, { ...f, [k]: null }, Object.fromEntries(Object.entries(f).filter(([key]) => key !== k))]),
    { ...f, extra: 1 },
    { ...f, extra: undefined },
    { ...f, columnPath: [...f.columnPath, 'x'] },
    { ...f, history: [{ ...f.history[0], by: '另一人' }] },
    { ...f, history: [{ change: f.history[0].change, by: f.history[0].by, at: f.history[0].at }] },
    { ...f, data: { ...f.data, more: [1] } },
    { ...f, evidence: { ...f.evidence, quote: '引文' } },
    Object.fromEntries(Object.entries(f).reverse()),
    structuredClone(f),
  ];

  it('is compiled for the finding schema and recognises an identical copy', () => {
    expect(same).not.toBeNull();
    expect(findings.every((f) => same(f, structuredClone(f)))).toBe(true);
  });

  it('never calls two findings equal when sameRecord would not (either order)', () => {
    const pairs = [
      ...findings.flatMap((f) => variants(f).map((v) => [f, v] as const)),
      ...findings.slice(0, 3).flatMap((f) => variants(f).flatMap((v, _, all) => all.map((w) => [v, w] as const))),
    ];
    expect(pairs.length).toBeGreaterThan(5000);
    const wrong = pairs.filter(([a, b]) => (same(a, b) && !sameRecord(a, b)) || (same(b, a) && !sameRecord(b, a)));
    expect(wrong).toEqual([]);
  });
});
