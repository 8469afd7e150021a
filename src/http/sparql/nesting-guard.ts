// Refuses queries nested deeper than a limit before any parser sees them: deep nesting stalls sparqljs and overflows oxigraph.
import { badRequest } from './errors.js';

/** Deepest bracket nesting ({ ( [ together) a query may have. Real queries stay far below; 1,000 crashes the engine. */
export const MAX_QUERY_NESTING = 64;

/** An IRI reference as SPARQL writes it (`<` … `>` without spaces or quotes); any other `<` is an operator. */
const IRI_REF = /<[^<>"{}|^`\\\x00-\x20]*>/y;
/** A string literal: long ('''/""") or short, with backslash escapes. */
const STRING = /'''(?:[^'\\]|\\[\s\S]|'(?!''))*(?:'''|$)|"""(?:[^"\\]|\\[\s\S]|"(?!""))*(?:"""|$)|'(?:[^'\\\n\r]|\\.)*(?:'|$)|"(?:[^"\\\n\r]|\\.)*(?:"|$)/y;
/** A comment, to the end of the line. */
const COMMENT = /#[^\n\r]*/y;

function skip(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : at;
}

/** The deepest bracket nesting of `text`, ignoring brackets inside strings, IRIs and comments. Linear in the length. */
export function queryNestingDepth(text: string): number {
  let depth = 0, deepest = 0, at = 0;
  while (at < text.length) {
    const c = text[at];
    const next = c === '<' ? skip(IRI_REF, text, at) : c === '"' || c === "'" ? skip(STRING, text, at) : c === '#' ? skip(COMMENT, text, at) : at;
    if (next !== at) {
      at = next;
      continue;
    }
    if (c === '{' || c === '(' || c === '[') deepest = Math.max(deepest, ++depth);
    else if ((c === '}' || c === ')' || c === ']') && depth > 0) depth--;
    at++;
  }
  return deepest;
}

/** Throws 400 when `text` nests deeper than `limit` (default {@link MAX_QUERY_NESTING}). */
export function checkQueryNesting(text: string, limit = MAX_QUERY_NESTING): void {
  const depth = queryNestingDepth(text);
  if (depth > limit) throw badRequest(`the query nests ${depth} levels deep; at most ${limit} are allowed`);
}
