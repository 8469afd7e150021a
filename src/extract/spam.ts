// Integrity: finds injected gambling/SEO spam on a page (spam lines, stuffed title and meta, spam
// prefixes, link paragraphs, hidden link blocks, tokens that replaced words), removes or repairs it
// with source offsets kept, and reports what was done.

import type { ExtractionWarning, Integrity } from '../record/types.js';
import type { MappedText } from './mapped-text.js';
import type { PageText } from './page-text.js';
import { DANGLING_SEPARATOR, GAMBLING_ANCHOR, REPLACED_FUNCTION_WORD, SEO_MORPHEMES } from './spam-lexicon.js';
import { SpamLog } from './spam-log.js';
import { cleanBodyLines, cutSpamRuns, dropTokens, escapeRegExp, isListedSpam, isStuffed, stripEdgeSpam } from './spam-parts.js';
import { findReplacementTokens, restoredWord } from './spam-replacement.js';
import { hasGamblingWord, hasStrongAnchor, maskLegit, morphemeRun, termKey } from './spam-tokens.js';

/** What spam cleaning needs to know about the page's government. */
export interface SpamContext {
  /** Name of the jurisdiction as the page would write it (天宁区, 常州市天宁区), or null when unknown. */
  placeName: string | null;
}

/** A cleaned page with its integrity record and the 'spam-removed' warning (if any). */
export interface SpamCleaning {
  page: PageText;
  integrity: Integrity;
  warnings: ExtractionWarning[];
}

/** A link that leaves the government's sites (`http://amdc.example/`); relative and *.gov.cn links stay home. */
const EXTERNAL_HREF = /^(?:https?:)?\/\/(?![^/]*\.gov\.cn(?:[:/]|$))/i;

/**
 * Removes injected spam from a page and repairs the words spam tokens replaced. The returned page
 * has spam lines, prefixes and link texts removed from the body, stuffed title/meta/heading tokens
 * dropped (a title of spam only becomes null), replacement tokens restored (关于, or the place name in
 * a site-owner slot), and no hidden texts. A clean page comes back with the same body object.
 */
export function cleanSpam(page: PageText, context: SpamContext): SpamCleaning {
  const log = new SpamLog();
  for (const hidden of page.hiddenTexts) {
    if (hasGamblingWord(hidden.text)) log.removed('hidden block', hidden);
  }
  let title = page.title && isStuffed(page.title.text) ? dropTokens(page.title, isListedSpam, log, 'title token') : page.title;
  let meta = mapMeta(page.meta, (value) => (isStuffed(value.text) ? dropTokens(value, isListedSpam, log, 'meta token') : value));
  let headings = page.headings.map((h) => stripEdgeSpam(h, log, 'heading token'));
  const spamLinks = page.links.filter((l) => isSpamLink(l.text.text, l.href));
  const spamLinkTexts = new Set(spamLinks.map((l) => l.text.trim().text).filter((t) => t !== ''));
  let body = cleanBodyLines(page.body, spamLinkTexts, log);

  const tokens = findReplacementTokens({
    lines: body.text.split('\n'),
    knownTerms: log.terms(),
    isTampered: log.hasFindings,
  });
  const repair = (text: MappedText): MappedText => repairTokens(text, tokens, context.placeName, log);
  body = repair(body);
  title = title && repair(title);
  headings = headings.map(repair);
  meta = mapMeta(meta, repair);
  const links = page.links.filter((l) => !spamLinks.includes(l)).map((l) => ({ text: repair(l.text), href: l.href }));
  const imageAlts = page.imageAlts.map((alt) => repairString(alt, tokens, context.placeName));

  title = title && cutSpamRuns(title, log, 'title token');
  meta = mapMeta(meta, (value) => dropTokens(value, hasStrongAnchor, log, 'meta token'));
  if (log.hasFindings) headings = headings.flatMap((h) => cutSpamRuns(h, log, 'heading token') ?? []);
  const cleaned: PageText = { ...page, body, title, headings, meta, hiddenTexts: [], links, imageAlts };
  return { page: cleaned, integrity: log.integrity(), warnings: log.warnings() };
}

/** A link whose text is stuffed, or an outside link whose text has a gambling word. */
function isSpamLink(text: string, href: string): boolean {
  return isStuffed(text) || (EXTERNAL_HREF.test(href) && hasGamblingWord(text));
}

/** Maps meta values, leaving out those that become null. */
function mapMeta(meta: Map<string, MappedText>, f: (value: MappedText) => MappedText | null): Map<string, MappedText> {
  const out = new Map<string, MappedText>();
  for (const [key, value] of meta) {
    const mapped = f(value);
    if (mapped !== null && mapped.text.trim() !== '') out.set(key, mapped);
  }
  return out;
}

/** One regular expression for all tokens, longest first, or null when there are none. */
function tokenPattern(tokens: readonly string[]): RegExp | null {
  return tokens.length === 0 ? null : new RegExp(tokens.map(escapeRegExp).join('|'), 'g');
}

/** Restores the word each replacement token stands for, deciding from the token's own line. */
function repairTokens(text: MappedText, tokens: readonly string[], placeName: string | null, log: SpamLog): MappedText {
  const pattern = tokenPattern(tokens);
  if (pattern === null) return text;
  return text.replaceAll(pattern, (m) => {
    const { before, after } = lineAround(m.input, m.index, m.index + m[0].length);
    const word = restoredWord(before, after, placeName);
    const action = word === '' || word === REPLACED_FUNCTION_WORD ? 'word restored' : 'site name restored';
    log.repaired(action, m[0], word, text.evidence(m.index, m.index + m[0].length));
    return word;
  });
}

/** {@link repairTokens} for plain strings (image alts). */
function repairString(text: string, tokens: readonly string[], placeName: string | null): string {
  const pattern = tokenPattern(tokens);
  if (pattern === null) return text;
  return text.replace(pattern, (match: string, index: number) => {
    const { before, after } = lineAround(text, index, index + match.length);
    return restoredWord(before, after, placeName);
  });
}

/** The text of the same line before and after `[start, end)`. */
function lineAround(text: string, start: number, end: number): { before: string; after: string } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  return { before: text.slice(lineStart, start), after: text.slice(end, newline < 0 ? text.length : newline) };
}

/**
 * True when `text` contains one of the page's spam terms (compared after NFKC, case and whitespace
 * folding) or, on a page that has spam terms at all, any gambling brand or compound.
 */
export function containsSpam(text: string, spamTerms: readonly string[]): boolean {
  return spamFinder(spamTerms)(text);
}

/** {@link containsSpam} for one list of terms, their keys folded once (scrubbing asks for every string of a record). */
function spamFinder(spamTerms: readonly string[]): (text: string) => boolean {
  if (spamTerms.length === 0) return () => false;
  const keys = spamTerms.map(termKey).filter((k) => k !== '');
  return (text) => {
    const key = termKey(text);
    return keys.some((k) => key.includes(k)) || hasStrongAnchor(text);
  };
}

/**
 * `text` without the page's spam terms and, when there are any, without gambling keyword runs: each
 * hit grows over neighbouring spam morphemes (`北京赛车pk10官网` goes whole when the terms list
 * `北京赛车pk10`); separators left dangling at either end are trimmed. Unchanged when nothing matches.
 */
export function stripSpam(text: string, spamTerms: readonly string[]): string {
  return stripperOf(spamTerms)(text);
}

/** {@link stripSpam} for one list of terms, to apply to many strings (a record repeats names and quotes: each is done once). */
export function spamStripper(spamTerms: readonly string[]): (text: string) => string {
  const strip = stripperOf(spamTerms);
  const done = new Map<string, string>();
  return (text) => {
    let stripped = done.get(text);
    if (stripped === undefined) {
      stripped = strip(text);
      done.set(text, stripped);
    }
    return stripped;
  };
}

/** {@link stripSpam} with the terms' keys and pattern prepared once. */
function stripperOf(spamTerms: readonly string[]): (text: string) => string {
  const contains = spamFinder(spamTerms);
  const terms = spamTerms.map((t) => t.normalize('NFKC').trim()).filter((t) => t !== '').map(escapeRegExp);
  const hitSource = [...terms, GAMBLING_ANCHOR.source].join('|');
  return (text) => {
    if (!contains(text)) return text;
    const folded = text.normalize('NFKC');
    const masked = maskLegit(folded.length === text.length ? folded : text);
    const hits = new RegExp(hitSource, 'gi');
    const runs: Array<[number, number]> = [];
    for (let m = hits.exec(masked); m !== null; m = hits.exec(masked)) {
      const run = morphemeRun(masked, m.index, m.index + m[0].length, SEO_MORPHEMES);
      runs.push(run);
      hits.lastIndex = Math.max(run[1], m.index + 1);
    }
    let out = text;
    for (const [s, e] of runs.reverse()) out = out.slice(0, s) + out.slice(e);
    return out.replace(new RegExp(DANGLING_SEPARATOR.source, 'g'), '');
  };
}
