// Writers for CONSTRUCT/DESCRIBE answers: Turtle, N-Triples, JSON-LD (compacted, no context) and RDF/XML.
import type { Quad, Term } from '@rdfjs/types';
import jsonld from 'jsonld';
import { DataFactory, Writer } from 'n3';

/** Writes quads with the n3 writer (`Turtle` or `N-Triples`); graph names are dropped (results are triples). */
export function writeN3(quads: Quad[], format: 'Turtle' | 'N-Triples'): Promise<string> {
  const writer = new Writer({ format });
  return new Promise((resolve, reject) => {
    writer.addQuads(quads.map(asTriple));
    writer.end((error, text: string) => (error ? reject(error) : resolve(text)));
  });
}

/** Writes JSON-LD: expanded by jsonld.fromRDF, then compacted with an empty context. */
export async function writeJsonLd(quads: Quad[]): Promise<string> {
  const nquads = await writeN3(quads, 'N-Triples');
  const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
  return JSON.stringify(await jsonld.compact(expanded, {}));
}

/** Writes RDF/XML with rdflib's serializer (loaded on first use: it is large). */
export async function writeRdfXml(quads: Quad[]): Promise<string> {
  const rdf = await import('rdflib');
  const graph = rdf.graph();
  const toRdflib = (term: Term) => {
    if (term.termType === 'BlankNode') return rdf.blankNode(term.value);
    if (term.termType === 'Literal') return rdf.literal(term.value, term.language || rdf.sym(term.datatype.value));
    return rdf.sym(term.value);
  };
  for (const quad of quads) {
    graph.add(toRdflib(quad.subject) as never, toRdflib(quad.predicate) as never, toRdflib(quad.object) as never);
  }
  return rdf.serialize(null, graph, undefined, 'application/rdf+xml') ?? '';
}

function asTriple(quad: Quad): Quad {
  return quad.graph.termType === 'DefaultGraph' ? quad : DataFactory.quad(quad.subject, quad.predicate, quad.object);
}
