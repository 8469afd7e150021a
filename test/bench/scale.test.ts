// Smoke test of the scale benchmark's pieces on 20 generated pages: corpus on disk, build, dumps, embedded store, queries, dereferencing.
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpSizes, measureBuild, type BuildFigures } from '../../bench/scale/build-phase.js';
import { linkCorpusPrefix, writeCorpus, type WrittenCorpus } from '../../bench/scale/corpus-dir.js';
import { measureDereferencing } from '../../bench/scale/deref-rate.js';
import { estimateRun } from '../../bench/scale/estimate.js';
import { benchQueries, measureQueries } from '../../bench/scale/query-latency.js';
import { readScaleSettings } from '../../bench/scale/settings.js';
import { openEmbedded, type OpenedStore } from '../../bench/scale/stores.js';

let tmp: string;
let corpus: WrittenCorpus;
let build: BuildFigures;
const dataDir = (): string => path.join(tmp, 'site');

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'jiyao-scale-test-'));
  corpus = await writeCorpus(path.join(tmp, 'pages'), 20, 7);
  build = await measureBuild(path.join(tmp, 'pages'), dataDir(), 1);
}, 120_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('the corpus on disk', () => {
  it('writes every generated page, and a prefix links the first pages under the same names', async () => {
    expect(corpus.pages).toBe(20);
    expect(corpus.files).toHaveLength(20);
    await linkCorpusPrefix(corpus, path.join(tmp, 'prefix'), 5);
    const linked = await readdir(path.join(tmp, 'prefix', 'part-0000'));
    expect(linked.sort()).toEqual(corpus.files.slice(0, 5).map((f) => path.basename(f)).sort());
    expect(await readFile(path.join(tmp, 'prefix', 'part-0000', linked[0]))).toEqual(await readFile(path.join(tmp, 'pages', 'part-0000', linked[0])));
  });
});

describe('the build phase', () => {
  it('builds all pages and sizes the compressed dumps', async () => {
    expect(build.pages).toBe(20);
    expect(build.converted + build.failed).toBe(20);
    expect(build.triples).toBeGreaterThan(20 * 100);
    const sizes = await dumpSizes(dataDir());
    expect(Object.keys(sizes)).toContain('jiyao.nq.gz');
    for (const bytes of Object.values(sizes)) expect(bytes).toBeGreaterThan(0);
  });
});

describe('the embedded store phase', () => {
  let opened: OpenedStore;
  beforeAll(async () => {
    opened = await openEmbedded(dataDir(), build.triples);
  }, 120_000);
  afterAll(() => opened.close());

  it('loads the whole dump (its worker reads the .gz itself)', async () => {
    const dump = gunzipSync(await readFile(path.join(dataDir(), 'downloads', 'jiyao.nq.gz'))).toString('utf8');
    expect(opened.load.preparationMs).toBe(0);
    expect(await opened.store.countQuads()).toBe(dump.trimEnd().split('\n').length);
  });

  it('runs every example query but the federated one, each answered', async () => {
    const latencies = await measureQueries(opened.store, { runs: 2 });
    expect(latencies.map((q) => q.id)).toEqual(benchQueries().map((q) => q.id));
    expect(latencies.map((q) => q.id)).not.toContain('wikidata-divisions');
    for (const q of latencies) {
      expect(q.error).toBeUndefined();
      expect(q.runsMs).toHaveLength(2);
    }
    expect(latencies.find((q) => q.id === 'meetings-per-district-year')!.rows).toBeGreaterThan(0);
  });

  it('dereferences meeting documents over the store without a failure', async () => {
    const figures = await measureDereferencing(dataDir(), opened.store, { durationS: 1, connections: 2, resources: 5 });
    expect(figures.resources).toBe(5);
    expect(figures.requests).toBeGreaterThan(0);
    expect(figures.failures).toBe(0);
  });
});

describe('estimates and flags', () => {
  it('adds build, load and query time at the measured rates', () => {
    const estimate = estimateRun(1_000_000, {
      triplesPerPage: 400, buildPagesPerSecond: 50, embeddedLoadTriplesPerSecond: 100_000,
      virtuosoLoadTriplesPerSecond: 10_000, queryPhaseMs: 60_000, queryPhaseTriples: 2_000_000,
    });
    expect(estimate.pages).toBe(2500);
    expect(estimate.minutes).toBeCloseTo((50 + 10 + 100 + 30) / 60, 6);
  });

  it('reads the command-line flags', () => {
    const settings = readScaleSettings(['--pages', '300', '--workers', '1,2,4', '--virtuoso', '--triples', '1e6', '--max-minutes', '5']);
    expect(settings).toMatchObject({ pages: 300, workers: [1, 2, 4], hasVirtuoso: true, triples: [1_000_000], maxMinutes: 5, virtuosoLoad: 'bulk' });
    expect(readScaleSettings(['--virtuoso', '--gsp']).virtuosoLoad).toBe('graph-store');
    expect(() => readScaleSettings(['--pages', 'many'])).toThrow(/--pages must be a positive number/);
  });
});
