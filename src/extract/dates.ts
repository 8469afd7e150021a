// Dates as minutes write them: 2021年1月23日, 2021-02-04, 2022/4/18, 1月23日 (year from context).

import { parseNumeral } from './numerals.js';

/** 2021年1月23日 / 2021-02-04 / 2021/2/4 / 2021.2.4 / 二〇二一年一月二十三日 */
const FULL_DATE = /([0-9]{4}|[〇零一二三四五六七八九]{4})\s*(?:年|-|\/|\.)\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*(?:月|-|\/|\.)\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日?/;
/** 1月23日 (no year: the year comes from the page's own dates) */
const MONTH_DAY = /([0-9]{1,2}|[一二三四五六七八九十]{1,3})月([0-9]{1,2}|[一二三四五六七八九十]{1,3})日/;

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
  hasYear: boolean;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1949 || y > 2100) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** First full date (with year) in the text, or null. */
export function findFullDate(text: string): FoundDate | null {
  const m = FULL_DATE.exec(text.normalize('NFKC'));
  if (!m) return null;
  const date = iso(parseNumeral(m[1]) ?? 0, parseNumeral(m[2]) ?? 0, parseNumeral(m[3]) ?? 0);
  return date ? { iso: date, index: m.index, length: m[0].length, hasYear: true } : null;
}

/**
 * First date in the text; a month-day without year takes the year of `referenceIso`
 * (the page's publication date), one year earlier when that would put the meeting after it.
 */
export function findDate(text: string, referenceIso: string | null): FoundDate | null {
  const full = findFullDate(text);
  const md = MONTH_DAY.exec(text);
  if (full && (!md || full.index <= md.index)) return full;
  if (!md || !referenceIso) return full;
  const ref = referenceIso.split('-').map(Number);
  const month = parseNumeral(md[1]) ?? 0;
  const day = parseNumeral(md[2]) ?? 0;
  const year = month > ref[1] + 1 ? ref[0] - 1 : ref[0];
  const date = iso(year, month, day);
  return date ? { iso: date, index: md.index, length: md[0].length, hasYear: false } : full;
}
