// Chinese and Arabic numerals as written in minutes: 第56次, 五届104次, 十届三十二次, 二〇二一年.

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters that can make up a number here (Arabic, full-width and Chinese). */
export const NUMERAL_CLASS = '0-9０-９〇零一二两三四五六七八九十百千';

/**
 * Parses 56, ５６, 三十二 (32), 十 (10), 一百零四 (104), 二〇二一 (2021, digit by digit).
 * Returns null for anything else.
 */
export function parseNumeral(written: string): number | null {
  const s = written.normalize('NFKC').trim();
  if (/^[0-9]+$/.test(s)) return Number.parseInt(s, 10);
  if (s.length === 0 || ![...s].every((c) => c in DIGITS || c in UNITS)) return null;
  if (![...s].some((c) => c in UNITS)) {
    // 二〇二一: positional digits without units
    return Number.parseInt([...s].map((c) => DIGITS[c]).join(''), 10);
  }
  let total = 0;
  let pending = 0;
  for (const c of s) {
    if (c in DIGITS) {
      pending = DIGITS[c];
    } else {
      total += (pending === 0 ? 1 : pending) * UNITS[c];
      pending = 0;
    }
  }
  return total + pending;
}
