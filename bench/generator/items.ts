// Agenda items of a template: find the numbered item headings, change their number and their numbering style.

import { chineseNumeral, parseChineseNumeral } from './pools.js';
import type { Random } from './random.js';

/** Numbering styles the extractor reads for top-level items: 一、 1. 1、 （一） */
export type NumberingStyle = 'chinese-comma' | 'arabic-dot' | 'arabic-comma' | 'chinese-paren';

const STYLES: readonly NumberingStyle[] = ['chinese-comma', 'arabic-dot', 'arabic-comma', 'chinese-paren'];

// An item heading at a line start or right after a tag: 一、会议审议了… / <p><strong>二、… / 1.关于项目实施主体。
const ITEM_MARKER = /(?<=^|>)([ \t\u3000]*)([一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d))/gm;
// Parenthesised sub-numbering inside items: （一）(1) — its presence rules out the （一） style for items.
const PAREN_NUMBER = /[（(](?:[一二三四五六七八九十]+|\d{1,2})[）)]/;

/** A numbered item marker found in the text. */
interface Marker {
  /** Offset of the marker itself (after the padding). */
  at: number;
  /** Length of the marker (一、 = 2). */
  length: number;
}

function markerValue(marker: string): number {
  const digits = marker.slice(0, -1);
  return /\d/.test(digits) ? Number.parseInt(digits, 10) : parseChineseNumeral(digits);
}

/** The first run of markers numbered 1, 2, 3 … in order (sub-lists and stray numbers are skipped). */
export function findItemMarkers(text: string): Marker[] {
  const markers: Marker[] = [];
  for (const m of text.matchAll(ITEM_MARKER)) {
    if (markerValue(m[2]) !== markers.length + 1) continue;
    markers.push({ at: (m.index ?? 0) + m[1].length, length: m[2].length });
  }
  return markers;
}

/** The marker for item `n` in `style`. */
export function formatMarker(n: number, style: NumberingStyle): string {
  if (style === 'chinese-comma') return `${chineseNumeral(n)}、`;
  if (style === 'arabic-dot') return `${n}.`;
  if (style === 'arabic-comma') return `${n}、`;
  return `（${chineseNumeral(n)}）`;
}

/** A numbering style that cannot be confused with the page's own sub-numbering. */
export function pickStyle(text: string, random: Random): NumberingStyle {
  const usable = PAREN_NUMBER.test(text) ? STYLES.filter((s) => s !== 'chinese-paren') : STYLES;
  return random.pick(usable);
}

/**
 * Rebuilds the item list with `count` items (at least 1) and renumbers it in `style`. Items are the
 * blocks from one marker to the next; the last block (whose end is the page's tail) stays last, the
 * others are drawn from the template's own items, repeating some when there are more to make.
 */
export function reshapeItems(text: string, count: number, style: NumberingStyle, random: Random): string {
  const markers = findItemMarkers(text);
  if (markers.length === 0) return text;
  const head = text.slice(0, markers[0].at);
  // Each block without its marker: from the end of one marker to the start of the next (the last: to the end).
  const bodies = markers.map((m, k) => text.slice(m.at + m.length, k + 1 < markers.length ? markers[k + 1].at : text.length));
  const middle = bodies.slice(0, -1);
  const chosen: string[] = [];
  for (let k = 0; k < count - 1 && middle.length > 0; k++) chosen.push(k < middle.length ? middle[k] : random.pick(middle));
  chosen.push(bodies[bodies.length - 1]);
  const renumbered = chosen.map((body, k) => formatMarker(k + 1, style) + body);
  return head + renumbered.join('');
}
