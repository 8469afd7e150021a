// End to end on a real Virtuoso: `jiyao load --bulk` (ld_dir + rdf_loader_run through isql-vt) → the store matches the manifest.
import type { Quad } from '@rdfjs/types';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Command } from 'commander';
import { DataFactory, Parser } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerLoadCommand } from '../../src/cli/load-command.js';
import { bulkLoadDataset } from '../../src/publish/bulk-load.js';
import { runBuild } from '../../src/publish/build.js';
import type { LoadSummary } from '../../src/publish/load-dataset.js';
import type { Manifest } from '../../src/publish/manifest.js';
import { GraphStoreClient } from '../../src/store/graph-store-client.js';
import { RemoteStore } from '../../src/store/remote-store.js';
import type { QueryResult } from '../../src/store/store.js';
import { runIsql } from '../../src/store/virtuoso-isql.js';
import { startVirtuoso, type VirtuosoServer } from './virtuoso-server.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = path.resolve(repoRoot, '../shared/corpus/dev');
const PAGES = ['dev-01-xinbei-23.txt', 'dev-03-wujin-09.html', 'dev-11-kunshan-66.html', 'dev-04-jiangyin-17-gbk.html'];
const BASE = 'http://jiyao.test/';
const PREFIX = `${BASE}graph/`;
const OPTIONS = { timeoutMs: 60_000 };
/** Quads per graph under the dataset's prefix, as the store counts them. */
const COUNTS_PER_GRAPH = `SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "${PREFIX}")) } GROUP BY ?g`;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Matches an error whose whole message is `message`. */
const exactly = (message: string): RegExp => new RegExp(`^${escapeRegExp(message)}$`);

function countsOf(result: QueryResult): Record<string, number> {
  if (result.kind !== 'bindings') throw new Error(`expected bindings, got ${result.kind}`);
  return Object.fromEntries(result.rows.map((row) => [row.g.value, Number(row.n.value)]));
}

function triplesOf(result: QueryResult): Quad[] {
  if (result.kind !== 'quads') throw new Error(`expected quads, got ${result.kind}`);
  return result.quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
}

describe('jiyao load --bulk on Virtuoso', () => {
  let tmp: string, site: string;
  let virtuoso: VirtuosoServer;
  let remote: RemoteStore;
  let manifest: Manifest;
  let first: LoadSummary;
  const isql = () => ({ host: '127.0.0.1', port: virtuoso.sqlPort, user: virtuoso.user, password: virtuoso.password });
  const bulkLoad = (dataDir = site) => bulkLoadDataset({ dataDir, queryUrl: virtuoso.queryUrl, isql: isql() });
  /** The manifest's quads per page graph (converted pages with quads). */
  const manifestCounts = (): Record<string, number> =>
    Object.fromEntries(manifest.sources.filter((s) => s.status === 'converted' && s.triples > 0).map((s) => [s.graph, s.triples]));

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'jiyao-bulk-e2e-'));
    const input = path.join(tmp, 'input');
    site = path.join(tmp, 'site');
    await mkdir(input, { recursive: true });
    for (const page of PAGES) await copyFile(path.join(CORPUS, page), path.join(input, page));
    await runBuild({ input, output: site, base: BASE, toolVersion: '0.0.0-test', workers: 1 });
    manifest = JSON.parse(await readFile(path.join(site, 'manifest.json'), 'utf8')) as Manifest;
    virtuoso = await startVirtuoso({ dirsAllowed: [tmp] });
    remote = new RemoteStore({ queryUrl: virtuoso.queryUrl, graphPrefix: PREFIX });
    first = await bulkLoad();
  });
  afterAll(async () => {
    await remote?.close();
    await virtuoso?.stop();
    await rm(tmp, { recursive: true, force: true });
  });

  it('loads every page graph with the quad count the manifest lists', async () => {
    const expected = manifestCounts();
    expect(Object.keys(expected)).toHaveLength(PAGES.length);
    expect(countsOf(await remote.query(COUNTS_PER_GRAPH, OPTIONS))).toEqual(expected);
    expect(await remote.countQuads()).toBe(Object.values(expected).reduce((a, b) => a + b, 0));
    expect(first).toMatchObject({ method: 'bulk-loader', target: `127.0.0.1:${virtuoso.sqlPort}`, graphsLoaded: PAGES.length, graphsRemoved: [] });
    expect(first.triples).toBe(await remote.countQuads());
  });

  it('holds each page graph isomorphic to that graph in the dump', async () => {
    const dump = new Parser({ format: 'application/n-quads' }).parse(gunzipSync(await readFile(path.join(site, 'downloads', 'jiyao.nq.gz'))).toString('utf8'));
    for (const graph of Object.keys(manifestCounts())) {
      const expected = dump.filter((q) => q.graph.value === graph).map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
      const loaded = triplesOf(await remote.query(`CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <${graph}> { ?s ?p ?o } }`, OPTIONS));
      expect(isomorphic(loaded, expected), graph).toBe(true);
    }
  });

  it('reloads into a store that holds the graphs: clears them first, removes stale page graphs, leaves other graphs alone', async () => {
    const graphStore = new GraphStoreClient({ graphStoreUrl: virtuoso.graphStoreUrl, credentials: { user: virtuoso.user, password: virtuoso.password } });
    const stale = `${PREFIX}removed-page.txt`;
    const other = 'http://other.example/graph/kept';
    const [loadedGraph] = Object.keys(manifestCounts());
    await graphStore.putGraph(stale, '<http://x.test/s> <http://x.test/p> "gone" .\n');
    await graphStore.putGraph(other, '<http://x.test/s> <http://x.test/p> "kept" .\n');
    // An extra triple in a page graph: a reload that did not clear the graph first would keep it.
    const extra = '<http://x.test/s> <http://x.test/p> "left over" .\n';
    await graphStore.putGraph(loadedGraph, extra);
    const summary = await bulkLoad();
    expect(summary.graphsRemoved).toEqual([stale]);
    expect(countsOf(await remote.query(COUNTS_PER_GRAPH, OPTIONS))).toEqual(manifestCounts());
    expect(await remote.query(`ASK { GRAPH <${loadedGraph}> { <http://x.test/s> ?p ?o } }`, OPTIONS)).toEqual({ kind: 'boolean', value: false });
    expect(await remote.query(`ASK { GRAPH <${other}> { <http://x.test/s> ?p "kept" } }`, OPTIONS)).toEqual({ kind: 'boolean', value: true });
    await graphStore.deleteGraph(other);
  });

  it('fails loudly on a dump the loader cannot parse, and leaves no row in DB.DBA.LOAD_LIST', async () => {
    const broken = path.join(tmp, 'broken');
    await cp(site, broken, { recursive: true });
    const lines = gunzipSync(await readFile(path.join(site, 'downloads', 'jiyao.nq.gz'))).toString('utf8').split('\n');
    lines.splice(100, 0, `<http://x.test/s> <http://x.test/p> "unterminated <${PREFIX}x> .`);
    const dump = path.join(broken, 'downloads', 'jiyao.nq.gz');
    await writeFile(dump, gzipSync(lines.join('\n')));
    await expect(bulkLoad(broken)).rejects.toThrow(new RegExp(
      `^${escapeRegExp(`Virtuoso's bulk loader failed on ${dump}: 37000 `)}.*SP029: NQuads RDF loader, line \\d+: .*\\(quads read before the error stay loaded\\)$`));
    const rows = await runIsql(isql(), "SELECT sprintf('ROWS %d', count(*)) FROM DB.DBA.LOAD_LIST WHERE ll_state < 2 OR ll_file LIKE '%/broken/%';");
    expect(rows.filter((line) => line.startsWith('ROWS '))).toEqual(['ROWS 0']);
    await bulkLoad();
    expect(countsOf(await remote.query(COUNTS_PER_GRAPH, OPTIONS))).toEqual(manifestCounts());
  });

  describe('as `jiyao load --bulk`', () => {
    const run = async (dataDir: string, ...args: string[]): Promise<string> => {
      const program = new Command().exitOverride();
      registerLoadCommand(program, { code: 0 });
      const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      const progress = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
      try {
        await program.parseAsync(['node', 'jiyao', 'load', '--data', dataDir, '--store', virtuoso.queryUrl, '--bulk', ...args]);
        return write.mock.calls.map(([chunk]) => String(chunk)).join('');
      } finally {
        write.mockRestore();
        progress.mockRestore();
      }
    };
    const account = (): string[] => ['--user', virtuoso.user, '--password', virtuoso.password, '--isql-port', String(virtuoso.sqlPort)];

    it('prints the one-screen summary', async () => {
      const output = await run(site, ...account());
      expect(output).toContain(`loaded into 127.0.0.1:${virtuoso.sqlPort} with Virtuoso's bulk loader\n`);
      expect(output).toMatch(new RegExp(`graphs loaded +${PAGES.length}\\n +graphs removed +0\\n +triples +${first.triples} \\(\\d+ triples/s\\)\\n`));
    });

    it('refuses bad settings with one line each, before touching the store', async () => {
      const before = await remote.countQuads();
      await expect(run(site, '--user', virtuoso.user, '--password', 'wrong', '--isql-port', String(virtuoso.sqlPort))).rejects.toThrow(
        exactly(`Virtuoso at 127.0.0.1:${virtuoso.sqlPort} refused user "dba" (CL034: Bad login): check the user name and password`));
      await expect(run(site, ...account(), '--isql-path', path.join(tmp, 'no-isql'))).rejects.toThrow(
        exactly(`cannot run ${path.join(tmp, 'no-isql')} (not found): install Debian's virtuoso-opensource package, or name Virtuoso's isql program`));
      // /var/tmp, unlike /tmp, is outside what this Virtuoso may read.
      const outside = await mkdtemp('/var/tmp/jiyao-bulk-e2e-');
      try {
        await cp(site, outside, { recursive: true });
        await expect(run(outside, ...account())).rejects.toThrow(exactly(
          `Virtuoso may not read ${outside}/downloads: add it to DirsAllowed in [Parameters] of virtuoso.ini and restart Virtuoso`));
      } finally {
        await rm(outside, { recursive: true, force: true });
      }
      await expect(run(site, ...account(), '--concurrency', '8')).rejects.toThrow(exactly('--concurrency is not used with --bulk'));
      await expect(run(site)).rejects.toThrow(/^--bulk needs --user and --password/);
      expect(await remote.countQuads()).toBe(before);
    });
  });
});
