// SPARQL 1.1 Query Results CSV (plain values, CRLF) and TSV (terms in Turtle syntax) writers for SELECT answers.
import type { Term } from '@rdfjs/types';
import type { Bindings } from '../../store/store.js';
import { termToTurtle } from './term-syntax.js';

/** A SELECT answer. */
export interface BindingsTable {
  variables: string[];
  rows: Bindings[];
}

/** A CSV field: quoted when it holds a quote, comma, CR or LF, quotes doubled (RFC 4180). */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvValue(term: Term | undefined): string {
  if (term === undefined) return '';
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  if (term.termType === 'Quad') return termToTurtle(term);
  return term.value;
}

/** Writes `text/csv`: header of variable names, one line per solution, CRLF line ends; types and tags are lost. */
export function writeResultsCsv(table: BindingsTable): string {
  const lines = [table.variables.map(csvField).join(',')];
  for (const row of table.rows) lines.push(table.variables.map((name) => csvField(csvValue(row[name]))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Writes `text/tab-separated-values`: header `?x\t?y`, then terms in Turtle syntax; unbound is an empty field. */
export function writeResultsTsv(table: BindingsTable): string {
  const lines = [table.variables.map((name) => `?${name}`).join('\t')];
  for (const row of table.rows) {
    lines.push(table.variables.map((name) => (row[name] === undefined ? '' : termToTurtle(row[name]))).join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
