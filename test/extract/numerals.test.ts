import { describe, expect, it } from 'vitest';
import { parseNumeral } from '../../src/extract/numerals.js';
import { findDate } from '../../src/extract/dates.js';

describe('parseNumeral', () => {
  it.each([
    ['56', 56], ['５６', 56], ['十', 10], ['十二', 12], ['三十二', 32], ['一百零四', 104], ['一百一十', 110],
    ['五', 5], ['二〇二一', 2021], ['两', 2],
  ])('%s → %i', (written, value) => expect(parseNumeral(written)).toBe(value));

  it('rejects what is not a number', () => {
    expect(parseNumeral('第五')).toBeNull();
    expect(parseNumeral('')).toBeNull();
  });
});

describe('findDate', () => {
  it('reads full dates in every written form', () => {
    expect(findDate('2021年1月23日上午', null)?.iso).toBe('2021-01-23');
    expect(findDate('发布日期:2021-02-04', null)?.iso).toBe('2021-02-04');
    expect(findDate('2022/4/18', null)?.iso).toBe('2022-04-18');
    expect(findDate('二〇二一年十一月十九日', null)?.iso).toBe('2021-11-19');
  });

  it('takes the year of a month-day from the publication date', () => {
    expect(findDate('3月12日下午，区长…', '2025-03-13')?.iso).toBe('2025-03-12');
    // a December meeting published in January belongs to the previous year
    expect(findDate('12月30日上午', '2025-01-06')?.iso).toBe('2024-12-30');
  });

  it('returns null without a usable date', () => {
    expect(findDate('会议纪要如下', '2025-01-01')).toBeNull();
    expect(findDate('3月12日', null)).toBeNull();
  });
});
