import { describe, expect, it } from 'vitest';
import { dateCn, monthDayCn, passRate, quarterCn, quarterRange } from '@/lib/report/format';

describe('合格率 (indicators §10.3: integers, round half up, toFixed-style zeros, "—" for zero totals)', () => {
  it('reproduces the seed strings', () => {
    expect(passRate(11, 14, 1)).toBe('78.6%');
    expect(passRate(231, 243, 2)).toBe('95.06%');
    expect(passRate(11, 14, 2)).toBe('78.57%');
  });
  it('rounds half up exactly and keeps trailing zeros', () => {
    expect(passRate(1, 8, 1)).toBe('12.5%');
    expect(passRate(1, 8, 0)).toBe('13%');
    expect(passRate(1, 16, 2)).toBe('6.25%');
    expect(passRate(1, 16, 1)).toBe('6.3%');
    expect(passRate(1, 40, 1)).toBe('2.5%');
    expect(passRate(10, 10, 2)).toBe('100.00%');
    expect(passRate(0, 3, 1)).toBe('0.0%');
    expect(passRate(0, 0, 2)).toBe('—');
  });
});

describe('date and quarter wording', () => {
  it('writes dates and quarters the way the notices do', () => {
    expect(dateCn('2021-03-03')).toBe('2021年3月3日');
    expect(monthDayCn('2021-02-18')).toBe('2月18日');
    expect(quarterCn('2021Q1', 'short')).toBe('2021年一季度');
    expect(quarterCn('2020Q4', 'ordinal')).toBe('2020年第四季度');
    expect(quarterRange('2021Q1')).toEqual({ start: '2021-01-01', end: '2021-03-31' });
    expect(quarterRange('2024Q2')).toEqual({ start: '2024-04-01', end: '2024-06-30' });
  });
});
