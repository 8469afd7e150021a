// Writes single RDF terms the way the SPARQL result formats need them (Turtle/N-Triples syntax, XML escaping).
import type { Term } from '@rdfjs/types';

export const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
export const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

const STRING_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A term in N-Triples/Turtle syntax: `<iri>`, `_:label`, `"text"@lang`, `"1"^^<datatype>`, `<< s p o >>`. */
export function termToTurtle(term: Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return `<${term.value.replace(/[\u0000-\u0020<>"{}|^`\\]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}>`;
    case 'BlankNode':
      return `_:${term.value}`;
    case 'Literal': {
      const text = `"${term.value.replace(/["\\\n\r\t]/g, (c) => STRING_ESCAPES[c])}"`;
      if (term.language) return `${text}@${term.language}`;
      return term.datatype.value === XSD_STRING ? text : `${text}^^${termToTurtle(term.datatype)}`;
    }
    case 'Quad':
      return `<< ${termToTurtle(term.subject)} ${termToTurtle(term.predicate)} ${termToTurtle(term.object)} >>`;
    default:
      return `?${term.value}`;
  }
}

/** Escapes text for XML element content and double-quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
