import { describe, expect, it } from 'vitest';
import { daysBetween, isCalendarDate, monthsBefore, quarterOf, shiftDays, todayInChina, yearsBefore } from '@/lib/dates/calendar';

describe('calendar', () => {
  it('reads today in China Standard Time, not the machine zone', () => {
    expect(todayInChina(new Date('2021-03-31T16:30:00Z'))).toBe('2021-04-01');
    expect(todayInChina(new Date('2021-03-31T15:59:00Z'))).toBe('2021-03-31');
  });
  it('clamps month arithmetic to month end (indicators §5)', () => {
    expect(monthsBefore('2021-08-31', 6)).toBe('2021-02-28');
    expect(monthsBefore('2020-08-31', 6)).toBe('2020-02-29');
    expect(yearsBefore('2024-02-29', 1)).toBe('2023-02-28');
  });
  it('does day arithmetic and quarters', () => {
    expect(shiftDays('2021-03-03', -14)).toBe('2021-02-17');
    expect(daysBetween('2020-12-25', '2021-01-08')).toBe(14);
    expect(quarterOf('2021-03-31')).toBe('2021Q1');
    expect(quarterOf('2021-10-01')).toBe('2021Q4');
    expect(isCalendarDate('2021-02-29')).toBe(false);
    expect(isCalendarDate('2024-02-29')).toBe(true);
  });
});
