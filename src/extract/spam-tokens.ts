// Classifies short strings as spam keywords, promotional phrases or genuine text, and turns the
// spam found on a page into the reported list of spam terms.

import {
  ASCII_MORPHEME,
  GAMBLING_ANCHOR,
  GAMBLING_WORD,
  KEYWORD_SEPARATOR,
  LEGIT_LOOKALIKE,
  PROMOTIONAL,
  SEO_MORPHEMES,
} from './spam-lexicon.js';

/** Placeholder that stands for a masked legitimate phrase (keeps string positions). */
const MASK_CHAR = '\u25a1';

/** SEO morphemes, longest first (so 北京赛车 is taken before 赛车). */
const SEO_BY_LENGTH = [...SEO_MORPHEMES].sort((a, b) => b.length - a.length);

/** Promotional words, global, for removal. */
const PROMOTIONAL_ALL = new RegExp(PROMOTIONAL.source, 'gi');

/** Most characters a pure spam keyword may hold that are neither spam morphemes nor promotional words. */
const MAX_LEFTOVER = 2;

/** The text with legitimate look-alikes (体育彩票, 娱乐场所 …) blanked out, same length. */
export function maskLegit(text: string): string {
  return text.replace(LEGIT_LOOKALIKE, (m) => MASK_CHAR.repeat(m.length));
}

// Masking only blanks characters out, so a word found in the masked text is in the text itself:
// the tests below first look at the text alone, which clears most texts without masking them.

/** True when the text holds a gambling brand or compound (赌场, 太阳城娱乐, 时时彩 …) outside legitimate phrases. */
export function hasStrongAnchor(text: string): boolean {
  return GAMBLING_ANCHOR.test(text) && GAMBLING_ANCHOR.test(maskLegit(text));
}

/** True when the text holds any gambling word, strong or weak (彩票, 娱乐, 赌 …), outside legitimate phrases. */
export function hasGamblingWord(text: string): boolean {
  if (!GAMBLING_ANCHOR.test(text) && !GAMBLING_WORD.test(text)) return false;
  const masked = maskLegit(text);
  return GAMBLING_ANCHOR.test(masked) || GAMBLING_WORD.test(masked);
}

/** A promotional phrase without brand or gambling word: `新用户注册就送58元`, `注册即送彩金`. */
export function isPromotional(token: string): boolean {
  return PROMOTIONAL.test(token) && !hasGamblingWord(token);
}

/**
 * True when the token is a spam keyword through and through: it has a gambling word and, once spam
 * morphemes, promotional words and ASCII are taken out, at most two characters remain
 * (`太阳城娱乐app下载`, `真钱赌场24小时在线` yes; `会议听取了澳门现金赌场2020年度…` no).
 */
export function isPureSpam(token: string): boolean {
  if (!hasGamblingWord(token)) return false;
  let rest = maskLegit(token).replace(PROMOTIONAL_ALL, '');
  for (const m of SEO_BY_LENGTH) if (rest.includes(m)) rest = rest.split(m).join('');
  rest = rest.replace(/[a-z0-9]+/gi, '').replace(/[\s\u3000\u00a0\p{P}]/gu, '');
  return rest.length <= MAX_LEFTOVER;
}

/**
 * Grows `[start, end)` over neighbouring morphemes (longest first) and, to the right, ASCII keyword
 * parts such as `pk10`. Returns the grown range. `澳门现金[赌场]对全区` → `澳门现金赌场`.
 */
export function morphemeRun(text: string, start: number, end: number, morphemes: readonly string[]): [number, number] {
  const byLength = [...morphemes].sort((a, b) => b.length - a.length);
  let s = start;
  let e = end;
  for (let grown = true; grown; ) {
    grown = false;
    const left = byLength.find((m) => m.length <= s && text.startsWith(m, s - m.length));
    if (left) {
      s -= left.length;
      grown = true;
    }
    const right = byLength.find((m) => text.startsWith(m, e)) ?? ASCII_MORPHEME.exec(text.slice(e))?.[0];
    if (right) {
      e += right.length;
      grown = true;
    }
  }
  return [s, e];
}

/**
 * The spam keywords inside one token of a stuffed title, meta field or link: the token itself when
 * it is pure spam, else the morpheme runs around its gambling words
 * (`幸运彩票网是国内领先的彩票平台` → `幸运彩票网`, `彩票平台`).
 */
export function keywordsOf(token: string): string[] {
  const trimmed = token.trim();
  if (trimmed === '' || !hasGamblingWord(trimmed)) return [];
  if (isPureSpam(trimmed)) return [trimmed];
  const masked = maskLegit(trimmed);
  const out: string[] = [];
  const words = new RegExp(`${GAMBLING_ANCHOR.source}|${GAMBLING_WORD.source}`, 'gi');
  for (let m = words.exec(masked); m !== null; m = words.exec(masked)) {
    const [s, e] = morphemeRun(masked, m.index, m.index + m[0].length, SEO_MORPHEMES);
    words.lastIndex = e;
    const run = trimmed.slice(s, e);
    if (run.length >= 3 && !out.includes(run)) out.push(run);
  }
  return out;
}

/** Splits a keyword list at its separators (`_ , | ，、` spaces), dropping empty pieces. */
export function splitKeywords(text: string): string[] {
  return text.split(new RegExp(KEYWORD_SEPARATOR.source, 'g')).filter((t) => t.trim() !== '');
}

/** A spam term seen on the page and the source offset where it was first seen. */
export interface SeenTerm {
  term: string;
  at: number;
}

/** Comparison key of a term: NFKC, lower case, no whitespace. */
export function termKey(term: string): string {
  return term.normalize('NFKC').toLowerCase().replace(/[\s\u3000\u00a0]+/g, '');
}

/**
 * The reported spam terms: deduplicated, promotional phrases dropped, a term that contains another
 * term dropped (its position passes to the contained term), in order of first appearance.
 */
export function finalizeTerms(seen: readonly SeenTerm[]): string[] {
  const first = new Map<string, SeenTerm>();
  for (const s of seen) {
    const key = termKey(s.term);
    if (key.length < 2 || !hasGamblingWord(s.term)) continue;
    const prev = first.get(key);
    if (!prev || s.at < prev.at) first.set(key, { term: s.term.trim(), at: s.at });
  }
  const keys = [...first.keys()];
  const kept: SeenTerm[] = [];
  for (const key of keys) {
    if (keys.some((other) => other !== key && key.includes(other))) continue;
    const containers = keys.filter((other) => other !== key && other.includes(key));
    const at = Math.min(first.get(key)!.at, ...containers.map((c) => first.get(c)!.at));
    kept.push({ term: first.get(key)!.term, at });
  }
  return kept.sort((a, b) => a.at - b.at).map((k) => k.term);
}
