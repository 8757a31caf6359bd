// Calendar-date helpers for the demo site. Dates are plain 'YYYY-MM-DD' strings; arithmetic is done on UTC
// midnights so the machine's time zone never shifts a day.

export type DateFormat =
  | 'YYYY-MM-DD'
  | 'YYYY/M/D'
  | 'YYYY.MM.DD'
  | 'YYYY年M月D日'
  | 'YYYY年MM月DD日'
  | 'chinese' // 二〇二六年十一月二十日
  | '[MM-DD]'
  | 'MM-DD'
  | '[YYYY-MM-DD]'
  | '(YYYY-MM-DD)'
  | '（YYYY-MM-DD）'
  | 'YYYY-MM-DD HH:mm'
  | 'YYYY-MM-DD HH:mm:ss';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses 'YYYY-MM-DD' into a UTC timestamp, rejecting impossible dates such as 2026-02-30. */
export function parseIsoDate(value: string): number {
  const m = ISO_DATE.exec(value);
  if (!m) throw new Error(`expected a YYYY-MM-DD date, got "${value}"`);
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(time).toISOString().slice(0, 10) !== value) throw new Error(`not a calendar date: "${value}"`);
  return time;
}

/** The date `offsetDays` before `today` (negative offsets lie in the future). */
export function dateForOffset(today: string, offsetDays: number): string {
  return new Date(parseIsoDate(today) - offsetDays * DAY_MS).toISOString().slice(0, 10);
}

/** Today's calendar date in China Standard Time (UTC+8 all year, no daylight saving). */
export function todayInShanghai(now: number = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..31 written the way official documents do: 十, 十一, 二十, 二十一, 三十一. */
function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** '2026-11-20' → '二〇二六年十一月二十日'. */
export function toChineseDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  const year = [...y!].map((c) => DIGITS[Number(c)]).join('');
  return `${year}年${chineseNumber(Number(m))}月${chineseNumber(Number(d))}日`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A stable office-hours time of day for an item, so repeated renders are byte-identical. */
function timeOfDay(seed: number): { h: string; min: string; s: string } {
  const k = Math.abs(seed);
  return { h: pad(8 + ((k * 7) % 10)), min: pad((k * 13 + 5) % 60), s: pad((k * 29 + 11) % 60) };
}

/** Formats an ISO date; `seed` picks the time of day for the formats that carry one. */
export function formatDate(iso: string, fmt: DateFormat, seed = 0): string {
  parseIsoDate(iso);
  const [Y, MM, DD] = iso.split('-') as [string, string, string];
  const M = String(Number(MM));
  const D = String(Number(DD));
  const t = timeOfDay(seed);
  switch (fmt) {
    case 'YYYY-MM-DD':
      return iso;
    case 'YYYY/M/D':
      return `${Y}/${M}/${D}`;
    case 'YYYY.MM.DD':
      return `${Y}.${MM}.${DD}`;
    case 'YYYY年M月D日':
      return `${Y}年${M}月${D}日`;
    case 'YYYY年MM月DD日':
      return `${Y}年${MM}月${DD}日`;
    case 'chinese':
      return toChineseDate(iso);
    case '[MM-DD]':
      return `[${MM}-${DD}]`;
    case 'MM-DD':
      return `${MM}-${DD}`;
    case '[YYYY-MM-DD]':
      return `[${iso}]`;
    case '(YYYY-MM-DD)':
      return `(${iso})`;
    case '（YYYY-MM-DD）':
      return `（${iso}）`;
    case 'YYYY-MM-DD HH:mm':
      return `${iso} ${t.h}:${t.min}`;
    case 'YYYY-MM-DD HH:mm:ss':
      return `${iso} ${t.h}:${t.min}:${t.s}`;
  }
}

/** The template helper `d(offset, fmt)`: a date `offset` days before `today`, formatted. */
export function createDateHelper(today: string): (offsetDays: number, fmt?: DateFormat) => string {
  parseIsoDate(today);
  return (offsetDays, fmt = 'YYYY-MM-DD') => formatDate(dateForOffset(today, offsetDays), fmt, offsetDays);
}
