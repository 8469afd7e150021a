// Serialisers: Turtle, N-Triples, N-Quads and JSON-LD parse back to isomorphic graphs; output is byte-identical run to run.

import { describe, expect, it } from 'vitest';
import { DataFactory, Parser } from 'n3';
import jsonld from 'jsonld';
import { isomorphic } from 'rdf-isomorphic';
import type { Quad } from '@rdfjs/types';
import { recordToQuads } from '../../src/rdf/map-record.js';
import { offlineDocumentLoader, toJsonLd, toNQuads, toNTriples, toTurtle } from '../../src/rdf/serialize.js';
import { CONTEXT_IRI } from '../../src/rdf/ontology-files.js';
import { seedRecord } from './fixtures.js';

const options = { graph: 'seed-tianning-56', toolVersion: '0.1.0' };
const quads = recordToQuads(seedRecord(), options);
const triples = quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
const parse = (text: string, format: string): Quad[] => new Parser({ format }).parse(text);

describe('serialisers', () => {
  it('Turtle round-trips to an isomorphic graph', () => {
    expect(isomorphic(parse(toTurtle(quads), 'text/turtle'), triples)).toBe(true);
  });

  it('N-Triples round-trips, one triple per line', () => {
    const nt = toNTriples(quads);
    expect(isomorphic(parse(nt, 'application/n-triples'), triples)).toBe(true);
    expect(nt.trimEnd().split('\n')).toHaveLength(quads.length);
  });

  it('N-Quads round-trips with the page graph', () => {
    expect(isomorphic(parse(toNQuads(quads), 'application/n-quads'), quads)).toBe(true);
  });

  it('JSON-LD round-trips through jsonld.toRDF, compacted with the project context', async () => {
    const doc = (await toJsonLd(quads)) as Record<string, unknown>;
    expect(doc['@context']).toBeTypeOf('object');
    const nquads = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, { format: 'application/n-quads' })) as unknown as string;
    expect(isomorphic(parse(nquads, 'application/n-quads'), quads)).toBe(true);
    expect(JSON.stringify(doc)).toContain('"sessionNumber"');
  });

  it('is byte-identical across runs and input orders', async () => {
    const again = recordToQuads(seedRecord(), options);
    const shuffled = [...again].reverse();
    expect(toTurtle(shuffled)).toBe(toTurtle(quads));
    expect(toNTriples(shuffled)).toBe(toNTriples(quads));
    expect(toNQuads(shuffled)).toBe(toNQuads(quads));
    expect(JSON.stringify(await toJsonLd(shuffled))).toBe(JSON.stringify(await toJsonLd(quads)));
  });

  it('never fetches a remote document', async () => {
    const loader = offlineDocumentLoader({ jy: 'https://w3id.org/jiyao/ontology#' });
    await expect(loader('https://schema.org/')).rejects.toThrow(/offline/);
    expect((await loader(CONTEXT_IRI)).document).toEqual({ '@context': { jy: 'https://w3id.org/jiyao/ontology#' } });
    const remote = { '@context': 'https://example.org/context.jsonld', name: 'x' };
    await expect(toJsonLd(quads, remote as unknown as Record<string, unknown>)).rejects.toThrow();
  });
});
