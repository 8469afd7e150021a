// The store file of `jiyao serve --store-file`: reading the URL, and switching on re-read only to a store that holds the dataset.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { DataFactory } from 'n3';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readStoreUrl, StoreFileWatcher } from '../../src/cli/store-file.js';
import { LiveSite } from '../../src/http/live-site.js';
import { loadSiteData } from '../../src/http/site-data.js';
import { StoreUnavailableError, type QueryResult, type Store } from '../../src/store/store.js';
import { SwitchableStore } from '../../src/store/switchable-store.js';

const BASE = 'http://jiyao.test/';
/** When the dataset in the folder was built, and when its next build was. */
const BUILT_AT = '2024-05-01T02:03:04.000Z';
const REBUILT_AT = '2024-06-01T02:03:04.000Z';

/** Virtuoso's own graph, outside the dataset's prefix: the check must leave it out. */
const SYSTEM_GRAPH = 'http://www.openlinksw.com/schemas/virtrdf#';

/** A store that only answers the per-graph quad count: `graphs` (graph key → quads), or a failure when it is "down". */
class CountingStore implements Store {
  closeCalls = 0;
  constructor(readonly url: string, private readonly graphs: Record<string, number> | 'down') {}
  async query(sparql: string): Promise<QueryResult> {
    if (this.graphs === 'down') throw new StoreUnavailableError(`${this.url} is unreachable (ECONNREFUSED)`);
    if (!/GROUP BY \?g/.test(sparql)) throw new Error(`unexpected query ${sparql}`);
    const rows = Object.entries({ ...this.graphs, [SYSTEM_GRAPH]: 2500 }).map(([key, quads]) => ({
      g: DataFactory.namedNode(key === SYSTEM_GRAPH ? key : `${BASE}graph/${key}`), n: DataFactory.literal(String(quads)),
    }));
    return { kind: 'bindings', variables: ['g', 'n'], rows };
  }
  async countQuads(): Promise<number> {
    throw new Error('the check counts per graph');
  }
  async close(): Promise<void> {
    this.closeCalls++;
  }
}

describe('the store file', () => {
  let dir: string, file: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'jiyao-store-file-'));
    file = path.join(dir, 'store-url');
    // Two converted pages (5 + 7 quads), one failed page that adds no graph.
    await writeManifest(BUILT_AT, { 'a.txt': 5, 'b.txt': 7, 'c.txt': 0 });
  });
  /** A manifest.json of pages (path → quads, 0: failed) built at `builtAt`. */
  const writeManifest = (builtAt: string, pages: Record<string, number>) => writeFile(path.join(dir, 'manifest.json'), JSON.stringify({
    manifestVersion: 1, base: BASE, builtAt, triples: Object.values(pages).reduce((sum, n) => sum + n, 0),
    sources: Object.entries(pages).map(([page, triples]) => ({ path: page, graph: `${BASE}graph/${page}`, status: triples > 0 ? 'converted' : 'failed', triples })),
  }));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads the first line that is not a comment, as an http(s) URL', async () => {
    await writeFile(file, '# the live store\n\n  http://127.0.0.1:8891/sparql  \nhttp://ignored/\n');
    expect(await readStoreUrl(file)).toBe('http://127.0.0.1:8891/sparql');
  });

  it('refuses a missing file, an empty one and a URL that is not http(s), naming the file', async () => {
    await expect(readStoreUrl(file)).rejects.toThrow(`${file}: cannot read the store file (ENOENT)`);
    await writeFile(file, '# nothing yet\n');
    await expect(readStoreUrl(file)).rejects.toThrow(`${file}: no store URL in the file`);
    await writeFile(file, 'ftp://store/sparql\n');
    await expect(readStoreUrl(file)).rejects.toThrow(`${file}: the store URL must be http(s): ftp://store/sparql`);
    await writeFile(file, 'green store\n');
    await expect(readStoreUrl(file)).rejects.toThrow(`${file}: not a URL: green store`);
  });

  describe('re-read on SIGHUP', () => {
    const BLUE = 'http://blue:8890/sparql';
    const GREEN = 'http://green:8890/sparql';
    let logLines: Array<{ level: number; msg: string }>;
    let blue: CountingStore;
    let store: SwitchableStore;
    const watcher = (candidates: Record<string, CountingStore>, site?: LiveSite): StoreFileWatcher => {
      const sink = new Writable({ write(chunk, _encoding, done) {
        logLines.push(...String(chunk).trim().split('\n').map((line) => JSON.parse(line) as { level: number; msg: string }));
        done();
      } });
      return new StoreFileWatcher({
        file, dataDir: dir, store, servingUrl: BLUE, logger: pino(sink), site,
        openStore: async (url) => candidates[url],
      });
    };
    beforeEach(() => {
      logLines = [];
      blue = new CountingStore(BLUE, { 'a.txt': 5, 'b.txt': 7 });
      store = new SwitchableStore(blue);
    });

    it('switches to a new URL whose store holds the manifest\'s graphs and quads, and closes the old store', async () => {
      const green = new CountingStore(GREEN, { 'a.txt': 5, 'b.txt': 7 });
      const reloads = watcher({ [GREEN]: green });
      await writeFile(file, `${GREEN}\n`);
      expect(await reloads.reload()).toBe('switched');
      expect(store.active).toBe(green);
      expect(reloads.url).toBe(GREEN);
      expect(blue.closeCalls).toBe(1);
      expect(logLines.map((line) => line.msg)).toEqual([`store switched: now serving from ${GREEN}, with the build of ${BUILT_AT} in ${dir}`]);
    });

    it('keeps the old store and logs one line when the new one holds other quads or graphs, or does not answer', async () => {
      await writeFile(file, `${GREEN}\n`);
      const candidates = [
        new CountingStore(GREEN, { 'a.txt': 5, 'b.txt': 6 }),
        new CountingStore(GREEN, { 'a.txt': 5 }),
        new CountingStore(GREEN, { 'a.txt': 5, 'b.txt': 7, 'old.txt': 1 }),
        new CountingStore(GREEN, 'down'),
      ];
      for (const candidate of candidates) expect(await watcher({ [GREEN]: candidate }).reload()).toBe('refused');
      expect(store.active).toBe(blue);
      expect(blue.closeCalls).toBe(0);
      expect(candidates.map((candidate) => candidate.closeCalls)).toEqual([1, 1, 1, 1]);
      const refused = (reason: string): [number, string] => [50, `store switch to ${GREEN} refused: it ${reason}; still serving from ${BLUE}`];
      expect(logLines.map((line) => [line.level, line.msg])).toEqual([
        refused(`holds 11 quads under ${BASE}graph/, the manifest lists 12 (${BASE}graph/b.txt: 6, not 7)`),
        refused(`lacks 1 graph(s) the manifest lists, e.g. ${BASE}graph/b.txt`),
        refused(`has 1 graph(s) under ${BASE}graph/ the manifest does not list, e.g. ${BASE}graph/old.txt`),
        refused(`does not answer (${GREEN} is unreachable (ECONNREFUSED))`),
      ]);
    });

    it('does nothing when the file still names the store it serves from, and logs an unreadable file', async () => {
      await writeFile(file, `${BLUE}\n`);
      const reloads = watcher({});
      expect(await reloads.reload()).toBe('unchanged');
      await rm(file);
      expect(await reloads.reload()).toBe('refused');
      expect(store.active).toBe(blue);
      expect(logLines.map((line) => line.msg)).toEqual([
        `store file unchanged: still serving from ${BLUE}`,
        `store switch refused: ${file}: cannot read the store file (ENOENT); still serving from ${BLUE}`,
      ]);
    });

    it('checks the new store against the manifest as rebuilt, and replaces the static parts in the step that switches', async () => {
      const site = new LiveSite(await loadSiteData(dir));
      const activeWhenReplaced: Store[] = [];
      site.onReplace(() => activeWhenReplaced.push(store.active));
      await writeManifest(REBUILT_AT, { 'a.txt': 5, 'b.txt': 7, 'd.txt': 3 });
      await writeFile(file, `${GREEN}\n`);
      const stale = new CountingStore(GREEN, { 'a.txt': 5, 'b.txt': 7 });
      expect(await watcher({ [GREEN]: stale }, site).reload()).toBe('refused');
      expect(site.current.manifest.builtAt.toISOString()).toBe(BUILT_AT);
      const green = new CountingStore(GREEN, { 'a.txt': 5, 'b.txt': 7, 'd.txt': 3 });
      expect(await watcher({ [GREEN]: green }, site).reload()).toBe('switched');
      expect(activeWhenReplaced).toEqual([green]);
      expect(site.current.manifest).toEqual({ base: BASE, builtAt: new Date(REBUILT_AT), triples: 15 });
      expect(logLines.map((line) => line.msg)).toEqual([
        `store switch to ${GREEN} refused: it lacks 1 graph(s) the manifest lists, e.g. ${BASE}graph/d.txt; still serving from ${BLUE}`,
        `store switched: now serving from ${GREEN}, with the build of ${REBUILT_AT} in ${dir}`,
      ]);
    });

    it('keeps the store and the static parts when the folder\'s manifest is unreadable, logging one line', async () => {
      const site = new LiveSite(await loadSiteData(dir));
      const before = site.current;
      const green = new CountingStore(GREEN, { 'a.txt': 5, 'b.txt': 7 });
      await writeFile(file, `${GREEN}\n`);
      await writeFile(path.join(dir, 'manifest.json'), '{"manifestVersion": 1, "base": ');
      expect(await watcher({ [GREEN]: green }, site).reload()).toBe('refused');
      await writeManifest(BUILT_AT, { 'a.txt': 5, 'b.txt': 7 }).then(() => writeFile(path.join(dir, 'void.ttl'), '<a> <b> .\n'));
      expect(await watcher({ [GREEN]: green }, site).reload()).toBe('refused');
      expect(store.active).toBe(blue);
      expect(site.current).toBe(before);
      expect(green.closeCalls).toBe(0);
      const manifestFile = path.join(dir, 'manifest.json');
      expect(logLines.map((line) => [line.level, line.msg])).toEqual([
        [50, `store switch to ${GREEN} refused: ${manifestFile} is missing or unreadable: is ${dir} a dataset built by "jiyao build"?; still serving from ${BLUE}`],
        [50, `store switch to ${GREEN} refused: ${path.join(dir, 'void.ttl')} is not valid Turtle: Expected entity but got . on line 1.; still serving from ${BLUE}`],
      ]);
    });
  });
});
