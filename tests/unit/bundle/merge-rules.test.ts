import { describe, expect, it } from 'vitest';
import { sameRecord, stableStringify } from '@/lib/bundle/merge-rules';

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
