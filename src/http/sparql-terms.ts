// Strict escaping of the terms the server puts into SPARQL text: IRIs are checked, strings escaped.

/** Raised when a value cannot be written as a SPARQL term (an IRI with spaces, quotes, angle brackets …). */
export class SparqlTermError extends Error {
  override name = 'SparqlTermError';
}

/** Characters SPARQL's IRIREF forbids: controls, space, and <>"{}|^`\ */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_IRI = /[\u0000-\u0020<>"{}|^`\\]/;

/** `<iri>` for a SPARQL query; throws {@link SparqlTermError} unless `iri` is absolute and IRIREF-safe. */
export function iriRef(iri: string): string {
  if (FORBIDDEN_IN_IRI.test(iri) || !/^[a-z][a-z0-9+.-]*:/i.test(iri)) {
    throw new SparqlTermError('The address cannot be used as an IRI.');
  }
  return `<${iri}>`;
}

const STRING_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** `"text"` as a SPARQL string literal; every quote, backslash and line break is escaped, other controls as \u. */
export function stringLiteral(text: string): string {
  // eslint-disable-next-line no-control-regex
  const body = text.replace(/[\\"\n\r\t\b\f]|[\u0000-\u001F\u007F]/g, (c) =>
    STRING_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`);
  return `"${body}"`;
}
