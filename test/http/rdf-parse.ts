// Test helper: parse any of the served RDF formats back into quads (graph names dropped) for isomorphism checks.
import type { Quad, Term } from '@rdfjs/types';
import jsonld from 'jsonld';
import { DataFactory, Parser } from 'n3';
import * as rdflib from 'rdflib';

function fromRdflib(term: { termType: string; value: string; language?: string; datatype?: { value: string } }): Term {
  if (term.termType === 'NamedNode') return DataFactory.namedNode(term.value);
  if (term.termType === 'BlankNode') return DataFactory.blankNode(term.value);
  return DataFactory.literal(term.value, term.language || (term.datatype ? DataFactory.namedNode(term.datatype.value) : undefined));
}

/** Quads of a Turtle, N-Triples, JSON-LD or RDF/XML document (by media type). */
export async function parseRdf(body: string, mediaType: string, baseIRI = 'http://example.org/'): Promise<Quad[]> {
  if (mediaType.startsWith('application/ld+json')) {
    const nquads = (await jsonld.toRDF(JSON.parse(body), { format: 'application/n-quads' })) as unknown as string;
    return new Parser({ format: 'N-Quads' }).parse(nquads);
  }
  if (mediaType.startsWith('application/rdf+xml')) {
    const graph = rdflib.graph();
    rdflib.parse(body, graph, baseIRI, 'application/rdf+xml');
    return graph.statements.map((s) => DataFactory.quad(
      fromRdflib(s.subject) as Quad['subject'], fromRdflib(s.predicate) as Quad['predicate'], fromRdflib(s.object) as Quad['object'],
    ));
  }
  const format = mediaType.startsWith('application/n-triples') ? 'N-Triples' : 'Turtle';
  return new Parser({ format, baseIRI }).parse(body);
}
