// Finds spam tokens that replaced a word in running text (澳门现金赌场 for 关于 or for the site
// name) and decides, occurrence by occurrence, which word to put back.

import {
  BRAND_MORPHEMES,
  GAMBLING_ANCHOR,
  LEGIT_MENTION_BEFORE,
  PLACE_NAME_END,
  PLACE_SLOTS,
  PLACE_SLOT_AFTER,
  PLACE_SLOT_BEFORE,
  REPLACED_FUNCTION_WORD,
  WEAK_BRAND_WORD,
} from './spam-lexicon.js';
import { hasGamblingWord, hasStrongAnchor, maskLegit, morphemeRun } from './spam-tokens.js';

/** Shortest replacement token considered (a bare 赌场 in a sentence is a genuine mention). */
const MIN_TOKEN_LENGTH = 3;
/** Occurrences with this many distinct neighbours are needed before growing a token over shared characters. */
const MIN_CONTEXTS_TO_GROW = 3;
/** Most characters a token grows by on each side over shared neighbours. */
const MAX_GROWTH = 4;
/** {@link WEAK_BRAND_WORD} anywhere in a text (the lexicon's pattern is global, for iterating). */
const HAS_WEAK_BRAND_WORD = new RegExp(WEAK_BRAND_WORD.source);
/** A CJK ideograph (what a brand name is written in; digits and punctuation stop the growth). */
const IDEOGRAPH = /\p{Script=Han}/u;

/** Inputs of {@link findReplacementTokens}. */
export interface ReplacementSearch {
  /** Body lines that are not spam lines. */
  lines: readonly string[];
  /** Spam keywords already found in title, meta, hidden blocks and spam lines. */
  knownTerms: readonly string[];
  /** True when the page already showed injected content (so one occurrence is enough). */
  isTampered: boolean;
}

/**
 * The tokens that replaced words in running text, longest first. A token starts at a gambling
 * anchor, a site-owner slot that holds no place name (欢迎访问X人民政府), or a known spam keyword seen
 * in the text; it is grown over brand morphemes and, when it occurs in at least three different
 * contexts, over the characters all occurrences share. It counts only with evidence: the page is
 * already tampered, it sits in a site-owner slot or right after 《, or it occurs more than once.
 */
export function findReplacementTokens(search: ReplacementSearch): string[] {
  const candidates = new Set<string>();
  // No anchor or legitimate look-alike spans a line break, so one test of all lines tells whether any line has an anchor.
  const hasAnchors = hasStrongAnchor(search.lines.join('\n'));
  for (const line of search.lines) {
    if (hasAnchors) for (const c of anchorCandidates(line)) candidates.add(c);
    for (const c of slotCandidates(line)) candidates.add(c);
  }
  for (const term of search.knownTerms) {
    if (term.length >= MIN_TOKEN_LENGTH && search.lines.some((l) => l.includes(term))) candidates.add(term);
  }
  const shortest = [...candidates].sort((a, b) => a.length - b.length);
  const minimal = shortest.filter((c, i) => !shortest.slice(0, i).some((s) => s !== c && c.includes(s)));
  const grown = new Set(minimal.map((c) => growOverSharedContext(c, search.lines)));
  for (const weak of weakBrandCandidates(search.lines)) grown.add(weak);
  return [...grown].filter((t) => hasEvidence(t, search)).sort((a, b) => b.length - a.length);
}

/**
 * Brand names built on a weak word (`金牛娱乐`): the weak word grown to the left over the characters
 * all its occurrences share (at least two), kept only when the result stands in several contexts,
 * one of them right after 《. Legitimate phrases (娱乐场所, 体育彩票) are masked first.
 */
function weakBrandCandidates(lines: readonly string[]): string[] {
  if (!lines.some((line) => HAS_WEAK_BRAND_WORD.test(line))) return []; // masking only removes words: no seed without one
  const masked = lines.map(maskLegit);
  const seeds = new Set<string>();
  for (const line of masked) {
    const words = new RegExp(WEAK_BRAND_WORD.source, 'g');
    for (let m = words.exec(line); m !== null; m = words.exec(line)) {
      const [s, e] = morphemeRun(line, m.index, m.index + m[0].length, BRAND_MORPHEMES);
      words.lastIndex = e;
      if (!LEGIT_MENTION_BEFORE.test(line.slice(0, s))) seeds.add(line.slice(s, e));
    }
  }
  const out: string[] = [];
  for (const seed of seeds) {
    const token = growOverSharedContext(seed, masked, false);
    if (token.length < seed.length + 2) continue;
    const occurrences = masked.flatMap((line) => positionsOf(line, token).map((at) => ({ line, at })));
    const contexts = new Set(occurrences.map((o) => o.line.slice(Math.max(0, o.at - 2), o.at + token.length + 2)));
    if (contexts.size >= MIN_CONTEXTS_TO_GROW && occurrences.some((o) => o.line.charAt(o.at - 1) === '《')) out.push(token);
  }
  return out;
}

/** Brand-morpheme runs around the gambling anchors of a line, unless a verb such as 打击 makes the mention genuine. */
function anchorCandidates(line: string): string[] {
  const masked = maskLegit(line);
  const anchors = new RegExp(GAMBLING_ANCHOR.source, 'gi');
  const out: string[] = [];
  for (let m = anchors.exec(masked); m !== null; m = anchors.exec(masked)) {
    const [s, e] = morphemeRun(masked, m.index, m.index + m[0].length, BRAND_MORPHEMES);
    anchors.lastIndex = e;
    if (e - s >= MIN_TOKEN_LENGTH && !LEGIT_MENTION_BEFORE.test(line.slice(0, s))) out.push(line.slice(s, e));
  }
  return out;
}

/** What a site-owner slot holds when it is not a place name but a gambling word: 欢迎访问[太阳城娱乐]人民政府. */
function slotCandidates(line: string): string[] {
  const out: string[] = [];
  if (!line.includes('政府')) return out;
  for (const pattern of PLACE_SLOTS) {
    pattern.lastIndex = 0; // the slots are global patterns, shared: each line is scanned from its start
    for (let m = pattern.exec(line); m !== null; m = pattern.exec(line)) {
      const held = m[1];
      if (!PLACE_NAME_END.test(held) && hasGamblingWord(held) && held.length >= MIN_TOKEN_LENGTH) out.push(held);
    }
  }
  return out;
}

/** All start positions of `token` in `line`. */
function positionsOf(line: string, token: string): number[] {
  const out: number[] = [];
  for (let i = line.indexOf(token); i >= 0; i = line.indexOf(token, i + token.length)) out.push(i);
  return out;
}

/**
 * Grows a token over the ideographs that every occurrence shares on one side (the maximal common
 * extension), when the occurrences stand in enough different contexts for sharing to mean
 * something: `金碧辉煌娱乐城` is found from the anchor 娱乐城 that way.
 */
export function growOverSharedContext(token: string, lines: readonly string[], growRight = true): string {
  const occurrences = lines.flatMap((line) => positionsOf(line, token).map((at) => ({ line, at })));
  const contexts = new Set(occurrences.map((o) => o.line.slice(Math.max(0, o.at - 2), o.at + token.length + 2)));
  if (contexts.size < MIN_CONTEXTS_TO_GROW) return token;
  let left = 0;
  let right = 0;
  const sharedAt = (offset: (o: { line: string; at: number }) => number): string | null => {
    const chars = new Set(occurrences.map((o) => o.line.charAt(offset(o))));
    const [only] = [...chars];
    return chars.size === 1 && IDEOGRAPH.test(only) ? only : null;
  };
  while (left < MAX_GROWTH && sharedAt((o) => o.at - left - 1) !== null) left++;
  while (growRight && right < MAX_GROWTH && sharedAt((o) => o.at + token.length + right) !== null) right++;
  const { line, at } = occurrences[0];
  return line.slice(at - left, at + token.length + right);
}

/** Evidence that a token was injected rather than written by the page's authors. */
function hasEvidence(token: string, search: ReplacementSearch): boolean {
  if (token.length < MIN_TOKEN_LENGTH) return false;
  const occurrences = search.lines.flatMap((line) => positionsOf(line, token).map((at) => ({ line, at })));
  if (occurrences.length === 0) return false;
  if (occurrences.some((o) => LEGIT_MENTION_BEFORE.test(o.line.slice(0, o.at)))) return false;
  if (search.isTampered || occurrences.length > 1) return true;
  return occurrences.some(({ line, at }) => {
    const before = line.slice(0, at);
    return before.endsWith('《') || PLACE_SLOT_BEFORE.test(before) || PLACE_SLOT_AFTER.test(line.slice(at + token.length));
  });
}

/**
 * The word to put back for one occurrence of a replacement token, from its neighbours:
 * in a site-owner slot the place name (`欢迎访问X人民政府网站` → `欢迎访问天宁区人民政府网站`; when X
 * is followed by the place name's own last character, as in `X区人民政府`, that character is not
 * repeated), nothing when 关于 is already there, else 关于 (`《X对全区…》` → `《关于对全区…》`).
 * With no known place name a site-owner slot is simply emptied.
 */
export function restoredWord(before: string, after: string, placeName: string | null): string {
  if (before.endsWith(REPLACED_FUNCTION_WORD) || after.startsWith(REPLACED_FUNCTION_WORD)) return '';
  const slotAfter = PLACE_SLOT_AFTER.exec(after);
  if (slotAfter || PLACE_SLOT_BEFORE.test(before)) {
    if (placeName === null) return '';
    const nextLevel = slotAfter?.[1] ?? '';
    return nextLevel !== '' && placeName.endsWith(nextLevel) ? placeName.slice(0, -nextLevel.length) : placeName;
  }
  return REPLACED_FUNCTION_WORD;
}
