// Splits the body after the opening sentence into agenda items, in any numbering style:
// `一、` / `（一）` / `1.` / unnumbered `会议听取了…` paragraphs (news-style reports).

import type { ItemAction } from '../record/types.js';
import { attendanceLabel } from './attendance.js';
import { MappedText } from './mapped-text.js';
import { parseNumeral } from './numerals.js';
import { ACTION_VERB, BODY_END, ITEM_NUMBERING, OTHER_MATTERS, UNNUMBERED_ITEM } from './patterns.js';

export interface ItemText {
  position: number;
  /** The heading: the numbered line without its number, or the first sentence. */
  heading: MappedText;
  /** Everything of the item: heading and following paragraphs, joined by '\n'. */
  text: MappedText;
}

type Style = keyof typeof ITEM_NUMBERING | 'unnumbered';

/** Where the item region ends: attendance blocks, footers, sign-off lines. */
export function isBodyEnd(text: string): boolean {
  return BODY_END.test(text) || attendanceLabel(text) !== null || OTHER_MATTERS.test(text);
}

/** Items found in `lines` (the lines after the opening line). */
export function segmentItems(lines: readonly MappedText[]): ItemText[] {
  const end = lines.findIndex((l) => isBodyEnd(l.text));
  const region = end < 0 ? lines : lines.slice(0, end);
  const style = detectStyle(region);
  if (!style) return [];
  const items: ItemText[] = [];
  let current: { number: MappedText; parts: MappedText[] } | null = null;
  let expected = 1;
  for (const line of region) {
    const start = itemStart(line, style, expected);
    if (start) {
      if (current) items.push(toItem(current.parts, items.length + 1, current.number));
      current = { number: start, parts: [start] };
      expected++;
    } else if (current) {
      current.parts.push(line);
    }
  }
  if (current) items.push(toItem(current.parts, items.length + 1, current.number));
  return items;
}

/** The numbering style of the first item-like line; numbered styles win over unnumbered. */
function detectStyle(region: readonly MappedText[]): Style | null {
  for (const line of region) {
    for (const [style, pattern] of Object.entries(ITEM_NUMBERING) as Array<[Style, RegExp]>) {
      const m = pattern.exec(line.text);
      if (m && parseNumeral(m[1]) === 1) return style;
    }
  }
  return region.some((l) => UNNUMBERED_ITEM.test(l.text)) ? 'unnumbered' : null;
}

/** If `line` opens item number `expected` in `style`, returns the line without its number. */
function itemStart(line: MappedText, style: Style, expected: number): MappedText | null {
  if (style === 'unnumbered') return UNNUMBERED_ITEM.test(line.text) ? line : null;
  const m = ITEM_NUMBERING[style].exec(line.text);
  if (!m || parseNumeral(m[1]) !== expected) return null;
  return line.slice(m[0].length).trim();
}

function toItem(parts: MappedText[], position: number, first: MappedText): ItemText {
  const sentenceEnd = first.text.search(/[。；;]/);
  const heading = (sentenceEnd < 0 ? first : first.slice(0, sentenceEnd)).trim();
  const joined: MappedText[] = [];
  parts.forEach((p, i) => {
    if (i > 0) joined.push(MappedText.fromSpan('\n', p.evidence().start, p.evidence().start));
    joined.push(p);
  });
  return { position, heading, text: MappedText.concat(joined) };
}

/**
 * The item's action from the first verb of its heading: 听取 heard (听取…并审议 deliberated),
 * 审议 deliberated, 研究 studied, 传达学习/学习/通报 other; a `关于…` heading without a verb takes
 * the first verb of the paragraph, else other.
 */
export function itemAction(item: ItemText): ItemAction {
  const fromHeading = firstAction(item.heading.text);
  if (fromHeading) return fromHeading;
  const inParagraph = PARAGRAPH_VERB.exec(item.text.text);
  return inParagraph ? (firstAction(inParagraph[0]) ?? 'other') : 'other';
}

/** In a paragraph only the meeting's own verb counts: 会议听取了… (not …提交区政府常务会议审议). */
const PARAGRAPH_VERB = /(?:^|[。；;，,：:\n])会议(?:还)?(?:听取|审议|研究)/;

function firstAction(text: string): ItemAction | null {
  const verbs = [...text.matchAll(ACTION_VERB)].map((m) => m[1]);
  if (verbs.length === 0) return null;
  if (verbs[0] === '听取') return /听取[^。]*?并审议/.test(text) ? 'deliberated' : 'heard';
  if (verbs[0] === '审议') return 'deliberated';
  if (verbs[0] === '研究') return 'studied';
  return 'other';
}
