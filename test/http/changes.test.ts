// /changes and /graph/{key} on a real server over datasets built three times (change, add, remove; then retention).
import { appendFile, copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomUtils, parseDocument, parseFeed } from 'htmlparser2';
import jsonld from 'jsonld';
import { isomorphic } from 'rdf-isomorphic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/http/server.js';
import { runBuild, type BuildSummary } from '../../src/publish/build.js';
import { readChangeLog } from '../../src/publish/change-log.js';
import { graphIriFor } from '../../src/publish/graph-key.js';
import { graphFilePath } from '../../src/publish/incremental.js';
import { EmbeddedStore } from '../../src/store/embedded-store.js';
import { parseRdf, triplesOf } from '../publish/dataset-files.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const devCorpus = path.resolve(repoRoot, '../shared/corpus/dev');
const BASE = 'https://data.example.org/jiyao/';
const CHANGED = 'dev-01-xinbei-23.txt', ADDED = 'dev-11-kunshan-66.html', REMOVED = 'dev-03-wujin-09.html', KEPT = 'seed-tianning-56.txt';
const AS = 'https://www.w3.org/ns/activitystreams#';

let tmp: string, site: string, server: RunningServer, store: EmbeddedStore;
const builds: BuildSummary[] = [];
const graph = (file: string) => graphIriFor(BASE, file);
const buildId = (n: number) => builds[n].incremental!.buildId;

async function get(pathAndQuery: string, accept?: string): Promise<Response> {
  return fetch(new URL(pathAndQuery, server.url), { headers: accept ? { accept } : {} });
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'jiyao-changes-'));
  const input = path.join(tmp, 'input');
  site = path.join(tmp, 'site');
  await mkdir(input);
  for (const page of [KEPT, CHANGED, REMOVED]) await copyFile(path.join(devCorpus, page), path.join(input, page));
  const build = async (now: string, retention?: { builds: number }) => builds.push(await runBuild({
    input, output: site, base: BASE, toolVersion: '0.0.0-test', workers: 1, now: () => new Date(now),
    ...(retention ? { changeLogRetention: retention } : {}),
  }));
  await build('2024-01-01T00:00:00.000Z');
  await appendFile(path.join(input, CHANGED), '\n');
  await copyFile(path.join(devCorpus, ADDED), path.join(input, ADDED));
  await rm(path.join(input, REMOVED));
  await build('2024-02-01T00:00:00.000Z');
  await build('2024-03-01T00:00:00.000Z', { builds: 2 });
  store = await EmbeddedStore.open({ nquads: [], standby: false });
  server = await startServer({ dataDir: site, port: 0, host: '127.0.0.1', store });
}, 180_000);

afterAll(async () => {
  await server?.close();
  await store?.close();
  await rm(tmp, { recursive: true, force: true });
});

interface JsonChange { buildId: string; kind: string; graph: string; sha256?: string; href: string }

describe('GET /changes', () => {
  it('answers JSON by default with the graphs changed after a timestamp', async () => {
    const response = await get('/changes?since=2024-01-15T00:00:00Z');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await response.json() as { changes: JsonChange[]; latestBuild: { buildId: string }; next?: string };
    expect(body.changes.map((c) => [c.kind, c.graph, c.buildId])).toEqual([
      ['added', graph(ADDED), buildId(1)], ['replaced', graph(CHANGED), buildId(1)], ['removed', graph(REMOVED), buildId(1)],
    ]);
    expect(body.latestBuild.buildId).toBe(buildId(2));
    expect(body.next).toBeUndefined();
    const log = await readChangeLog(site, null);
    expect(body.changes[0].sha256).toBe(log.entries[0].sha256[graph(ADDED)]);
  });

  it('takes a build id as since, and gives nothing after the latest build', async () => {
    const after1 = await (await get(`/changes?since=${buildId(1)}`)).json() as { changes: JsonChange[] };
    expect(after1.changes).toEqual([]);
    const afterHorizon = await (await get(`/changes?since=${buildId(0)}`)).json() as { changes: JsonChange[] };
    expect(afterHorizon.changes).toHaveLength(3);
  });

  it('answers ActivityStreams 2.0 JSON-LD that expands offline to Create, Update and Delete of graph IRIs', async () => {
    const response = await get('/changes?since=2024-01-15T00:00:00Z', 'application/ld+json');
    expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const [page] = await jsonld.expand(await response.json() as object) as Array<Record<string, any>>;
    expect(page['@type']).toEqual([`${AS}OrderedCollectionPage`]);
    const items = page[`${AS}items`][0]['@list'] as Array<Record<string, any>>;
    expect(items.map((a) => [a['@type'][0], a[`${AS}object`][0]['@id']])).toEqual([
      [`${AS}Create`, graph(ADDED)], [`${AS}Update`, graph(CHANGED)], [`${AS}Delete`, graph(REMOVED)],
    ]);
    expect(items[0][`${AS}published`][0]).toEqual({ '@value': '2024-02-01T00:00:00.000Z', '@type': 'http://www.w3.org/2001/XMLSchema#dateTime' });
  });

  it('answers an Atom feed that parses as XML', async () => {
    const response = await get('/changes?since=2024-01-15T00:00:00Z', 'application/atom+xml');
    expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const text = await response.text();
    const root = parseDocument(text, { xmlMode: true });
    const feed = DomUtils.findOne((e) => e.name === 'feed', root.children)!;
    expect(feed.attribs.xmlns).toBe('http://www.w3.org/2005/Atom');
    const entries = DomUtils.getElementsByTagName('entry', feed);
    const terms = entries.map((e) => DomUtils.getElementsByTagName('category', e)[0].attribs.term);
    expect(terms).toEqual(['added', 'replaced', 'removed']);
    const parsed = parseFeed(text, { xmlMode: true })!;
    expect(parsed.type).toBe('atom');
    expect(parsed.items.map((item) => item.link)).toEqual([ADDED, CHANGED, REMOVED].map((f) => new URL(`graph/${encodeURIComponent(f)}`, server.url).href));
  });

  it('pages with next links when there are many changes', async () => {
    const seen: string[] = [];
    let next: string | undefined = '/changes?since=2024-01-15T00:00:00Z&limit=1';
    let pages = 0;
    while (next !== undefined) {
      const body = await (await get(next)).json() as { changes: JsonChange[]; next?: string };
      seen.push(...body.changes.map((c) => c.graph));
      next = body.next;
      pages++;
    }
    expect(seen).toEqual([graph(ADDED), graph(CHANGED), graph(REMOVED)]);
    expect(pages).toBe(3);
  });

  it('answers 410 with the dump to start over from when since is older than the retained log', async () => {
    for (const since of ['2023-12-31T00:00:00Z', '20230101T000000000Z-0123abcd']) {
      const response = await get(`/changes?since=${since}`);
      expect(response.status).toBe(410);
      expect(response.headers.get('link')).toMatch(/downloads\/jiyao\.nq\.gz>; rel="related"/);
      const body = await response.json() as { dump: string; latestBuild: { buildId: string } };
      expect(body.dump).toMatch(/\/downloads\/jiyao\.nq\.gz$/);
      expect(body.latestBuild.buildId).toBe(buildId(2));
    }
  });

  it('answers 400 to a malformed since and 406 to a format it does not offer', async () => {
    for (const since of ['yesterday', '2024-13-45', '2024-01-01T00:00', '']) {
      expect((await get(`/changes?since=${encodeURIComponent(since)}`)).status, since).toBe(400);
    }
    expect((await get('/changes?since=2024-01-01&since=2024-02-01')).status).toBe(400);
    expect((await get('/changes?limit=0')).status).toBe(400);
    expect((await get('/changes', 'image/png')).status).toBe(406);
  });
});

describe('GET /graph/{key}', () => {
  it('serves the page graph as N-Quads, byte for byte the file the change log hashes', async () => {
    const response = await get(`/graph/${encodeURIComponent(CHANGED)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/n-quads/);
    expect(await response.text()).toBe(await readFile(graphFilePath(site, CHANGED), 'utf8'));
  });

  it('serves the same triples as Turtle', async () => {
    const turtle = await (await get(`/graph/${encodeURIComponent(KEPT)}`, 'text/turtle')).text();
    const expected = parseRdf(await readFile(graphFilePath(site, KEPT), 'utf8'), 'N-Quads');
    expect(expected.length).toBeGreaterThan(0);
    expect(isomorphic(parseRdf(turtle, 'Turtle'), triplesOf(expected))).toBe(true);
  });

  it('answers 410 for a removed graph and 404 for one that never was or an escape attempt', async () => {
    expect((await get(`/graph/${encodeURIComponent(REMOVED)}`)).status).toBe(410);
    expect((await get('/graph/never-here.txt')).status).toBe(404);
    expect((await get('/graph/..%2Fmanifest.json')).status).toBe(404);
  });
});
