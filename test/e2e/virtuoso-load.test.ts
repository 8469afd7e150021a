// End to end on a real Virtuoso: build 3 corpus pages → jiyao load → query through RemoteStore, reload, remove, serve.
import type { Quad } from '@rdfjs/types';
import { copyFile, mkdir, mkdtemp, readFile, rm, unlink } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { DataFactory } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerLoadCommand } from '../../src/cli/load-command.js';
import { createApp } from '../../src/http/app.js';
import { runBuild } from '../../src/publish/build.js';
import { loadDataset, type LoadSummary } from '../../src/publish/load-dataset.js';
import { EmbeddedStore } from '../../src/store/embedded-store.js';
import { RemoteStore } from '../../src/store/remote-store.js';
import type { QueryResult, Store } from '../../src/store/store.js';
import { JY, RDF } from '../../src/vocab/index.js';
import { freePort, startVirtuoso, type VirtuosoServer } from './virtuoso-server.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = path.resolve(repoRoot, '../shared/corpus/dev');
const PAGES = ['dev-01-xinbei-23.txt', 'dev-03-wujin-09.html', 'dev-11-kunshan-66.html'];
const BASE = 'http://jiyao.test/';
const GRAPH = (page: string): string => `${BASE}graph/${page}`;
const OPTIONS = { timeoutMs: 30_000 };
const MEETING_COUNT = `SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a <${JY.Meeting}> }`;
const CHAIRS = `SELECT ?m ?name WHERE { ?m a <${JY.Meeting}> ; <${JY.chair}> ?c . ?c <http://xmlns.com/foaf/0.1/name> ?name } ORDER BY ?m ?name`;

function values(result: QueryResult): string[][] {
  if (result.kind !== 'bindings') throw new Error(`expected bindings, got ${result.kind}`);
  return result.rows.map((row) => result.variables.map((name) => row[name]?.value ?? ''));
}

function triplesOf(result: QueryResult): Quad[] {
  if (result.kind !== 'quads') throw new Error(`expected quads, got ${result.kind}`);
  return result.quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
}

const graphQuery = (graph: string): string => `CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <${graph}> { ?s ?p ?o } }`;

describe('jiyao on Virtuoso: build → load → query → reload → serve', () => {
  let tmp: string, input: string, site: string;
  let virtuoso: VirtuosoServer;
  let remote: RemoteStore;
  let first: LoadSummary;

  const build = () => runBuild({ input, output: site, base: BASE, toolVersion: '0.0.0-test', workers: 1 });
  const load = () => loadDataset({ dataDir: site, store: { queryUrl: virtuoso.queryUrl, user: virtuoso.user, password: virtuoso.password } });
  const embedded = async (): Promise<EmbeddedStore> => EmbeddedStore.open({
    nquads: [gunzipSync(await readFile(path.join(site, 'downloads', 'jiyao.nq.gz'))).toString('utf8')], standby: false,
  });
  const withEmbedded = async <T>(use: (store: Store) => Promise<T>): Promise<T> => {
    const store = await embedded();
    try {
      return await use(store);
    } finally {
      await store.close();
    }
  };

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'jiyao-virtuoso-e2e-'));
    input = path.join(tmp, 'input');
    site = path.join(tmp, 'site');
    await mkdir(input, { recursive: true });
    for (const page of PAGES) await copyFile(path.join(CORPUS, page), path.join(input, page));
    await build();
    virtuoso = await startVirtuoso();
    first = await load();
    remote = new RemoteStore({ queryUrl: virtuoso.queryUrl, graphPrefix: `${BASE}graph/` });
  });
  afterAll(async () => {
    await remote?.close();
    await virtuoso?.stop();
    await rm(tmp, { recursive: true, force: true });
  });

  it('loads one graph per page and reports the triples sent', async () => {
    const manifest = JSON.parse(await readFile(path.join(site, 'manifest.json'), 'utf8')) as { sources: Array<{ triples: number }> };
    expect(first.graphsLoaded).toBe(PAGES.length);
    expect(first.graphsRemoved).toEqual([]);
    expect(first.triples).toBe(manifest.sources.reduce((sum, s) => sum + s.triples, 0));
    expect(await remote.listGraphs()).toEqual(PAGES.map(GRAPH).sort());
  });

  it('answers the meeting count, chair names and quad count as the embedded store does on the same dump', async () => {
    const expected = await withEmbedded(async (store) => ({
      meetings: values(await store.query(MEETING_COUNT, OPTIONS)),
      chairs: values(await store.query(CHAIRS, OPTIONS)),
      quads: await store.countQuads(),
    }));
    expect(expected.meetings).toEqual([[String(PAGES.length)]]);
    expect(expected.chairs.length).toBeGreaterThan(0);
    expect(values(await remote.query(MEETING_COUNT, OPTIONS))).toEqual(expected.meetings);
    expect(values(await remote.query(CHAIRS, OPTIONS))).toEqual(expected.chairs);
    expect(await remote.countQuads()).toBe(expected.quads);
  });

  it('holds each page graph isomorphic to the dump', async () => {
    for (const page of PAGES) {
      const expected = await withEmbedded(async (store) => triplesOf(await store.query(graphQuery(GRAPH(page)), OPTIONS)));
      expect(isomorphic(triplesOf(await remote.query(graphQuery(GRAPH(page)), OPTIONS)), expected), page).toBe(true);
    }
  });

  it('serves dereferencing and /sparql from the remote store', async () => {
    const [[meeting]] = values(await remote.query(`SELECT ?m WHERE { ?m a <${JY.Meeting}> } ORDER BY ?m LIMIT 1`, OPTIONS));
    const server: Server = createServer(createApp({ store: remote, dataDir: site, base: BASE }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
    try {
      const document = await fetch(`${origin}doc/${meeting.slice(`${BASE}id/`.length)}`, { headers: { accept: 'application/n-triples' } });
      expect(document.status).toBe(200);
      expect(await document.text()).toContain(`<${meeting}> <${RDF.type}> <${JY.Meeting}>`);
      const sparql = await fetch(`${origin}sparql`, {
        method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/sparql-results+json' },
        body: new URLSearchParams({ query: MEETING_COUNT }),
      });
      expect(sparql.status).toBe(200);
      const json = await sparql.json() as { results: { bindings: Array<{ n: { value: string } }> } };
      expect(json.results.bindings[0].n.value).toBe(String(PAGES.length));
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('answers 503 with Retry-After from /sparql and dereferencing when the store is down', async () => {
    const down = new RemoteStore({ queryUrl: `http://127.0.0.1:${await freePort()}/sparql` });
    const server: Server = createServer(createApp({ store: down, dataDir: site, base: BASE }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
    try {
      const sparql = await fetch(`${origin}sparql?query=${encodeURIComponent(MEETING_COUNT)}`);
      expect(sparql.status).toBe(503);
      expect(sparql.headers.get('retry-after')).toMatch(/^\d+$/);
      const document = await fetch(`${origin}doc/meeting/x`, { headers: { accept: 'text/turtle' } });
      expect(document.status).toBe(503);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('replaces a changed page\'s graph whole: the old triples are gone', async () => {
    const changed = GRAPH(PAGES[0]);
    const before = triplesOf(await remote.query(graphQuery(changed), OPTIONS));
    await copyFile(path.join(CORPUS, 'seed-tianning-56.txt'), path.join(input, PAGES[0]));
    await build();
    const summary = await load();
    expect(summary.graphsLoaded).toBe(PAGES.length);
    const after = triplesOf(await remote.query(graphQuery(changed), OPTIONS));
    const expected = await withEmbedded(async (store) => triplesOf(await store.query(graphQuery(changed), OPTIONS)));
    expect(isomorphic(after, expected)).toBe(true);
    expect(isomorphic(after, before)).toBe(false);
    const oldMeeting = before.find((q) => q.predicate.value === RDF.type && q.object.value === JY.Meeting)!.subject.value;
    const askOld = await remote.query(`ASK { GRAPH <${changed}> { <${oldMeeting}> ?p ?o } }`, OPTIONS);
    expect(askOld).toEqual({ kind: 'boolean', value: false });
  });

  it('removes the graph of a page removed from the corpus', async () => {
    const removed = GRAPH(PAGES[1]);
    await unlink(path.join(input, PAGES[1]));
    await build();
    const summary = await load();
    expect(summary.graphsRemoved).toEqual([removed]);
    expect(await remote.query(`ASK { GRAPH <${removed}> { ?s ?p ?o } }`, OPTIONS)).toEqual({ kind: 'boolean', value: false });
    expect(await remote.listGraphs()).toEqual([GRAPH(PAGES[0]), GRAPH(PAGES[2])].sort());
    expect(await remote.countQuads()).toBe(await withEmbedded((store) => store.countQuads()));
  });

  it('runs as `jiyao load`: a one-screen summary, and a one-line error for refused credentials', async () => {
    const run = async (...args: string[]): Promise<string> => {
      const program = new Command().exitOverride();
      registerLoadCommand(program, { code: 0 });
      const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      try {
        await program.parseAsync(['node', 'jiyao', 'load', '--data', site, '--store', virtuoso.queryUrl, ...args]);
        return write.mock.calls.map(([chunk]) => String(chunk)).join('');
      } finally {
        write.mockRestore();
      }
    };
    const output = await run('--user', virtuoso.user, '--password', virtuoso.password);
    expect(output).toContain(`loaded into ${new URL('/sparql-graph-crud-auth', virtuoso.queryUrl).href}`);
    expect(output).toMatch(/graphs loaded +2\n +graphs removed +0\n/);
    await expect(run('--user', virtuoso.user, '--password', 'wrong')).rejects.toThrow(
      /^PUT http:\/\/jiyao\.test\/graph\/\S+: the graph store asks for authentication \(the user name or password was refused\)$/);
  });
});
