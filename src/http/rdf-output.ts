// Writes a set of quads as Turtle, N-Triples, JSON-LD (compacted offline) or RDF/XML for a response.
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { toJsonLd, toNTriples, toTurtle } from '../rdf/serialize.js';
import { toRdfXml } from './rdf-xml.js';

/** The RDF serialisations a route can answer with. */
export type RdfFormatName = 'turtle' | 'jsonld' | 'ntriples' | 'rdfxml';

/** How to write: prefixes for Turtle/RDF-XML and the JSON-LD context (the object inside `@context`). */
export interface RdfWriteOptions {
  prefixes: Readonly<Record<string, string>>;
  /** Compaction context, from ontology/context.jsonld; embedded whole so the output needs no fetch. */
  context: Record<string, unknown>;
}

/** Drops graph names: a description is a set of triples. */
function asTriples(quads: readonly Quad[]): Quad[] {
  return quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
}

/** Serialises `quads` (graph names dropped) in the given format; Turtle and N-Triples in canonical order. */
export async function writeRdf(format: RdfFormatName, quads: readonly Quad[], options: RdfWriteOptions): Promise<string> {
  switch (format) {
    case 'turtle':
      return toTurtle(quads, { ...options.prefixes });
    case 'ntriples':
      return toNTriples(quads);
    case 'jsonld':
      return `${JSON.stringify(await toJsonLd(asTriples(quads), options.context), null, 2)}\n`;
    case 'rdfxml':
      return toRdfXml(asTriples(quads), options.prefixes);
  }
}
