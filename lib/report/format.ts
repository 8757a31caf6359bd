const NUMERALS = ['一', '二', '三', '四'];

/**
 * 合格率 printed with `d` decimals (indicators §10.3): computed from integers with round half up, never from a
 * pre-rounded ratio; trailing zeros kept; "—" when there is nothing to rate.
 */
export function passRate(passed: number, total: number, d: number): string {
  if (total <= 0) return '—';
  const scale = 10 ** (d + 2);
  const scaled = Math.floor((2 * passed * scale + total) / (2 * total));
  const unit = 10 ** d;
  const whole = Math.floor(scaled / unit);
  const frac = String(scaled % unit).padStart(d, '0');
  return d === 0 ? `${whole}%` : `${whole}.${frac}%`;
}

/** 2021-03-03 → 2021年3月3日. */
export function dateCn(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 2021-02-18 → 2月18日 (year left out, as in the seed's sampling note). */
export function monthDayCn(date: string): string {
  const [, m, d] = date.split('-').map(Number);
  return `${m}月${d}日`;
}

/** 2021Q1 → 2021年一季度 (short) or 2021年第一季度 (ordinal). */
export function quarterCn(quarter: string, style: 'short' | 'ordinal'): string {
  const year = quarter.slice(0, 4);
  const n = NUMERALS[Number(quarter.slice(5)) - 1];
  return style === 'short' ? `${year}年${n}季度` : `${year}年第${n}季度`;
}

/** First and last calendar day of a quarter. */
export function quarterRange(quarter: string): { start: string; end: string } {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(5));
  const lastMonth = q * 3;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { start: `${year}-${pad(lastMonth - 2)}-01`, end: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}
