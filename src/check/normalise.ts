// String normalisation of the scorer (score.py `norm`): what "the same value" means when facts are compared.

/**
 * Python's `\s` for `str` patterns (exactly the code points where `str.isspace()` is true).
 * JavaScript's `\s` differs: it has U+FEFF and lacks U+001C–U+001F and U+0085.
 */
export const PYTHON_WHITESPACE_CLASS =
  '[\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';

const WHITESPACE_RUN = new RegExp(`${PYTHON_WHITESPACE_CLASS}+`, 'g');

/**
 * Outer quotes stripped by `norm`: book-title marks 《》 (《关于…的报告》), curly quotes “”,
 * straight quotes " and ', corner brackets 「」 and 『』 (「区长质量奖」).
 */
const OUTER_QUOTES = new Set(['《', '》', '“', '”', '"', "'", '「', '」', '『', '』']);

/** Python's `str.strip(chars)`: drops any of `chars` from both ends, one code point at a time. */
function stripChars(text: string, chars: ReadonlySet<string>): string {
  const codePoints = Array.from(text);
  let start = 0;
  let end = codePoints.length;
  while (start < end && chars.has(codePoints[start])) start += 1;
  while (end > start && chars.has(codePoints[end - 1])) end -= 1;
  return codePoints.slice(start, end).join('');
}

/**
 * Port of score.py `norm`: Unicode NFKC, every whitespace character removed, then outer
 * 《》“”"'「」『』 stripped. `null`/`undefined` give `""`; other values go through `String()`.
 *
 * @example normaliseText(' 《关于 全区质量工作的报告》 ') === '关于全区质量工作的报告'
 */
export function normaliseText(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value).normalize('NFKC').replace(WHITESPACE_RUN, '');
  return stripChars(text, OUTER_QUOTES);
}
