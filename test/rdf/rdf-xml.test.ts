// RDF/XML output parses back (with rdflib) to a graph isomorphic to the mapped triples, identically run to run.

import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import * as rdflib from 'rdflib';
import { isomorphic } from 'rdf-isomorphic';
import type { Quad } from '@rdfjs/types';
import { recordToQuads } from '../../src/rdf/map-record.js';
import { toRdfXml } from '../../src/rdf/rdf-xml.js';
import { seedRecord } from './fixtures.js';

const { quad, namedNode, literal, blankNode } = DataFactory;
const quads = recordToQuads(seedRecord(), { graph: 'seed', toolVersion: '0.1.0' });
const triples = quads.map((q) => quad(q.subject, q.predicate, q.object));

function fromRdflib(st: rdflib.Store): Quad[] {
  const conv = (t: { termType: string; value: string; language?: string; datatype?: { value: string } }) =>
    t.termType === 'NamedNode' ? namedNode(t.value)
      : t.termType === 'BlankNode' ? blankNode(t.value)
        : literal(t.value, t.language ? t.language.toLowerCase() : namedNode(t.datatype!.value));
  return st.statements.map((s) => quad(conv(s.subject) as never, conv(s.predicate) as never, conv(s.object) as never));
}

describe('toRdfXml', () => {
  it('round-trips to an isomorphic graph and is stable', async () => {
    const xml = await toRdfXml(quads);
    expect(xml).toContain('rdf:RDF');
    const st = rdflib.graph();
    rdflib.parse(xml, st, 'http://localhost:3000/', 'application/rdf+xml');
    expect(isomorphic(fromRdflib(st), triples)).toBe(true);
    expect(await toRdfXml([...quads].reverse())).toBe(xml);
  });
});
