// Snippets: the part of a field around the first match, with the matched stretches marked by offsets (never markup).
import type { FieldName } from './documents.js';
import { normaliseWithOffsets } from './normalise.js';

/** A short text with the stretches that matched the query; `highlights` are [start, end) UTF-16 offsets into `text`. */
export interface Snippet {
  field: FieldName;
  text: string;
  highlights: Array<[number, number]>;
}

/** Longest snippet, in UTF-16 units (ellipses not counted). */
export const SNIPPET_LENGTH = 80;
/** Characters of context kept before the first match when a field is cut. */
const LEAD = 20;
const ELLIPSIS = '…';

/** Every stretch of `text` where a token occurs (matching on folded text), merged and sorted. */
export function highlightRanges(text: string, tokens: readonly string[]): Array<[number, number]> {
  const fold = normaliseWithOffsets(text);
  const ranges: Array<[number, number]> = [];
  for (const token of tokens) {
    if (token === '') continue;
    for (let at = fold.text.indexOf(token); at !== -1; at = fold.text.indexOf(token, at + 1)) {
      ranges.push([fold.starts[at], fold.ends[at + token.length - 1]]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Moves `index` off the second half of a surrogate pair. */
function onBoundary(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return index > 0 && index < text.length && code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

/** A snippet of `text` marking every occurrence of `tokens`, cut to {@link SNIPPET_LENGTH} around the first match. */
export function makeSnippet(field: FieldName, text: string, tokens: readonly string[]): Snippet {
  const ranges = highlightRanges(text, tokens);
  if (text.length <= SNIPPET_LENGTH) return { field, text, highlights: ranges };
  const first = ranges[0]?.[0] ?? 0;
  const start = onBoundary(text, Math.max(0, Math.min(first - LEAD, text.length - SNIPPET_LENGTH)));
  const end = onBoundary(text, Math.min(text.length, start + SNIPPET_LENGTH));
  const prefix = start > 0 ? ELLIPSIS : '';
  const shift = prefix.length - start;
  const highlights = ranges
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]): [number, number] => [Math.max(s, start) + shift, Math.min(e, end) + shift]);
  return { field, text: prefix + text.slice(start, end) + (end < text.length ? ELLIPSIS : ''), highlights };
}
