// Protocol checklist of the SPARQL endpoint (names after oxigraph's server tests), over a real server on port 0.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { EmbeddedStore } from '../../src/store/embedded-store.js';
import { startEndpoint, type RunningEndpoint } from '../w3c/endpoint.js';

const EX = 'http://example.org/';
const NQUADS = `<${EX}a> <${EX}p> "甲" <${EX}page1> .
<${EX}b> <${EX}p> "乙, \\"quoted\\""@zh <${EX}page2> .
<${EX}b> <${EX}n> "7"^^<http://www.w3.org/2001/XMLSchema#integer> <${EX}page2> .
`;
/** 200 triples: a four-way cross product over them runs for a very long time. */
const BIG = Array.from({ length: 200 }, (_, i) => `<${EX}s${i}> <${EX}m> "${i}" <${EX}big> .`).join('\n');

let store: EmbeddedStore;
let endpoint: RunningEndpoint;
let limited: RunningEndpoint;

beforeAll(async () => {
  store = await EmbeddedStore.open({ nquads: [NQUADS, BIG] });
  endpoint = await startEndpoint(store);
  limited = await startEndpoint(store, { timeoutMs: 50, maxRows: 5, maxBodyBytes: 200 });
});
afterAll(async () => {
  await endpoint.close();
  await limited.close();
  await store.close();
});

const get = (query: string, accept?: string, base = endpoint.url) =>
  fetch(`${base}?query=${encodeURIComponent(query)}`, { headers: accept ? { accept } : {} });
const postQuery = (query: string, base = endpoint.url) =>
  fetch(base, { method: 'POST', headers: { 'content-type': 'application/sparql-query' }, body: query });

describe('SPARQL protocol checklist', () => {
  it('get_query_accept_star', async () => {
    const response = await get(`SELECT ?o WHERE { <${EX}a> <${EX}p> ?o }`, '*/*');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/sparql-results\+json/);
    expect(response.headers.get('vary')).toMatch(/Accept/);
    const body = await response.json();
    expect(body).toEqual({ head: { vars: ['o'] }, results: { bindings: [{ o: { type: 'literal', value: '甲' } }] } });
  });

  it('post_form_query', async () => {
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/sparql-results+xml' },
      body: new URLSearchParams({ query: `ASK { <${EX}b> ?p ?o }` }),
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<boolean>true</boolean>');
  });

  it('post_bad_query', async () => {
    const response = await postQuery('SELECT * WHERE {');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/syntax/);
    expect(text).not.toMatch(/\n\s+at /);
  });

  it('post_update_refused', async () => {
    const direct = await fetch(endpoint.url, {
      method: 'POST', headers: { 'content-type': 'application/sparql-update' }, body: 'CLEAR ALL',
    });
    expect(direct.status).toBe(403);
    const form = await fetch(endpoint.url, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ update: 'CLEAR ALL' }),
    });
    expect(form.status).toBe(403);
    const disguised = await postQuery(`INSERT DATA { <${EX}x> <${EX}y> <${EX}z> }`);
    expect(disguised.status).toBe(403);
    expect(await (await get(`ASK { <${EX}x> ?p ?o }`)).json()).toEqual({ head: {}, boolean: false });
  });

  it('load_refused', async () => {
    const response = await postQuery('LOAD <http://example.org/remote.ttl>');
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/LOAD/);
  });

  it('service_refused', async () => {
    const nested = `SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }`;
    const response = await get(nested);
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/SERVICE/);
  });

  it('two_queries_400', async () => {
    const response = await fetch(`${endpoint.url}?query=ASK%7B%7D&query=ASK%7B%7D`);
    expect(response.status).toBe(400);
  });

  it('timeout_is_503_and_server_still_answers', async () => {
    const response = await get('SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }', undefined, limited.url);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    const ask = await get('ASK {}');
    expect(await ask.json()).toEqual({ head: {}, boolean: true });
  });

  it('result_too_large_400', async () => {
    const response = await get(`SELECT * WHERE { ?s <${EX}m> ?o }`, undefined, limited.url);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/more than 5 rows/);
  });

  it('accept_csv', async () => {
    const response = await get(`SELECT ?s ?o ?none WHERE { ?s <${EX}p> ?o OPTIONAL { ?s <${EX}zz> ?none } } ORDER BY ?s`, 'text/csv');
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await response.text()).toBe(`s,o,none\r\n${EX}a,甲,\r\n${EX}b,"乙, ""quoted""",\r\n`);
  });

  it('accept_tsv', async () => {
    const response = await get(`SELECT ?o WHERE { <${EX}b> ?p ?o } ORDER BY ?o`, 'text/tab-separated-values');
    expect(response.headers.get('content-type')).toMatch(/^text\/tab-separated-values/);
    expect(await response.text()).toBe(`?o\n"7"^^<http://www.w3.org/2001/XMLSchema#integer>\n"乙, \\"quoted\\""@zh\n`);
  });

  it('construct_negotiated_with_q_values', async () => {
    const query = `CONSTRUCT WHERE { <${EX}b> ?p ?o }`;
    const response = await get(query, 'text/turtle;q=0.5, application/n-triples;q=0.9, application/ld+json;q=0.1');
    expect(response.headers.get('content-type')).toMatch(/^application\/n-triples/);
    expect(new Parser().parse(await response.text())).toHaveLength(2);
    const jsonld = (await (await get(query, 'application/ld+json')).json()) as Record<string, unknown>;
    expect(jsonld['@id']).toBe(`${EX}b`);
    const rdfxml = await (await get(query, 'application/rdf+xml')).text();
    expect(rdfxml).toContain('rdf:RDF');
  });

  it('not_acceptable_406', async () => {
    const response = await get('ASK {}', 'text/csv');
    expect(response.status).toBe(406);
    expect(await response.text()).toContain('application/sparql-results+json');
  });

  it('cors_preflight', async () => {
    const response = await fetch(endpoint.url, {
      method: 'OPTIONS',
      headers: { origin: 'http://elsewhere.example', 'access-control-request-method': 'POST' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect((await get('SELECT * {')).headers.get('access-control-allow-origin')).toBe('*');
  });

  it('body_too_large_413', async () => {
    const response = await postQuery(`ASK { ?s ?p "${'x'.repeat(500)}" }`, limited.url);
    expect(response.status).toBe(413);
  });

  it('method_not_allowed_405', async () => {
    const response = await fetch(endpoint.url, { method: 'PUT' });
    expect(response.status).toBe(405);
  });

  it('default_graph_is_union', async () => {
    const both = await get(`SELECT ?s WHERE { ?s <${EX}p> ?o } ORDER BY ?s`);
    const rows = ((await both.json()) as { results: { bindings: Array<{ s: { value: string } }> } }).results.bindings.map((row: { s: { value: string } }) => row.s.value);
    expect(rows).toEqual([`${EX}a`, `${EX}b`]);
    const onlyPage1 = await fetch(`${endpoint.url}?query=${encodeURIComponent(`ASK { <${EX}b> ?p ?o }`)}` +
      `&default-graph-uri=${encodeURIComponent(`${EX}page1`)}`);
    expect(await onlyPage1.json()).toEqual({ head: {}, boolean: false });
  });

  it('service_description', async () => {
    const response = await fetch(endpoint.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/turtle/);
    const quads = new Parser({ baseIRI: endpoint.url }).parse(await response.text());
    const objects = quads.map((q) => q.object.value);
    expect(objects).toContain('http://www.w3.org/ns/sparql-service-description#UnionDefaultGraph');
    expect(objects).toContain('http://www.w3.org/ns/sparql-service-description#SPARQL11Query');
    expect(objects).toContain(endpoint.url);
    expect(quads.find((q) => q.predicate.value.endsWith('#maxResultRows'))?.object.value).toBe('100000');
  });
});
