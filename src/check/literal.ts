// What rdflib 6 makes of an RDF literal: its normalised lexical form and its Python value (`toPython()`).
import type { Literal } from '@rdfjs/types';
import { normaliseDateLexical, parseIsoDate } from './iso-date.js';
import { PYTHON_WHITESPACE_CLASS } from './normalise.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';

/** Datatypes rdflib converts with Python `int()`. */
const INTEGER_TYPES = new Set(
  [
    'integer', 'nonPositiveInteger', 'long', 'nonNegativeInteger', 'negativeInteger', 'int', 'unsignedLong',
    'positiveInteger', 'short', 'unsignedInt', 'byte', 'unsignedShort', 'unsignedByte',
  ].map((name) => XSD + name),
);
/** Datatypes rdflib converts with `float()` or `Decimal()`. */
const NUMERIC_TYPES = new Set(['float', 'double', 'decimal'].map((name) => XSD + name));
const BOOLEAN = `${XSD}boolean`;
/** Datatypes rdflib reads with isodate's `parse_date`, by local name. */
const DATE_TYPES = new Map([['date', 'date'], ['gYear', 'gYear'], ['gYearMonth', 'gYearMonth']] as const);

/** The Python value of a literal, as far as the scorer looks at it. */
export type PythonValue =
  | { type: 'bool'; value: boolean }
  | { type: 'int'; value: number }
  | { type: 'other'; truthy: boolean };

/** A literal as rdflib holds it after parsing. */
export interface ScoredLiteral {
  /** Lexical form after rdflib's normalisation (`str(literal)`): integers and booleans canonical. */
  lexical: string;
  /** `literal.toPython()` as far as score.py uses it. */
  value: PythonValue;
}

/** Python `int()` of a string: surrounding whitespace, a sign, digits of any script, single `_` between digits. */
const PYTHON_INT = new RegExp(
  `^${PYTHON_WHITESPACE_CLASS}*([+-]?)(\\p{Nd}+(?:_\\p{Nd}+)*)${PYTHON_WHITESPACE_CLASS}*$`,
  'u',
);

/** Value of a Unicode decimal digit: its distance from the start of its run of ten (runs start at a zero). */
function digitValue(ch: string): number {
  let code = ch.codePointAt(0) ?? 0;
  let offset = 0;
  while (code > 0 && /\p{Nd}/u.test(String.fromCodePoint(code - 1))) {
    code -= 1;
    offset += 1;
  }
  return offset % 10;
}

/** Python `int(text)`, or null where Python raises `ValueError`. */
export function parsePythonInt(text: string): number | null {
  const match = PYTHON_INT.exec(text);
  if (!match) return null;
  const digits = Array.from(match[2].replaceAll('_', ''), (ch) => (ch >= '0' && ch <= '9' ? ch : String(digitValue(ch))));
  const magnitude = Number(BigInt(digits.join('')));
  return match[1] === '-' ? -magnitude || 0 : magnitude;
}

/** rdflib `_parseBoolean`: true only for "1"/"true" in any case; anything else is false. */
function parseBoolean(lexical: string): boolean {
  const lower = lexical.toLowerCase();
  return lower === '1' || lower === 'true';
}

/** Python `float()` / `Decimal()` truthiness: zero is false, NaN and anything unparsable-but-non-empty true. */
function numericTruthy(lexical: string): boolean {
  const trimmed = lexical.trim().replaceAll('_', '');
  if (/^[+-]?(nan|inf|infinity)$/i.test(trimmed)) return true;
  const parsed = Number(trimmed);
  if (trimmed === '' || Number.isNaN(parsed)) return lexical.length !== 0;
  return parsed !== 0;
}

/**
 * What rdflib 6.1 (Debian's python3-rdflib, which score.py runs on) makes of a literal.
 * Integers, booleans and dates are normalised and typed like rdflib's; other datatypes keep their lexical form.
 */
export function scoreLiteral(literal: Literal): ScoredLiteral {
  const lexical = literal.value;
  const datatype = literal.language ? '' : literal.datatype.value;
  if (INTEGER_TYPES.has(datatype)) {
    const parsed = parsePythonInt(lexical);
    if (parsed === null) return { lexical, value: { type: 'other', truthy: lexical.length !== 0 } };
    return { lexical: String(parsed), value: { type: 'int', value: parsed } };
  }
  if (datatype === BOOLEAN) {
    const parsed = parseBoolean(lexical);
    return { lexical: String(parsed), value: { type: 'bool', value: parsed } };
  }
  const dateType = datatype.startsWith(XSD) ? DATE_TYPES.get(datatype.slice(XSD.length) as 'date') : undefined;
  if (dateType) {
    const date = parseIsoDate(lexical);
    return { lexical: date ? normaliseDateLexical(date, dateType) : lexical, value: { type: 'other', truthy: date !== null || lexical.length !== 0 } };
  }
  if (NUMERIC_TYPES.has(datatype)) return { lexical, value: { type: 'other', truthy: numericTruthy(lexical) } };
  return { lexical, value: { type: 'other', truthy: lexical.length !== 0 } };
}
