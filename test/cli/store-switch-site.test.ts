// A store switch (`serve --store-file` + SIGHUP) after a rebuild also switches what the server read from the dataset
// folder: VoID, the downloads listing's date, the search index; a refused switch keeps the build served before.
import type { Quad } from '@rdfjs/types';
import { copyFile, mkdir, mkdtemp, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Parser } from 'n3';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatasetSnapshot } from '../../src/cli/dataset-snapshot.js';
import { StoreFileWatcher } from '../../src/cli/store-file.js';
import { LiveSite } from '../../src/http/live-site.js';
import { startServer, type RunningServer } from '../../src/http/server.js';
import { runBuild } from '../../src/publish/build.js';
import { EmbeddedStore } from '../../src/store/embedded-store.js';
import type { Store } from '../../src/store/store.js';
import { SwitchableStore } from '../../src/store/switchable-store.js';

const SAMPLES = fileURLToPath(new URL('../../data/', import.meta.url));
const BASE = 'https://data.example.org/jiyao/';
const VOID_TRIPLES = 'http://rdfs.org/ns/void#triples';
/** The first build has both pages; the second drops the Anji one (a page withdrawn from the corpus). */
const [SEED, ANJI] = ['seed-tianning-56.txt', 'anji-5-104-term-session.txt'];
/** 安吉 (Anji county) appears only in the page the second build drops. */
const ONLY_IN_FIRST_BUILD = '安吉';
const [BLUE, GREEN, RED] = ['http://blue.test/sparql', 'http://green.test/sparql', 'http://red.test/sparql'];
/** The server's request time-out: a replaced build's search index is closed this long after the switch. */
const TIMEOUT_MS = 1_500;

/** What this process's open file descriptors point at, of the search index files (Linux). */
async function openSearchIndexes(): Promise<string[]> {
  const links = await Promise.all((await readdir('/proc/self/fd')).map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')));
  return links.filter((link) => link.includes('index.sqlite'));
}

let tmp: string, input: string, dataDir: string, storeFile: string;
let server: RunningServer, store: SwitchableStore, site: LiveSite, reloads: StoreFileWatcher;
const logLines: string[] = [];
/** The dump each build wrote, loaded into an embedded store: what `jiyao load` would have put into blue and green. */
const dumps: Record<string, string> = {};

/** Builds exactly `pages` into the served folder, as an operator's `jiyao build --output DIR` does; keeps its dump. */
async function build(pages: string[], url: string): Promise<void> {
  await rm(input, { recursive: true, force: true });
  await mkdir(input);
  for (const page of pages) await copyFile(path.join(SAMPLES, page), path.join(input, page));
  await runBuild({ input, output: dataDir, base: BASE, toolVersion: '0.0.0-test', workers: 1 });
  dumps[url] = path.join(tmp, `${new URL(url).hostname}.nq.gz`);
  await copyFile(path.join(dataDir, 'downloads', 'jiyao.nq.gz'), dumps[url]);
}

const openDump = (url: string): Promise<Store> =>
  EmbeddedStore.open({ sources: [{ path: dumps[url], format: 'application/n-quads' }], standby: false });

/** What `serve --store-file` sets up: the watcher SIGHUP calls, switching `store` and `site` together. */
function watcher(): StoreFileWatcher {
  const sink = new Writable({ write(chunk, _encoding, done) {
    logLines.push(...String(chunk).trim().split('\n').map((line) => (JSON.parse(line) as { msg: string }).msg));
    done();
  } });
  return new StoreFileWatcher({ file: storeFile, dataDir, store, site, servingUrl: BLUE, logger: pino(sink), openStore: async (url) => openDump(url) });
}

/** The void:triples of the VoID description served now. */
async function servedVoidTriples(): Promise<number[]> {
  const response = await fetch(`${server.url}.well-known/void`, { headers: { accept: 'application/n-triples' } });
  expect(response.status).toBe(200);
  const quads: Quad[] = new Parser({ format: 'application/n-triples' }).parse(await response.text());
  return quads.filter((quad) => quad.predicate.value === VOID_TRIPLES).map((quad) => Number(quad.object.value));
}

/** The dataset's triple count as the folder's manifest.json says now. */
const manifestTriples = async (): Promise<number> => (JSON.parse(await readFile(path.join(dataDir, 'manifest.json'), 'utf8')) as { triples: number }).triples;

/** The listing, conditional on `ifModifiedSince` when given (fetch then adds `no-cache` unless told otherwise). */
async function downloadsListing(ifModifiedSince?: string): Promise<Response> {
  const conditional: Record<string, string> = ifModifiedSince ? { 'if-modified-since': ifModifiedSince, 'cache-control': 'max-age=0' } : {};
  return fetch(`${server.url}downloads/`, { headers: { accept: 'application/json', ...conditional } });
}

/** The landing page's facts: the manifest's triple count and the meetings the store was asked for (kept per build). */
async function landing(): Promise<{ triples: number; examples: unknown[] }> {
  const response = await fetch(server.url, { headers: { accept: 'application/json' } });
  expect(response.status).toBe(200);
  return (await response.json()) as { triples: number; examples: unknown[] };
}

/** The links (`/id/…`, answered by a 303 to the document) to the things `/search` finds for `text`. */
async function searchHits(text: string): Promise<string[]> {
  const response = await fetch(`${server.url}search?q=${encodeURIComponent(text)}`, { headers: { accept: 'application/json' } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { hits: Array<{ href: string }> }).hits.map((hit) => hit.href);
}

/** The status of the document about the thing at `href`, following the 303. */
const documentStatus = async (href: string): Promise<number> => (await fetch(href, { headers: { accept: 'text/turtle' } })).status;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'jiyao-switch-site-'));
  input = path.join(tmp, 'input');
  dataDir = path.join(tmp, 'site');
  storeFile = path.join(tmp, 'store-url');
  await build([SEED, ANJI], BLUE);
  const { site: firstSite } = await readDatasetSnapshot(dataDir);
  site = new LiveSite(firstSite);
  store = new SwitchableStore(await openDump(BLUE));
  server = await startServer({ dataDir, port: 0, host: '127.0.0.1', store, liveSite: site, timeoutMs: TIMEOUT_MS });
  reloads = watcher();
}, 120_000);

afterAll(async () => {
  await server?.close();
  await store?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('a store switch after a rebuild', () => {
  let firstTriples: number, firstModified: string, anjiDocument: string;

  it('serves the first build before any switch', async () => {
    firstTriples = await manifestTriples();
    expect(await servedVoidTriples()).toContain(firstTriples);
    const listing = await downloadsListing();
    firstModified = listing.headers.get('last-modified')!;
    expect(new Date(firstModified).getTime()).toBe(site.current.manifest.builtAt.getTime());
    expect((await downloadsListing(firstModified)).status).toBe(304);
    const hits = await searchHits(ONLY_IN_FIRST_BUILD);
    anjiDocument = hits.find((href) => href.startsWith(`${server.url}id/`))!;
    expect(anjiDocument).toBeDefined();
    expect(await documentStatus(anjiDocument)).toBe(200);
    expect(await landing()).toMatchObject({ triples: firstTriples, examples: [expect.anything(), expect.anything()] });
  });

  it('keeps the first build\'s parts when the store offered holds another build than the folder', async () => {
    await build([SEED], GREEN);
    dumps[RED] = dumps[BLUE]; // a store still holding the first build: a failed load
    await writeFile(storeFile, `${RED}\n`);
    expect(await reloads.reload()).toBe('refused');
    expect(logLines.at(-1)).toMatch(new RegExp(`^store switch to ${RED} refused: it has 1 graph\\(s\\) under ${BASE}graph/ the manifest does not list`));
    expect(await servedVoidTriples()).toContain(firstTriples);
    expect((await downloadsListing(firstModified)).status).toBe(304);
    expect(await searchHits(ONLY_IN_FIRST_BUILD)).toContain(anjiDocument);
    expect(await documentStatus(anjiDocument)).toBe(200);
  }, 120_000);

  it('serves the rebuilt folder\'s VoID, downloads, search index and documents once switched to the store holding it', async () => {
    const secondTriples = await manifestTriples();
    expect(secondTriples).toBeLessThan(firstTriples);
    await writeFile(storeFile, `${GREEN}\n`);
    expect(await reloads.reload()).toBe('switched');
    const served = await servedVoidTriples();
    expect(served).toContain(secondTriples);
    expect(served).not.toContain(firstTriples);
    const listing = await downloadsListing(firstModified);
    expect(listing.status).toBe(200);
    expect(new Date(listing.headers.get('last-modified')!).getTime()).toBeGreaterThan(new Date(firstModified).getTime());
    const { files } = (await listing.json()) as { files: Array<{ name: string; bytes: number }> };
    expect(files.find((file) => file.name === 'jiyao.nq.gz')?.bytes).toBe((await readFile(dumps[GREEN])).length);
    expect(await searchHits(ONLY_IN_FIRST_BUILD)).toEqual([]);
    // Rendered and described before the switch: neither the document nor its description may outlive the build.
    expect(await documentStatus(anjiDocument)).toBe(404);
    expect(await landing()).toMatchObject({ triples: secondTriples, examples: [expect.anything()] });
  }, 60_000);

  it('closes the replaced build\'s search index once its requests have had their time-out', async () => {
    await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS + 500));
    const open = await openSearchIndexes();
    expect(open.filter((link) => link.endsWith('(deleted)'))).toEqual([]);
    expect(open).toEqual([path.join(dataDir, 'search', 'index.sqlite')]);
  });

  it('keeps the switched-to build when the folder\'s manifest becomes unreadable, and says so in one line', async () => {
    const secondTriples = await manifestTriples();
    const secondModified = (await downloadsListing()).headers.get('last-modified');
    await writeFile(path.join(dataDir, 'manifest.json'), '{ "manifestVersion": 1, "base"');
    dumps[RED] = dumps[BLUE];
    await writeFile(storeFile, `${RED}\n`);
    expect(await reloads.reload()).toBe('refused');
    expect(logLines.at(-1)).toBe(`store switch to ${RED} refused: ${path.join(dataDir, 'manifest.json')} is missing or unreadable: `
      + `is ${dataDir} a dataset built by "jiyao build"?; still serving from ${GREEN}`);
    expect(await servedVoidTriples()).toContain(secondTriples);
    expect((await downloadsListing()).headers.get('last-modified')).toBe(secondModified);
    expect(await documentStatus(anjiDocument)).toBe(404);
  }, 60_000);
});
