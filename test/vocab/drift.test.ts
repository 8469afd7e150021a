// The JY constants and ontology/jiyao.ttl cannot drift: every constant is defined there and every term has a constant.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Parser, Store } from 'n3';
import { JY, JY_NS, JY_ONTOLOGY, RDF, RDFS } from '../../src/vocab/index.js';

const SKOS_DEFINITION = 'http://www.w3.org/2004/02/skos/core#definition';
const store = new Store(new Parser().parse(readFileSync(new URL('../../ontology/jiyao.ttl', import.meta.url), 'utf8')));
const defined = new Set(
  store.getSubjects(RDF.type, null, null).map((s) => s.value).filter((iri) => iri.startsWith(JY_NS)),
);

describe('JY constants ↔ ontology/jiyao.ttl', () => {
  it('every JY constant is a term defined in the ontology', () => {
    const missing = Object.values(JY).filter((iri) => !defined.has(iri));
    expect(missing).toEqual([]);
  });

  it('every term defined in the ontology has a JY constant', () => {
    const constants = new Set<string>(Object.values(JY));
    expect([...defined].filter((iri) => !constants.has(iri))).toEqual([]);
  });

  it('each constant key is the local name of its IRI', () => {
    for (const [key, iri] of Object.entries(JY)) expect(iri).toBe(`${JY_NS}${key}`);
  });

  it('every term has a label and a definition in zh-Hans and en', () => {
    const lacking: string[] = [];
    for (const iri of defined) {
      for (const p of [RDFS.label, SKOS_DEFINITION]) {
        const langs = new Set(store.getObjects(iri, p, null).map((o) => (o.termType === 'Literal' ? o.language : '')));
        if (!langs.has('zh-hans') || !langs.has('en')) lacking.push(`${iri} ${p}`);
      }
    }
    expect(lacking).toEqual([]);
  });

  it('declares the ontology with a version and the CC BY 4.0 licence', () => {
    expect(store.getQuads(JY_ONTOLOGY, RDF.type, 'http://www.w3.org/2002/07/owl#Ontology', null)).toHaveLength(1);
    expect(store.getObjects(JY_ONTOLOGY, 'http://www.w3.org/2002/07/owl#versionInfo', null)).toHaveLength(1);
    expect(store.getObjects(JY_ONTOLOGY, 'http://purl.org/dc/terms/license', null).map((o) => o.value)).toEqual([
      'https://creativecommons.org/licenses/by/4.0/',
    ]);
  });

  it('states the alignments of ONTOLOGY-CORE', () => {
    const sub = (c: string) => store.getObjects(c, 'http://www.w3.org/2000/01/rdf-schema#subClassOf', null).map((o) => o.value);
    const close = (c: string) => store.getObjects(c, 'http://www.w3.org/2004/02/skos/core#closeMatch', null).map((o) => o.value);
    expect(sub(JY.Meeting)).toContain('https://schema.org/Event');
    expect(sub(JY.Award)).toContain('http://www.w3.org/ns/prov#Entity');
    expect(sub(JY.Organization)).toContain('http://www.w3.org/ns/org#Organization');
    expect(sub(JY.Person)).toContain('http://xmlns.com/foaf/0.1/Person');
    expect(sub(JY.Minutes)).toContain('http://xmlns.com/foaf/0.1/Document');
    expect(sub(JY.Document)).toContain('http://xmlns.com/foaf/0.1/Document');
    expect(sub(JY.Division)).toContain('https://schema.org/AdministrativeArea');
    expect(close(JY.Meeting)).toContain('http://data.vlaanderen.be/ns/besluit#Zitting');
    expect(close(JY.AgendaItem)).toContain('http://data.vlaanderen.be/ns/besluit#Agendapunt');
    expect(close(JY.Resolution)).toContain('http://data.vlaanderen.be/ns/besluit#Besluit');
  });
});

describe('shapes and context use only defined jy: terms', () => {
  it('every jy: IRI in ontology/shapes.ttl and ontology/context.jsonld is a JY constant', () => {
    const constants = new Set<string>(Object.values(JY));
    const shapes = new Parser().parse(readFileSync(new URL('../../ontology/shapes.ttl', import.meta.url), 'utf8'));
    const used = shapes.flatMap((q) => [q.subject, q.predicate, q.object]).map((t) => t.value).filter((v) => v.startsWith(JY_NS));
    const context = readFileSync(new URL('../../ontology/context.jsonld', import.meta.url), 'utf8');
    const fromContext = [...context.matchAll(/"jy:([A-Za-z0-9]+)"/g)].map((m) => `${JY_NS}${m[1]}`);
    expect([...used, ...fromContext].filter((iri) => !constants.has(iri))).toEqual([]);
  });
});
