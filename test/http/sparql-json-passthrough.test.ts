// SELECT answers in SPARQL JSON: the embedded store's own text is sent as is, and is the document re-encoding its rows gives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeResultsJson } from '../../src/http/sparql/bindings-json-xml.js';
import { EmbeddedStore } from '../../src/store/embedded-store.js';
import type { BindingsResult } from '../../src/store/store.js';
import { startEndpoint, type RunningEndpoint } from '../w3c/endpoint.js';

const EX = 'http://example.org/';
// Every kind of term a row can hold: IRIs, plain, language-tagged, typed and escaped literals, blank nodes, unbound.
const NQUADS = `<${EX}a> <${EX}p> "甲" <${EX}page1> .
<${EX}b> <${EX}p> "乙, \\"quoted\\"\\n"@zh-hans <${EX}page2> .
<${EX}b> <${EX}n> "7"^^<http://www.w3.org/2001/XMLSchema#integer> <${EX}page2> .
_:x <${EX}p> "2021-01-23"^^<http://www.w3.org/2001/XMLSchema#date> <${EX}page3> .
<${EX}c> <${EX}q> _:x <${EX}page3> .
`;
const QUERY = `SELECT ?s ?o ?via ?none WHERE { ?s ?p ?o OPTIONAL { ?via <${EX}q> ?s } OPTIONAL { ?s <${EX}zz> ?none } } ORDER BY ?o`;

let store: EmbeddedStore;
let endpoint: RunningEndpoint;
let limited: RunningEndpoint;
beforeAll(async () => {
  store = await EmbeddedStore.open({ nquads: [NQUADS], standby: false });
  endpoint = await startEndpoint(store);
  limited = await startEndpoint(store, { maxRows: 3 });
});
afterAll(async () => {
  await endpoint.close();
  await limited.close();
  await store.close();
});

const post = (url: string, query: string) => fetch(url, {
  method: 'POST', body: new URLSearchParams({ query }),
  headers: { accept: 'application/sparql-results+json', 'content-type': 'application/x-www-form-urlencoded' },
});

describe('SPARQL JSON pass-through', () => {
  it('keeps the engine text of a SELECT, equal to re-encoding its decoded rows', async () => {
    const result = await store.query(QUERY, { timeoutMs: 5000 });
    expect(result.kind).toBe('bindings');
    const { json, variables, rows } = result as BindingsResult;
    expect(json).toBeDefined();
    expect(rows).toHaveLength(5);
    const reencoded = writeResultsJson({ kind: 'bindings', variables, rows });
    expect(JSON.parse(json!)).toEqual(JSON.parse(reencoded));
  });

  it('sends the engine text over HTTP, every term kind intact', async () => {
    const response = await post(endpoint.url, QUERY);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/sparql-results\+json/);
    const body = (await response.json()) as { head: { vars: string[] }; results: { bindings: Array<Record<string, Record<string, string>>> } };
    expect(body.head.vars).toEqual(['s', 'o', 'via', 'none']);
    const objects = body.results.bindings.map((row) => row.o);
    expect(objects).toContainEqual({ type: 'literal', value: '乙, "quoted"\n', 'xml:lang': 'zh-hans' });
    expect(objects).toContainEqual({ type: 'literal', value: '7', datatype: 'http://www.w3.org/2001/XMLSchema#integer' });
    const viaBlank = body.results.bindings.find((row) => row.s.type === 'bnode');
    expect(viaBlank?.via).toEqual({ type: 'uri', value: `${EX}c` });
    expect(body.results.bindings.every((row) => row.none === undefined)).toBe(true);
  });

  it('still refuses an answer over the row cap instead of cutting it', async () => {
    const response = await post(limited.url, QUERY);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/more than 3 rows/);
  });

  it('encodes rows when the store has no standard text (a remote store)', () => {
    const rows = [{ s: { termType: 'NamedNode', value: `${EX}a` } }] as unknown as BindingsResult['rows'];
    expect(JSON.parse(writeResultsJson({ kind: 'bindings', variables: ['s'], rows })))
      .toEqual({ head: { vars: ['s'] }, results: { bindings: [{ s: { type: 'uri', value: `${EX}a` } }] } });
  });
});
