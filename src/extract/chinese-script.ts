// Traditional-Chinese pages and pinyin-annotated mirror copies → simplified text with the same source offsets.

import * as OpenCC from 'opencc-js';
import type { ExtractionWarning } from '../record/types.js';
import type { MappedText } from './mapped-text.js';
import type { PageText } from './page-text.js';

/** Share of ideographs that traditional→simplified conversion must change for a page to count as traditional. */
const TRADITIONAL_SHARE = 0.08;
/** …and the least number of changed ideographs (a 繁體版 link or a surname 於 is not enough). */
const TRADITIONAL_MIN_CHANGES = 5;
/** Annotated characters (per ideograph) above which a page counts as a pinyin-annotated mirror. */
const PINYIN_DENSITY = 0.05;
const PINYIN_MIN_COUNT = 5;
/** The commonest characters that exist only in traditional writing (會議 區 們 這 為 …), as a cheap pre-check. */
const COMMON_TRADITIONAL = /[會議區們這為於與說國時發開對後從當還進關門問間長頁電車東來學實現點體經廣產務華應壇蘇審聽紀錄報單處辦]/;
/** Characters of the body looked at to decide whether a page is traditional. */
const DETECTION_SAMPLE = 2000;

/** A CJK ideograph (basic block, extension A, compatibility). */
const IDEOGRAPH = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** How many UTF-16 units of `text` are {@link IDEOGRAPH}s (counted, not matched: a match array of a long page is costly). */
function countIdeographs(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) count++;
  }
  return count;
}

/**
 * A pinyin annotation right after an ideograph, in ASCII or full-width parentheses:
 * 區(qū)政(zhèng)府(fǔ) → 區政府; also tone digits 会(hui4), and toneless syllables 的(de).
 * Group 1 = the syllable.
 */
const PINYIN_ANNOTATION =
  /(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[(（]((?=[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêɑ]*[aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜêɑ])(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜêɑ]{1,4}(?:ng|n|r)?[0-5]?)[)）]/g;
/** Tone marks or a tone digit: a syllable that is certainly pinyin (zhèng, hui4). */
const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ0-5]/;

type Convert = (text: string) => string;
let converter: Convert | null = null;

/** The OpenCC traditional (Taiwan variants) → mainland simplified converter, created once on first use. */
function toSimplified(): Convert {
  if (converter === null) converter = OpenCC.Converter({ from: 'tw', to: 'cn' }) as Convert;
  return converter;
}

/** Counts the ideographs of `text` and how many of them the simplified conversion changes. */
function countConversions(text: string): { ideographs: number; changed: number } {
  const convert = toSimplified();
  const out = convert(text);
  const ideographs = countIdeographs(text);
  let changed = 0;
  if (out.length === text.length) {
    for (let i = 0; i < text.length; i++) if (out[i] !== text[i] && IDEOGRAPH.test(text[i])) changed++;
  } else {
    for (const ch of text) if (IDEOGRAPH.test(ch) && convert(ch) !== ch) changed++;
  }
  return { ideographs, changed };
}

/**
 * True when the page body is written in traditional characters: at least 8 % (and 5) of its
 * ideographs change under OpenCC t→cn. A simplified page with a surname 於 or a 繁體版 link stays false.
 */
export function isTraditionalPage(page: PageText): boolean {
  // A sample decides: converting a whole long page only to learn it is simplified is wasted work.
  const sample = page.body.text.slice(0, DETECTION_SAMPLE);
  // A traditional page uses some of the commonest traditional-only characters; without them, skip OpenCC.
  if (!COMMON_TRADITIONAL.test(sample)) return false;
  const { ideographs, changed } = countConversions(sample);
  return changed >= TRADITIONAL_MIN_CHANGES && changed >= ideographs * TRADITIONAL_SHARE;
}

/** Number of pinyin annotations (区(qū)) that {@link stripPinyinAnnotations} would remove. */
export function countPinyinAnnotations(text: string): number {
  let count = 0;
  for (const m of text.matchAll(PINYIN_ANNOTATION)) if (isAnnotation(m)) count++;
  return count;
}

/**
 * Removes pinyin annotations a mirror copy puts after characters: `區(qū)政(zhèng)府(fǔ)` → `區政府`.
 * A toneless syllable is removed only next to another annotation (政(zheng)府(fu)), so 区(A) stays.
 */
export function stripPinyinAnnotations(t: MappedText): MappedText {
  return t.replaceAll(PINYIN_ANNOTATION, (m) => (isAnnotation(m) ? '' : m[0]));
}

/** A match is an annotation when it carries a tone, or when a neighbouring character is annotated too. */
function isAnnotation(m: RegExpExecArray | RegExpMatchArray): boolean {
  if (TONED.test(m[1])) return true;
  const input = m.input ?? '';
  const index = m.index ?? 0;
  const end = index + m[0].length;
  const closesBefore = /[)）]/.test(input.charAt(index - 2)) && IDEOGRAPH.test(input.charAt(index - 1));
  const opensAfter = IDEOGRAPH.test(input.charAt(end)) && /[(（]/.test(input.charAt(end + 1));
  return closesBefore || opensAfter;
}

/** Converts one text: pinyin annotations removed, then traditional → simplified, offsets kept. */
function simplifyText(t: MappedText): MappedText {
  return stripPinyinAnnotations(t).mapSameLength(toSimplified());
}

/** Applies pinyin stripping and OpenCC t→cn to every text of the page (body, title, headings, meta, hidden, links, alts). */
export function toSimplifiedPage(page: PageText): PageText {
  return mapPageTexts(page, simplifyText, toSimplified());
}

function mapPageTexts(page: PageText, mapText: (t: MappedText) => MappedText, mapString: Convert): PageText {
  return {
    ...page,
    body: mapText(page.body),
    title: page.title ? mapText(page.title) : null,
    headings: page.headings.map(mapText),
    meta: new Map([...page.meta].map(([k, v]) => [k, mapText(v)])),
    hiddenTexts: page.hiddenTexts.map(mapText),
    links: page.links.map((l) => ({ text: mapText(l.text), href: l.href })),
    imageAlts: page.imageAlts.map(mapString),
  };
}

/** Result of {@link normaliseIfTraditional}. */
export interface NormalisedPage {
  page: PageText;
  isTraditional: boolean;
  warnings: ExtractionWarning[];
}

/**
 * Converts a page to simplified only when it is traditional, and strips pinyin annotations when
 * they are dense (a mirror copy); a simplified page is returned unchanged (its 於海燕 stays).
 */
export function normaliseIfTraditional(page: PageText): NormalisedPage {
  const annotations = countPinyinAnnotations(page.body.text);
  const isAnnotated = annotations >= PINYIN_MIN_COUNT && annotations >= countIdeographs(page.body.text) * PINYIN_DENSITY;
  const unannotated = isAnnotated ? mapPageTexts(page, stripPinyinAnnotations, (s) => s) : page;
  const isTraditional = isTraditionalPage(unannotated);
  if (!isTraditional && !isAnnotated) return { page, isTraditional, warnings: [] };
  const done = isTraditional ? toSimplifiedPage(unannotated) : unannotated;
  const what = [isTraditional ? 'traditional characters converted to simplified' : '', isAnnotated ? `${annotations} pinyin annotations removed` : '']
    .filter(Boolean)
    .join('; ');
  return { page: done, isTraditional, warnings: [{ code: 'traditional-normalised', message: what }] };
}
