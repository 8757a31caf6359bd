import { addDays, format, parseISO, subMonths, subYears } from 'date-fns';

// Calendar dates are plain `YYYY-MM-DD` strings. Arithmetic goes through date-fns on local-midnight Date objects
// built from those strings, so the machine's time zone never shifts a day.

/** Today's calendar date in China Standard Time (Asia/Shanghai), whatever the machine's zone. */
export function todayInChina(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Quarter key (`2021Q1`) of a calendar date. */
export function quarterOf(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return `${year}Q${Math.floor((month - 1) / 3) + 1}`;
}

/** Shifts a calendar date by whole days. */
export function shiftDays(date: string, days: number): string {
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}

/** Calendar months/years back, clamped to month end (08-31 minus 6 months is 02-28/29), indicators §5. */
export function monthsBefore(date: string, months: number): string {
  return format(subMonths(parseISO(date), months), 'yyyy-MM-dd');
}

export function yearsBefore(date: string, years: number): string {
  return format(subYears(parseISO(date), years), 'yyyy-MM-dd');
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.UTC(...ymd(to)) - Date.UTC(...ymd(from))) / 86_400_000);
}

function ymd(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m - 1, d];
}

/** True for a real calendar date in `YYYY-MM-DD` form. */
export function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const [y, m, d] = ymd(date);
  const probe = new Date(Date.UTC(y, m, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m && probe.getUTCDate() === d;
}
