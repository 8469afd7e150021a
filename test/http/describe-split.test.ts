// The split description queries describe every thing exactly as the former single UNION CONSTRUCT did (kept here as reference).
import type { Quad } from '@rdfjs/types';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { isomorphic } from 'rdf-isomorphic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSE_LIMIT, PERSON_ROLES } from '../../src/http/browse-query.js';
import { mergeTriples, stabilizeBlankNodes } from '../../src/http/describe.js';
import { describedOrNull } from './described-or-null.js';
import { iriRef } from '../../src/http/sparql-terms.js';
import { EmbeddedStore } from '../../src/store/embedded-store.js';
import type { Store } from '../../src/store/store.js';
import { DCTERMS, JY, PROV, RDF, RDFS } from '../../src/vocab/index.js';
import { BUILT_BASE, buildSampleDataset, type BuiltDataset } from '../search/built-dataset.js';
import { FIXTURE_BASE } from './fixture-server.js';

/** The description query as one UNION CONSTRUCT, as it was before the split (the reference the split must match). */
function unionDescribeQuery(iri: string): string {
  const thing = iriRef(iri);
  const t = {
    agendaItem: iriRef(JY.agendaItem), resolution: iriRef(JY.resolution), proposedBy: iriRef(JY.proposedBy),
    confers: iriRef(JY.confers), recipient: iriRef(JY.recipient), position: iriRef(JY.position),
    label: iriRef(RDFS.label), date: iriRef(DCTERMS.date),
  };
  const roles = PERSON_ROLES.map(iriRef).join(' ');
  const meeting = (m: string) => `OPTIONAL { ${m} ${t.label} ${m}L } OPTIONAL { ${m} ${t.date} ${m}D }`;
  const minutesProperties = [RDF.type, RDFS.label, PROV.wasDerivedFrom, JY.tampered].map(iriRef).join(' ');
  return `CONSTRUCT {
  ${thing} ?p ?o . ?o ${t.label} ?objectLabel .
  ?s ?incoming ${thing} . ?s ${t.label} ?subjectLabel .
  ?node ?nodeP ?nodeO .
  ?minutes ?minutesP ?minutesO .
  ?pM ${t.agendaItem} ?pI . ?pI ${t.resolution} ?pR . ?pR ${t.proposedBy} ${thing} . ?pM ${t.label} ?pML . ?pM ${t.date} ?pMD . ?pI ${t.label} ?pIL .
  ?aM ${t.agendaItem} ?aI . ?aI ${t.resolution} ?aR . ?aR ${t.confers} ?aA . ?aA ${t.recipient} ${thing} . ?aM ${t.label} ?aML . ?aM ${t.date} ?aMD . ?aA ${t.label} ?aAL .
  ?rM ?rRole ${thing} . ?rM ${t.date} ?rMD .
  ?cI ${t.position} ?cIP . ?cI ${t.resolution} ?cR . ?cR ${t.label} ?cRL . ?cR ${t.confers} ?cA . ?cA ${t.label} ?cAL . ?cA ${t.recipient} ?cW . ?cW ${t.label} ?cWL .
  ?uM ${t.agendaItem} ?uI . ?uI ${t.resolution} ?uR . ?uM ${t.label} ?uML . ?uM ${t.date} ?uMD . ?uI ${t.label} ?uIL .
} WHERE {
  { ${thing} ?p ?o . OPTIONAL { ?o ${t.label} ?objectLabel } }
  UNION { ?s ?incoming ${thing} . OPTIONAL { ?s ${t.label} ?subjectLabel } }
  UNION { ${thing} ?link ?node . FILTER(isBlank(?node) || ?link = ${iriRef(JY.evidence)}) ?node ?nodeP ?nodeO . }
  UNION {
    { SELECT DISTINCT ?g WHERE { GRAPH ?g { ${thing} ?anyP ?anyO } } }
    GRAPH ?g { ?minutes a ${iriRef(JY.Minutes)} ; ?minutesP ?minutesO . }
    VALUES ?minutesP { ${minutesProperties} }
  }
  UNION { SELECT ?pM ?pML ?pMD ?pI ?pIL ?pR WHERE { ?pR ${t.proposedBy} ${thing} . ?pI ${t.resolution} ?pR . ?pM ${t.agendaItem} ?pI .
    ${meeting('?pM')} OPTIONAL { ?pI ${t.label} ?pIL } } LIMIT ${BROWSE_LIMIT} }
  UNION { SELECT ?aM ?aML ?aMD ?aI ?aR ?aA ?aAL WHERE { ?aA ${t.recipient} ${thing} . ?aR ${t.confers} ?aA . ?aI ${t.resolution} ?aR . ?aM ${t.agendaItem} ?aI .
    ${meeting('?aM')} OPTIONAL { ?aA ${t.label} ?aAL } } LIMIT ${BROWSE_LIMIT} }
  UNION { SELECT ?rM ?rRole ?rMD WHERE { VALUES ?rRole { ${roles} } ?rM ?rRole ${thing} . OPTIONAL { ?rM ${t.date} ?rMD } } LIMIT ${BROWSE_LIMIT} }
  UNION { SELECT ?cI ?cIP ?cR ?cRL ?cA ?cAL ?cW ?cWL WHERE { ${thing} ${t.agendaItem} ?cI . OPTIONAL { ?cI ${t.position} ?cIP }
    OPTIONAL { ?cI ${t.resolution} ?cR . OPTIONAL { ?cR ${t.label} ?cRL }
      OPTIONAL { ?cR ${t.confers} ?cA . OPTIONAL { ?cA ${t.label} ?cAL } OPTIONAL { ?cA ${t.recipient} ?cW . OPTIONAL { ?cW ${t.label} ?cWL } } } } } LIMIT ${BROWSE_LIMIT} }
  UNION { SELECT ?uM ?uML ?uMD ?uI ?uIL ?uR WHERE {
      { ?uM ${t.agendaItem} ${thing} . BIND(${thing} AS ?uI) }
      UNION { ?uI ${t.resolution} ${thing} . ?uM ${t.agendaItem} ?uI . BIND(${thing} AS ?uR) }
      UNION { ?uR ${t.confers} ${thing} . ?uI ${t.resolution} ?uR . ?uM ${t.agendaItem} ?uI . }
      ${meeting('?uM')} OPTIONAL { ?uI ${t.label} ?uIL } } LIMIT ${BROWSE_LIMIT} }
}`;
}

/** The reference description, or null when it says nothing about the thing (the route's 404). */
async function referenceDescription(store: Store, iri: string): Promise<Quad[] | null> {
  const result = await store.query(unionDescribeQuery(iri), { timeoutMs: 60_000 });
  if (result.kind !== 'quads') throw new Error('the reference CONSTRUCT did not answer quads');
  if (!result.quads.some((q) => q.subject.value === iri || q.object.value === iri)) return null;
  return stabilizeBlankNodes(mergeTriples([result.quads]));
}

/** Every IRI under `{base}id/` the dataset mentions (subject or object): meetings, items, resolutions, awards, organisations, persons … */
async function thingsOf(store: Store, base: string): Promise<Map<string, string[]>> {
  const result = await store.query(`SELECT DISTINCT ?thing ?type WHERE {
    { ?thing ?p ?o } UNION { ?s ?p ?thing } FILTER(isIRI(?thing) && STRSTARTS(STR(?thing), ${JSON.stringify(`${base}id/`)}))
    OPTIONAL { ?thing a ?type } }`, { timeoutMs: 60_000 });
  if (result.kind !== 'bindings') throw new Error('expected rows');
  const things = new Map<string, string[]>();
  for (const row of result.rows) {
    const types = things.get(row.thing.value) ?? [];
    if (row.type) types.push(row.type.value.replace(/.*[#/]/, ''));
    things.set(row.thing.value, types);
  }
  return things;
}

async function expectSameDescriptions(store: Store, base: string): Promise<Set<string>> {
  const things = await thingsOf(store, base);
  const kinds = new Set<string>();
  for (const [iri, types] of things) {
    const [reference, split] = [await referenceDescription(store, iri), await describedOrNull(store, iri, 60_000)];
    expect(split === null, `${iri}: found by one query set only`).toBe(reference === null);
    if (reference === null || split === null) continue;
    expect(split.length, `${iri}: number of triples`).toBe(reference.length);
    expect(isomorphic(split, reference), `${iri}: descriptions differ`).toBe(true);
    for (const type of types) kinds.add(type);
  }
  return kinds;
}

describe('split description queries on the built sample dataset', () => {
  let built: BuiltDataset;
  let store: EmbeddedStore;
  beforeAll(async () => {
    built = await buildSampleDataset();
    const dump = gunzipSync(await readFile(path.join(built.dataDir, 'downloads', 'jiyao.nq.gz'))).toString('utf8');
    store = await EmbeddedStore.open({ nquads: [dump], standby: false });
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    await built?.remove();
  });

  it('give the same graph as the UNION for every thing of every kind', async () => {
    const kinds = await expectSameDescriptions(store, BUILT_BASE);
    for (const kind of ['Meeting', 'AgendaItem', 'Resolution', 'Award', 'Organization', 'Person']) expect(kinds).toContain(kind);
  }, 120_000);

  it('find nothing for a thing the dataset does not mention', async () => {
    expect(await describedOrNull(store, `${BUILT_BASE}id/meeting/000000/1900-01-01/none`, 60_000)).toBeNull();
    expect(await referenceDescription(store, `${BUILT_BASE}id/meeting/000000/1900-01-01/none`)).toBeNull();
  });
});

describe('split description queries on the hand-written fixture (blank-node awards)', () => {
  let store: EmbeddedStore;
  beforeAll(async () => {
    const fixture = fileURLToPath(new URL('../fixtures/dataset/jiyao.nq', import.meta.url));
    store = await EmbeddedStore.open({ nquads: [await readFile(fixture, 'utf8')], standby: false });
  });
  afterAll(async () => store?.close());

  it('give the same graph as the UNION, blank nodes included', async () => {
    const kinds = await expectSameDescriptions(store, FIXTURE_BASE);
    expect(kinds).toContain('Meeting');
  });
});
