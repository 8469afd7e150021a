// rdflib 6's N-Triples line grammar (plugins/parsers/ntriples.py), used as a gate in front of n3:
// rdflib reads line by line, keeps the triples of the lines before a bad one, and rejects some
// lines n3 accepts (a BOM, two triples on a line, no space between terms).
import { PYTHON_WHITESPACE_CLASS } from './normalise.js';

/** rdflib `uriref`: `<` scheme `:` then no whitespace, `"`, `<` or `>`. */
const URIREF = `<[^:]+:(?:(?!${PYTHON_WHITESPACE_CLASS})[^"<>])*>`;
/** rdflib `r_nodeid`. */
const NODE_ID = '_:[A-Za-z0-9_:](?:[-A-Za-z0-9_:.]*[-A-Za-z0-9_:])?';
/** rdflib `literal` + `litinfo` (`.` is any character but a newline, as in Python). */
const LITERAL = `"[^"\\\\]*(?:\\\\[^\\n][^"\\\\]*)*"(?:@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*|\\^\\^${URIREF})?`;
const SUBJECT = `(?:${URIREF}|${NODE_ID})`;
const OBJECT = `(?:${URIREF}|${NODE_ID}|${LITERAL})`;
/** A whole line rdflib turns into a triple: terms separated by spaces/tabs, then `.` and an optional comment. */
const TRIPLE_LINE = new RegExp(`^[ \\t]*${SUBJECT}[ \\t]+${URIREF}[ \\t]+${OBJECT}[ \\t]*\\.[ \\t]*(?:#[^\\n]*)?$`, 'u');
/** A line rdflib skips: empty after leading spaces/tabs, or a comment. */
const SKIPPED_LINE = /^[ \t]*(?:#.*)?$/s;

/** rdflib's line boundaries (`r_line`): CRLF, CR or LF. */
const LINE_END = /\r\n|\r|\n/;

/** The lines of an N-Triples text as rdflib reads them. */
export function rdflibLines(text: string): string[] {
  const lines = text.split(LINE_END);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** True when rdflib's parser would accept this line (a triple, a comment or a blank line). */
export function isRdflibLine(line: string): boolean {
  return SKIPPED_LINE.test(line) || TRIPLE_LINE.test(line);
}

/** Index of the first line rdflib rejects, or -1. */
export function firstRejectedLine(lines: readonly string[]): number {
  return lines.findIndex((line) => !isRdflibLine(line));
}
