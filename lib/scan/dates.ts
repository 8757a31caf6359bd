import { isCalendarDate } from '@/lib/dates/calendar';

/** One date found in a piece of text. */
export interface FoundDate {
  /** `YYYY-MM-DD` for full dates; `MM-DD` (year unknown) when `yearless`. */
  value: string;
  raw: string;
  yearless: boolean;
  index: number;
}

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, '○': 0, Ｏ: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

// Full dates: 2021-03-29, 2021/3/29, 2021.03.29, 2021年3月29日 (optionally followed by a time).
// The look-behind/ahead on digits rejects phone numbers (0793-1234567), 14-digit 公网安备 numbers, ICP numbers and
// postcodes; a year must lie in 1990–2099 so document numbers such as 〔2021〕12号 never form a date.
const FULL = /(?<![\d.])((?:19|20)\d{2})\s*([-/.年])\s*(\d{1,2})\s*([-/.月])\s*(\d{1,2})(?!\d)\s*日?/g;
const CHINESE = /([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/g;
// Year-less dates: [03-29], (03-29), （03-29）, or a bare two-digit 03-29 standing alone.
const BRACKETED = /[[(（【]\s*(\d{1,2})-(\d{1,2})\s*[\])）】]/g;
const BARE = /(?<![\d:：\-/.年])(\d{2})-(\d{2})(?![\d:\-/.])/g;

const pad = (n: number) => String(n).padStart(2, '0');

function cnNumber(s: string): number {
  if (!s.includes('十')) return CN_DIGIT[s] ?? NaN;
  const [tens, ones] = s.split('十') as [string, string];
  return (tens ? (CN_DIGIT[tens] ?? NaN) : 1) * 10 + (ones ? (CN_DIGIT[ones] ?? NaN) : 0);
}

/** Replaces full-width digits and punctuation that CMSs emit (２０２１－０３－２９) by ASCII. */
export function normaliseDigits(text: string): string {
  return text.replace(/[０-９－／．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Every date in `text`, in reading order; year-less dates keep `MM-DD` until `resolveYearless`. */
export function findDates(input: string): FoundDate[] {
  if (!/[\d０-９〇零○]/.test(input)) return [];
  const text = /[０-９－／．]/.test(input) ? normaliseDigits(input) : input;
  const found: FoundDate[] = [];
  const taken: [number, number][] = [];
  const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && b > x);
  const add = (value: string, raw: string, index: number, yearless: boolean) => {
    if (overlaps(index, index + raw.length)) return;
    const probe = yearless ? `2000-${value}` : value; // 2000 is a leap year: 02-29 stays valid
    if (!isCalendarDate(probe)) return;
    taken.push([index, index + raw.length]);
    found.push({ value, raw: raw.trim(), yearless, index });
  };
  for (const m of text.matchAll(FULL)) {
    const [raw, y, s1, mo, s2, d] = m as unknown as [string, string, string, string, string, string];
    // Separators must pair up: 2021-03-29, 2021年3月29日; a mix such as 2021.3-29 is not a date.
    const paired = s1 === s2 || (s1 === '年' && s2 === '月');
    if (paired) add(`${y}-${pad(+mo)}-${pad(+d)}`, raw, m.index, false);
  }
  if (text.includes('年')) for (const m of text.matchAll(CHINESE)) {
    const year = [...m[1]!].map((c) => CN_DIGIT[c] ?? 0).join('');
    const month = cnNumber(m[2]!);
    const day = cnNumber(m[3]!);
    if (month > 0 && day > 0) add(`${year}-${pad(month)}-${pad(day)}`, m[0], m.index, false);
  }
  if (/[[(（【]/.test(text)) for (const m of text.matchAll(BRACKETED)) add(`${pad(+m[1]!)}-${pad(+m[2]!)}`, m[0], m.index, true);
  for (const m of text.matchAll(BARE)) add(`${m[1]}-${m[2]}`, m[0], m.index, true);
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Gives year-less `MM-DD` dates of one list a year (indicators §4.4): the latest year that does not put the date
 * after the monitoring date. Then, walking the list top-down (lists are newest first), a date more than 60 days
 * newer than the one above it moves back a year: a December item below a March item belongs to the year before.
 * Small inversions (a pinned item) are left alone.
 */
export function resolveYearless(monthDays: (string | null)[], checkDate: string): (string | null)[] {
  const checkYear = Number(checkDate.slice(0, 4));
  let previous: string | null = null;
  return monthDays.map((md) => {
    if (!md) return null;
    let year = `${checkYear}-${md}` > checkDate ? checkYear - 1 : checkYear;
    while (previous && daysApart(previous, `${year}-${md}`) > 60 && year > checkYear - 5) year -= 1;
    if (!isCalendarDate(`${year}-${md}`)) return null; // 02-29 in a common year
    previous = `${year}-${md}`;
    return previous;
  });
}

/** Days from `a` to `b` (positive when `b` is later). */
function daysApart(a: string, b: string): number {
  const t = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
  return (t(b) - t(a)) / 86_400_000;
}
