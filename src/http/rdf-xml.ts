// A flat RDF/XML writer: one rdf:Description per subject, blank nodes by rdf:nodeID.
// (rdflib 2.4's serializer nests single-use blank nodes as parseType="Resource" around an extra
// rdf:Description, which parses back as a different graph; flat output is always read back exactly.)
import type { Quad, Term } from '@rdfjs/types';

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG_STRING = `${RDF}langString`;

/** Raised when the graph cannot be written as RDF/XML (a predicate with no XML name, a control character). */
export class RdfXmlError extends Error {
  override name = 'RdfXmlError';
}

// Characters XML 1.0 cannot carry at all, not even as character references.
// eslint-disable-next-line no-control-regex
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Escapes text for XML element content and attribute values; throws on characters XML 1.0 cannot carry (no silent loss). */
function escapeXml(text: string): string {
  if (NOT_IN_XML.test(text)) throw new RdfXmlError('This description holds control characters that RDF/XML cannot carry; use Turtle, N-Triples or JSON-LD.');
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');
}

/** Splits a predicate IRI into namespace and an NCName local part (`…/terms/title` → `…/terms/`, `title`). */
function splitPredicate(iri: string): [string, string] {
  const match = /[A-Za-z_][\w.-]*$/.exec(iri);
  if (!match || match.index === 0) throw new RdfXmlError(`Predicate <${iri}> cannot be written in RDF/XML`);
  return [iri.slice(0, match.index), match[0]];
}

function nodeAttribute(term: Term, nodeIds: Map<string, string>, kind: 'about' | 'resource'): string {
  if (term.termType === 'BlankNode') {
    if (!nodeIds.has(term.value)) nodeIds.set(term.value, `b${nodeIds.size}`);
    return `rdf:nodeID="${nodeIds.get(term.value)}"`;
  }
  return `rdf:${kind}="${escapeXml(term.value)}"`;
}

function propertyElement(quad: Quad, qname: string, nodeIds: Map<string, string>): string {
  const object = quad.object;
  if (object.termType !== 'Literal') return `    <${qname} ${nodeAttribute(object, nodeIds, 'resource')}/>`;
  let attributes = '';
  if (object.language) attributes = ` xml:lang="${escapeXml(object.language)}"`;
  else if (object.datatype.value !== XSD_STRING && object.datatype.value !== RDF_LANG_STRING) {
    attributes = ` rdf:datatype="${escapeXml(object.datatype.value)}"`;
  }
  return `    <${qname}${attributes}>${escapeXml(object.value)}</${qname}>`;
}

/**
 * Writes the triples of `quads` (graph names dropped) as RDF/XML.
 * @param prefixes - preferred prefix per namespace IRI; other namespaces get `ns0`, `ns1` …
 */
export function toRdfXml(quads: readonly Quad[], prefixes: Readonly<Record<string, string>> = {}): string {
  const namespaces = new Map<string, string>([[RDF, 'rdf']]);
  const prefixOf = new Map(Object.entries(prefixes).map(([prefix, iri]) => [iri, prefix]));
  const nodeIds = new Map<string, string>();
  const bySubject = new Map<string, { subject: Term; lines: string[] }>();
  for (const quad of quads) {
    const [namespace, local] = splitPredicate(quad.predicate.value);
    if (!namespaces.has(namespace)) {
      const wanted = prefixOf.get(namespace);
      const taken = new Set(namespaces.values());
      namespaces.set(namespace, wanted && !taken.has(wanted) && wanted !== 'xml' ? wanted : `ns${namespaces.size}`);
    }
    const key = `${quad.subject.termType}:${quad.subject.value}`;
    const entry = bySubject.get(key) ?? { subject: quad.subject, lines: [] };
    entry.lines.push(propertyElement(quad, `${namespaces.get(namespace)}:${local}`, nodeIds));
    bySubject.set(key, entry);
  }
  const declarations = [...namespaces].map(([iri, prefix]) => `\n    xmlns:${prefix}="${escapeXml(iri)}"`).join('');
  const descriptions = [...bySubject.values()].map(
    ({ subject, lines }) => `  <rdf:Description ${nodeAttribute(subject, nodeIds, 'about')}>\n${lines.join('\n')}\n  </rdf:Description>\n`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF${declarations}>\n${descriptions.join('')}</rdf:RDF>\n`;
}
