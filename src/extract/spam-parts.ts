// Removes spam pieces from one text while keeping source offsets: keyword tokens of stuffed titles
// and meta fields, spam prefixes of headings, whole spam lines of the body.

import { MappedText } from './mapped-text.js';
import { ADDRESS_TOKEN, BRAND_MORPHEMES, DANGLING_SEPARATOR, GAMBLING_ANCHOR, KEYWORD_SEPARATOR, LINK_LABEL, PREFIX_SEPARATOR, SITE_ACTION_WORD, STUFFING_WORD } from './spam-lexicon.js';
import type { SpamAction, SpamLog } from './spam-log.js';
import { hasStrongAnchor, isPromotional, isPureSpam, maskLegit, morphemeRun, splitKeywords } from './spam-tokens.js';

/** A token's range in its text. */
interface Range {
  start: number;
  end: number;
}

/** The non-empty pieces of `text` between matches of `separator`. */
function tokenRanges(text: string, separator: RegExp): Range[] {
  const pattern = new RegExp(separator.source, 'g');
  const out: Range[] = [];
  let last = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m.index > last) out.push({ start: last, end: m.index });
    last = m.index + m[0].length;
  }
  if (text.length > last) out.push({ start: last, end: text.length });
  return out;
}

/**
 * Drops the tokens for which `isSpam` holds, keeping the separator before each kept token that
 * follows another kept one. Returns the same object when nothing is spam and null when all is.
 */
export function dropTokens(
  text: MappedText,
  isSpam: (token: string) => boolean,
  log: SpamLog,
  action: SpamAction,
  separator: RegExp = KEYWORD_SEPARATOR,
): MappedText | null {
  const ranges = tokenRanges(text.text, separator);
  const spam = ranges.map((r) => isSpam(text.text.slice(r.start, r.end)));
  if (!spam.includes(true)) return text;
  const parts: MappedText[] = [];
  let previousKept: Range | null = null;
  ranges.forEach((r, i) => {
    if (spam[i]) {
      log.removed(action, text.slice(r.start, r.end));
      return;
    }
    if (previousKept) parts.push(text.slice(previousKept.end, r.start));
    parts.push(text.slice(r.start, r.end));
    previousKept = r;
  });
  return parts.length === 0 ? null : MappedText.concat(parts);
}

/** True when `token` belongs in a stuffed keyword list: a pure spam keyword or a promotional phrase. */
export function isListedSpam(token: string): boolean {
  return isPureSpam(token) || isPromotional(token);
}

/**
 * A text that carries injected keywords: one token with a gambling brand or compound, or a pure
 * spam keyword dressed with promotional words (`金牛娱乐官网`). `区政府第56次常务会议纪要_天宁区人民政府`: no.
 */
export function isStuffed(text: string): boolean {
  return splitKeywords(text).some(
    (t) => hasStrongAnchor(t) || (isPureSpam(t) && (SITE_ACTION_WORD.test(t) || STUFFING_WORD.test(maskLegit(t)))),
  );
}

/**
 * A body line made only of spam keywords and promotional phrases, at least one with a gambling
 * brand or compound: `太阳城娱乐官网_太阳城娱乐app下载_新用户注册就送58元`, `澳门赌场线上 真钱赌场 注册即送彩金`.
 */
export function isSpamLine(text: string): boolean {
  if (!hasStrongAnchor(text)) return false;
  const tokens = splitKeywords(text.replace(LINK_LABEL, ''));
  const isNeutral = (t: string): boolean => isListedSpam(t) || ADDRESS_TOKEN.test(t);
  return tokens.length > 0 && tokens.every(isNeutral) && tokens.some(hasStrongAnchor);
}

/**
 * Cuts gambling keyword runs out of a title or heading and trims the separators left at its ends
 * (`澳门赌场线上-区政府第48次常务会议纪要` → `区政府第48次常务会议纪要`); null when nothing is left.
 */
export function cutSpamRuns(text: MappedText, log: SpamLog, action: SpamAction): MappedText | null {
  const masked = maskLegit(text.text);
  const anchors = new RegExp(GAMBLING_ANCHOR.source, 'gi');
  const runs: Range[] = [];
  for (let m = anchors.exec(masked); m !== null; m = anchors.exec(masked)) {
    const [start, end] = morphemeRun(masked, m.index, m.index + m[0].length, BRAND_MORPHEMES);
    runs.push({ start, end });
    anchors.lastIndex = end;
  }
  if (runs.length === 0) return text;
  const parts: MappedText[] = [];
  let last = 0;
  for (const r of runs) {
    log.removed(action, text.slice(r.start, r.end));
    parts.push(text.slice(last, r.start));
    last = r.end;
  }
  parts.push(text.slice(last));
  const cut = MappedText.concat(parts).replaceAll(new RegExp(DANGLING_SEPARATOR.source, 'g'), () => '');
  return cut.text.trim() === '' ? null : cut.trim();
}

/** Strips spam keywords glued before or after a genuine text by `_` or `|` (`澳门赌场线上_区政府第48次常务会议纪要`). */
export function stripEdgeSpam(text: MappedText, log: SpamLog, action: SpamAction): MappedText {
  if (!hasStrongAnchor(text.text)) return text;
  const ranges = tokenRanges(text.text, PREFIX_SEPARATOR);
  if (ranges.length < 2) return text;
  const isEdgeSpam = (r: Range): boolean => {
    const token = text.text.slice(r.start, r.end).trim();
    return hasStrongAnchor(token) && isPureSpam(token);
  };
  let first = 0;
  let last = ranges.length - 1;
  while (first < last && isEdgeSpam(ranges[first])) first++;
  while (last > first && isEdgeSpam(ranges[last])) last--;
  if (first === 0 && last === ranges.length - 1) return text;
  for (const r of [...ranges.slice(0, first), ...ranges.slice(last + 1)]) log.removed(action, text.slice(r.start, r.end));
  return text.slice(ranges[first].start, ranges[last].end);
}

/**
 * Cleans the body line by line: drops spam lines and lines that are only a spam link's text,
 * strips spam prefixes and removes spam link texts inside lines. Same object when nothing changed.
 */
export function cleanBodyLines(body: MappedText, spamLinkTexts: ReadonlySet<string>, log: SpamLog): MappedText {
  // Without spam links, only a line with a strong anchor can change, and no anchor or legitimate
  // look-alike spans a line break: one test of the whole body clears a clean page.
  if (spamLinkTexts.size === 0 && !hasStrongAnchor(body.text)) return body;
  const parts: MappedText[] = [];
  let changed = false;
  let start = 0;
  while (start <= body.text.length) {
    const newline = body.text.indexOf('\n', start);
    const end = newline < 0 ? body.text.length : newline;
    const line = body.slice(start, end);
    const next = newline < 0 ? body.text.length + 1 : newline + 1;
    const trimmed = line.trim();
    // Spam lines and prefixes need a strong anchor; most lines have none (trimming changes no anchor).
    const anchored = hasStrongAnchor(line.text);
    if (trimmed.text !== '' && ((anchored && isSpamLine(trimmed.text)) || spamLinkTexts.has(trimmed.text))) {
      log.removed(spamLinkTexts.has(trimmed.text) ? 'spam link' : 'spam line', trimmed);
      changed = true;
    } else {
      const cleaned = removeLinkTexts(anchored ? stripEdgeSpam(line, log, 'spam prefix') : line, spamLinkTexts, log);
      changed ||= cleaned !== line;
      if (cleaned === line || !isEmptied(cleaned.text)) parts.push(cleaned, body.slice(end, Math.min(next, body.text.length)));
    }
    start = next;
  }
  return changed ? MappedText.concat(parts) : body;
}

/** True when a line holds nothing but a link label and separators once spam was cut out (`热门搜索: `). */
function isEmptied(text: string): boolean {
  return splitKeywords(text.trim().replace(LINK_LABEL, '')).length === 0;
}

/** Removes the texts of spam links from inside a line. */
function removeLinkTexts(line: MappedText, spamLinkTexts: ReadonlySet<string>, log: SpamLog): MappedText {
  let out = line;
  for (const text of spamLinkTexts) {
    if (!out.text.includes(text)) continue;
    const at = out.text.indexOf(text);
    log.removed('spam link', out.slice(at, at + text.length));
    out = out.replaceAll(new RegExp(escapeRegExp(text), 'g'), () => '');
  }
  return out;
}

/** `text` as a literal regular-expression source. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
