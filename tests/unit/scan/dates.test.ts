import { describe, expect, it } from 'vitest';
import { findDates, resolveYearless } from '@/lib/scan/dates';

const first = (text: string) => findDates(text)[0]?.value ?? null;

describe('findDates', () => {
  it.each([
    ['2021-03-29', '2021-03-29'],
    ['2021/3/29', '2021-03-29'],
    ['2021.03.29', '2021-03-29'],
    ['2021年3月29日', '2021-03-29'],
    ['2021年03月29日 09时32分', '2021-03-29'],
    ['二〇二一年三月二十日', '2021-03-20'],
    ['二〇二六年十一月三十一日', null],
    ['二〇二六年十二月三十一日', '2026-12-31'],
    ['2024-06-03 14:25:31', '2024-06-03'],
    ['标题（2026-09-21）', '2026-09-21'],
    ['[2026-10-21]', '2026-10-21'],
    ['２０２１－０３－２９', '2021-03-29'],
  ])('%s → %s', (text, want) => expect(first(text)).toBe(want));

  it.each([
    ['青府发〔2021〕12号', '文号'],
    ['咨询电话：0793-1234567', '电话'],
    ['赣ICP备12345678号-1', 'ICP'],
    ['赣公网安备36099902000123号', '公安备案'],
    ['邮编：334000', '邮编'],
    ['工作日 8:30-12:00，14:30-17:30', '时间段'],
    ['2021.3-29', '分隔符不一致'],
    ['2021-02-30', '不存在的日期'],
  ])('rejects %s (%s)', (text) => expect(findDates(text)).toEqual([]));

  it('reads year-less dates only when bracketed or standing alone', () => {
    expect(findDates('[03-29]')[0]).toMatchObject({ value: '03-29', yearless: true });
    expect(findDates('（03-29）')[0]).toMatchObject({ value: '03-29', yearless: true });
    expect(findDates('标题 10-11')[0]).toMatchObject({ value: '10-11', yearless: true });
    expect(findDates('13-45')).toEqual([]);
  });
});

describe('resolveYearless (indicators §4.4)', () => {
  it('takes the latest year not after the monitoring date and rolls over into the previous year', () => {
    expect(resolveYearless(['01-05', '01-02', '12-28', '12-20'], '2027-01-10')).toEqual(['2027-01-05', '2027-01-02', '2026-12-28', '2026-12-20']);
  });
  it('moves a December item below March items back a year even far from the monitoring date', () => {
    expect(resolveYearless(['03-20', '03-02', '12-30'], '2018-12-31')).toEqual(['2018-03-20', '2018-03-02', '2017-12-30']);
  });
  it('leaves a pinned slightly newer item alone and drops 02-29 in a common year', () => {
    expect(resolveYearless(['03-01', '03-10', null], '2026-06-01')).toEqual(['2026-03-01', '2026-03-10', null]);
    expect(resolveYearless(['02-29'], '2026-06-01')).toEqual([null]);
  });
});
