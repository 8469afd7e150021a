// Chinese-aware tokens: character bigrams (and unigrams) of Han runs, whole words of Latin letters and digits.

/** A run of Han ideographs (区长质量奖), or of letters and digits that are not Han (2021, abc in 2021年abc公司). */
const RUN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;

/** Splits folded text into runs: Han runs as arrays of characters, other runs as single words. */
function runsOf(folded: string): Array<{ han: string[] } | { word: string }> {
  const runs: Array<{ han: string[] } | { word: string }> = [];
  for (const match of folded.matchAll(RUN)) {
    if (match[1] !== undefined) runs.push({ han: [...match[1]] });
    else runs.push({ word: match[2] });
  }
  return runs;
}

/**
 * The tokens a document is indexed under, with counts: every Han character (so one-character queries work),
 * every pair of adjacent Han characters, and every Latin/digit word. Input must be folded by normaliseText.
 */
export function documentTokens(folded: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (token: string) => counts.set(token, (counts.get(token) ?? 0) + 1);
  for (const run of runsOf(folded)) {
    if ('word' in run) {
      add(run.word);
      continue;
    }
    run.han.forEach((char, i) => {
      add(char);
      if (i + 1 < run.han.length) add(char + run.han[i + 1]);
    });
  }
  return counts;
}

/**
 * The tokens a query looks for (distinct, in order): bigrams of each Han run, the character itself for a
 * one-character run, and each Latin/digit word. Input must be folded by normaliseText.
 */
export function queryTokens(folded: string): string[] {
  const tokens: string[] = [];
  for (const run of runsOf(folded)) {
    if ('word' in run) tokens.push(run.word);
    else if (run.han.length === 1) tokens.push(run.han[0]);
    else for (let i = 0; i + 1 < run.han.length; i++) tokens.push(run.han[i] + run.han[i + 1]);
  }
  return [...new Set(tokens)];
}

/**
 * Tokens that any folded text containing `part` must have among its {@link documentTokens}: the Han tokens of `part`,
 * and its Latin/digit words that do not touch its ends (`ab` at an end may be the middle of `xaby` in the text).
 * The engine uses them to rule out phrase boosts without reading a document.
 */
export function phraseTokens(part: string): string[] {
  const tokens: string[] = [];
  for (const match of part.matchAll(RUN)) {
    if (match[1] !== undefined) tokens.push(...queryTokens(match[1]));
    else if (match.index > 0 && match.index + match[2].length < part.length) tokens.push(match[2]);
  }
  return [...new Set(tokens)];
}
