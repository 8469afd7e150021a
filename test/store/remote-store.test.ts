// RemoteStore's quad count and graph list against a fake SPARQL endpoint that only knows how many quads each graph holds.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GRAPH_COUNTS_QUERY } from '../../src/store/graph-counts.js';
import { RemoteStore } from '../../src/store/remote-store.js';
import { StoreUnavailableError } from '../../src/store/store.js';

const PREFIX = 'http://jiyao.test/graph/';

/** What the endpoint holds: quads per graph, the dataset's and others around it (Virtuoso's own, look-alike prefixes). */
const GRAPHS: Record<string, number> = {
  [`${PREFIX}b.txt`]: 7,
  [`${PREFIX}a.txt`]: 5,
  [`${PREFIX}sub/c.html`]: 11,
  'http://www.openlinksw.com/schemas/virtrdf#': 2500,
  'http://jiyao.test/graph-old/a.txt': 13,
  'http://jiyao.test/graph': 17,
  'http://other.test/graph/a.txt': 19,
};

/**
 * A SPARQL endpoint answering the per-graph count from a table, as Virtuoso does (counts as xsd:integer literals).
 * Any other query is a 400, so a query of another shape fails the test. `answer` overrides the table (errors, bad counts).
 */
function fakeEndpoint(state: { queries: string[]; answer?: { status: number; body: string } }): Server {
  return createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => {
      const query = new URLSearchParams(body).get('query') ?? '';
      state.queries.push(query);
      if (state.answer) return void res.writeHead(state.answer.status, { 'content-type': 'application/sparql-results+json' }).end(state.answer.body);
      if (query.trim() !== GRAPH_COUNTS_QUERY) return void res.writeHead(400, { 'content-type': 'text/plain' }).end(`the fake endpoint cannot run ${query}`);
      const integer = (n: number) => ({ type: 'typed-literal', datatype: 'http://www.w3.org/2001/XMLSchema#integer', value: String(n) });
      const bindings = Object.entries(GRAPHS).map(([g, n]) => ({ g: { type: 'uri', value: g }, n: integer(n) }));
      res.writeHead(200, { 'content-type': 'application/sparql-results+json' }).end(JSON.stringify({ head: { vars: ['g', 'n'] }, results: { bindings } }));
    });
  });
}

describe('RemoteStore counts and lists graphs with one GROUP BY, filtering the prefix itself', () => {
  const state: { queries: string[]; answer?: { status: number; body: string } } = { queries: [] };
  let server: Server, queryUrl: string;
  beforeAll(async () => {
    server = fakeEndpoint(state);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    queryUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/sparql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    state.queries = [];
    state.answer = undefined;
  });

  it('counts only the quads of graphs under the prefix', async () => {
    const store = new RemoteStore({ queryUrl, graphPrefix: PREFIX });
    expect(await store.countQuads()).toBe(5 + 7 + 11);
    expect(state.queries.map((query) => query.trim())).toEqual([GRAPH_COUNTS_QUERY]);
  });

  it('lists the graphs under the prefix, sorted, and none of those beside it', async () => {
    const store = new RemoteStore({ queryUrl, graphPrefix: PREFIX });
    expect(await store.listGraphs()).toEqual([`${PREFIX}a.txt`, `${PREFIX}b.txt`, `${PREFIX}sub/c.html`]);
  });

  it('counts and lists every graph without a prefix', async () => {
    const store = new RemoteStore({ queryUrl });
    expect(await store.countQuads()).toBe(Object.values(GRAPHS).reduce((sum, n) => sum + n, 0));
    expect(await store.listGraphs()).toEqual(Object.keys(GRAPHS).sort());
  });

  it('is empty when no graph lies under the prefix', async () => {
    const store = new RemoteStore({ queryUrl, graphPrefix: 'http://nothing.test/graph/' });
    expect(await store.countQuads()).toBe(0);
    expect(await store.listGraphs()).toEqual([]);
  });

  it('refuses an answer without a number for a graph, and a failing endpoint, as unavailable', async () => {
    const store = new RemoteStore({ queryUrl, graphPrefix: PREFIX });
    const bindings = [{ g: { type: 'uri', value: `${PREFIX}a.txt` }, n: { type: 'literal', value: 'many' } }];
    state.answer = { status: 200, body: JSON.stringify({ head: { vars: ['g', 'n'] }, results: { bindings } }) };
    await expect(store.countQuads()).rejects.toThrow(new StoreUnavailableError(`the store did not answer a quad count for ${PREFIX}a.txt`));
    state.answer = { status: 503, body: 'busy' };
    await expect(store.listGraphs()).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
