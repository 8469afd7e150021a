// Quads → RDF/XML through rdflib (loaded on first use: it is large); graph names are dropped, order is canonical.

import type { Quad, Term } from '@rdfjs/types';
import { PREFIXES } from '../vocab/index.js';
import { sortQuads } from './canonical-order.js';

type Rdflib = typeof import('rdflib');

function toRdflibTerm(lib: Rdflib, t: Term) {
  if (t.termType === 'NamedNode') return lib.sym(t.value);
  if (t.termType === 'BlankNode') return lib.blankNode(t.value);
  if (t.termType === 'Literal') return lib.literal(t.value, t.language || lib.sym(t.datatype.value));
  throw new Error(`cannot write a ${t.termType} in RDF/XML`);
}

/** RDF/XML of the quads (graph names dropped), with the project's prefixes. */
export async function toRdfXml(quads: Iterable<Quad>, prefixes: Record<string, string> = PREFIXES): Promise<string> {
  const lib = (await import('rdflib')) as Rdflib;
  const graph = lib.graph();
  for (const [prefix, ns] of Object.entries(prefixes)) graph.setPrefixForURI(prefix, ns);
  for (const q of sortQuads(quads)) {
    graph.add(toRdflibTerm(lib, q.subject) as never, lib.sym(q.predicate.value), toRdflibTerm(lib, q.object) as never);
  }
  const out = lib.serialize(null, graph, undefined, 'application/rdf+xml');
  if (out === undefined) throw new Error('rdflib produced no RDF/XML');
  return out;
}
