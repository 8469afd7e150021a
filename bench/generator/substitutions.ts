// Text substitutions that vary a template: people, companies, documents, place, dates and session numbers.

import { coreOf, type Place } from './divisions.js';
import { chineseNumeral, companyName, documentTitle, parseChineseNumeral, personName } from './pools.js';
import type { Random } from './random.js';

/** Characters that may pad a name in attendance lists: spaces, U+3000, U+00A0, &nbsp;. */
const NAME_PAD = '((?:[ \\u3000\\u00a0]|&nbsp;)*)';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces every key of `map` in one pass (longest key first, so 常州市新北区 wins over 常州市). */
export function replaceAll(text: string, map: ReadonlyMap<string, string>): string {
  const keys = [...map.keys()].filter((k) => k.length > 0).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return text;
  const pattern = new RegExp(keys.map(escapeRegExp).join('|'), 'g');
  return text.replace(pattern, (found) => map.get(found) ?? found);
}

/** Gives every person a new name of the same length, keeping the padding between characters (王　斌 → 李　强). */
export function replacePeople(text: string, people: readonly string[], random: Random): string {
  const taken = new Set<string>(people);
  let out = text;
  for (const person of [...people].sort((a, b) => b.length - a.length)) {
    const fresh = [...personName(random, person.length, taken)];
    const chars = [...person];
    const pattern = new RegExp(chars.map(escapeRegExp).join(NAME_PAD), 'g');
    out = out.replace(pattern, (...groups: unknown[]) => {
      const pads = groups.slice(1, chars.length) as string[];
      return fresh.map((c, i) => c + (pads[i] ?? '')).join('');
    });
  }
  return out;
}

/** New companies and document titles, the same replacement wherever one occurs on the page. */
export function replaceThings(text: string, things: { companies: readonly string[]; documents: readonly string[] }, place: Place, random: Random): string {
  const map = new Map<string, string>();
  for (const c of things.companies) map.set(c, companyName(random, coreOf(place.cityName)));
  for (const d of things.documents) map.set(d, documentTitle(random, place.name));
  return replaceAll(text, map);
}

/** Moves the page from `from` to `to`: names of district and city (full and core) and the 网站标识码 prefix. */
export function relocate(text: string, from: Place, to: Place): string {
  const map = new Map<string, string>([
    [from.cityName + from.name, to.cityName + to.name],
    [from.name, to.name],
    [from.cityName, to.cityName],
    [coreOf(from.name), coreOf(to.name)],
    [coreOf(from.cityName), coreOf(to.cityName)],
  ]);
  const moved = replaceAll(text, map);
  // 网站标识码:3204110001 / SiteIDCode / siteIdCode: the six-digit division code followed by four digits.
  return moved.replace(new RegExp(`${from.code}(\\d{4})(?!\\d)`, 'g'), `${to.code}$1`);
}

const DAY_MS = 86_400_000;

function shifted(year: number, month: number, day: number, days: number): Date | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
}

/** Shifts every full date (2022年4月12日, 2022-04-18) by `days`, so the page's dates keep their order and gaps. */
export function shiftDates(text: string, days: number): string {
  // 2022年4月12日 — year, month, day in Arabic digits.
  const chinese = text.replace(/(\d{4})年(\d{1,2})月(\d{1,2})日/g, (all, y: string, m: string, d: string) => {
    const date = shifted(+y, +m, +d, days);
    return date ? `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日` : all;
  });
  // 2022-04-18 — ISO dates of metadata blocks (not index numbers such as 2022-00031).
  return chinese.replace(/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g, (all, y: string, m: string, d: string) => {
    const date = shifted(+y, +m, +d, days);
    return date ? date.toISOString().slice(0, 10) : all;
  });
}

/** Renumbers sessions: 第23次 → 第N次 (neighbours 第22次/第24次 keep their distance); 十届三十二次 → 十届N次. */
export function renumberSessions(text: string, original: number | null, next: number): string {
  if (original === null) return text;
  const delta = next - original;
  // 第23次 — the session number in Arabic digits.
  const arabic = text.replace(/第(\d{1,3})次/g, (_all, n: string) => `第${Math.max(1, +n + delta)}次`);
  // 十届三十二次 — term and session in Chinese numerals.
  return arabic.replace(/([一二三四五六七八九十]+)届([一二三四五六七八九十]+)次/g, (_all, term: string, n: string) => {
    const session = Math.min(99, Math.max(1, parseChineseNumeral(n) + delta));
    return `${term}届${chineseNumeral(session)}次`;
  });
}
