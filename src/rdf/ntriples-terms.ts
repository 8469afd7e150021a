// Terms in canonical N-Triples, written exactly as N3.Writer writes them, with the repeats of one document cached.

import type { Literal, Term } from '@rdfjs/types';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/** What canonical N-Triples escapes (N3.Writer's class): U+0000–U+001F, `"`, `\`, U+007F, U+FFFE and U+FFFF. */
const NEEDS_ESCAPE = /[^ !#-[\]-~\u0080-\uFFFD]/;
const NEEDS_ESCAPE_ALL = /[^ !#-[\]-~\u0080-\uFFFD]/g;
const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f' };

function escapeCharacter(character: string): string {
  return SHORT_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A string with the characters canonical N-Triples escapes escaped (`\n`, `\"`, `\u007F` …). */
export function escapeNTriples(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(NEEDS_ESCAPE_ALL, escapeCharacter) : text;
}

/**
 * Encodes the terms of one document. IRIs (the same subjects and predicates come back on many lines)
 * and literal suffixes (`@zh-hans`, `^^<…#integer>`) are encoded once. N3 literals are read from
 * their `id` (`"value"@lang`, `"value"^^datatype`): N3's getters would re-parse it for every property.
 */
export class NTriplesTerms {
  private readonly iris = new Map<string, string>();
  private readonly suffixes = new Map<string, string>();

  /** A subject, predicate or object, or null for a term N-Triples lines cannot hold here (a quoted triple). */
  encode(term: Term): string | null {
    switch (term.termType) {
      case 'NamedNode':
        return this.iri(term.value);
      case 'Literal':
        return this.literal(term);
      case 'BlankNode':
        return `_:${term.value}`;
      case 'Variable':
        return `?${term.value}`;
      default:
        return null;
    }
  }

  private iri(value: string): string {
    let encoded = this.iris.get(value);
    if (encoded === undefined) {
      encoded = `<${escapeNTriples(value)}>`;
      this.iris.set(value, encoded);
    }
    return encoded;
  }

  private literal(term: Literal): string {
    const id = (term as { id?: unknown }).id;
    if (typeof id !== 'string' || id.charAt(0) !== '"') return encodeLiteral(term, this.iri(term.datatype.value));
    const close = id.lastIndexOf('"');
    const raw = id.substring(1, close);
    const value = escapeNTriples(raw);
    const tail = id.substring(close + 1);
    let suffix = this.suffixes.get(tail);
    if (suffix === undefined) {
      // The tail's encoding, taken from the general path (the value part is the same for any value).
      suffix = encodeLiteral(term, this.iri(term.datatype.value)).substring(value.length + 2);
      this.suffixes.set(tail, suffix);
    }
    // Nothing escaped and a tail written as it is (`@zh-hans`, or none): the id is already the encoding.
    return value === raw && suffix === tail ? id : `"${value}"${suffix}`;
  }
}

/** A literal as N3.Writer writes it in N-Triples: `"v"@lang`, `"v"@lang--dir`, `"v"` (xsd:string) or `"v"^^<datatype>`. */
function encodeLiteral(term: Literal, encodedDatatype: string): string {
  const value = escapeNTriples(term.value);
  if (term.language) {
    const direction = (term as { direction?: string }).direction;
    return `"${value}"@${term.language}${direction ? `--${direction}` : ''}`;
  }
  return term.datatype.value === XSD_STRING ? `"${value}"` : `"${value}"^^${encodedDatatype}`;
}
