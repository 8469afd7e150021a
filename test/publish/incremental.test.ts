// Incremental builds and the change log: v1 → change/add/remove pages → v2 reconverts only what changed, same dumps as a full build.
import { createHash } from 'node:crypto';
import { appendFile, copyFile, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type BuildSummary } from '../../src/publish/build.js';
import { applyRetention, readChangeLog, type ChangeLog, type ChangeLogEntry } from '../../src/publish/change-log.js';
import { convertPage, type PageConverter } from '../../src/publish/convert-page.js';
import { graphIriFor } from '../../src/publish/graph-key.js';
import { graphFilePath } from '../../src/publish/incremental.js';
import { sha256File } from './dataset-files.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const devCorpus = path.resolve(repoRoot, '../shared/corpus/dev');
const BASE = 'https://data.example.org/jiyao/';
const VERSION = '0.0.0-test';
const V1 = ['seed-tianning-56.txt', 'dev-01-xinbei-23.txt', 'dev-03-wujin-09.html'];
const CHANGED = 'dev-01-xinbei-23.txt', ADDED = 'dev-11-kunshan-66.html', REMOVED = 'dev-03-wujin-09.html', KEPT = 'seed-tianning-56.txt';

let tmp: string, input: string, site: string;
let v1: BuildSummary, v2: BuildSummary, full: BuildSummary;
const convertedInV2: string[] = [];

/** A converter that records the pages it converts, then converts them for real. */
function countingConverter(seen: string[]): PageConverter {
  return (bytes, options) => {
    seen.push(options.fileName);
    return convertPage(bytes, options);
  };
}

const at = (iso: string) => () => new Date(iso);
const graph = (file: string) => graphIriFor(BASE, file);

async function build(output: string, now: string, extra: Partial<Parameters<typeof runBuild>[0]> = {}): Promise<BuildSummary> {
  return runBuild({ input, output, base: BASE, toolVersion: VERSION, workers: 1, now: at(now), ...extra });
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'jiyao-incremental-'));
  input = path.join(tmp, 'input');
  site = path.join(tmp, 'site');
  await mkdir(input);
  for (const page of V1) await copyFile(path.join(devCorpus, page), path.join(input, page));
  v1 = await build(site, '2024-01-01T00:00:00.000Z');
  await appendFile(path.join(input, CHANGED), '\n');
  await copyFile(path.join(devCorpus, ADDED), path.join(input, ADDED));
  await rm(path.join(input, REMOVED));
  v2 = await build(site, '2024-02-01T00:00:00.000Z', { convert: countingConverter(convertedInV2) });
  full = await build(path.join(tmp, 'full'), '2024-02-01T00:00:00.000Z', { full: true });
}, 180_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('an incremental build', () => {
  it('converts every page the first time', () => {
    expect(v1.incremental).toMatchObject({ reused: 0, reconverted: 3, removed: 0, fullReason: 'no previous dataset' });
  });

  it('reconverts only the changed and the new page', () => {
    expect(convertedInV2.sort()).toEqual([CHANGED, ADDED].sort());
    expect(v2.incremental).toMatchObject({ reused: 1, reconverted: 2, removed: 1, fullReason: null });
    expect(v2.pages).toBe(3);
  });

  it('writes dumps byte-identical to a full build of the same input', async () => {
    expect(full.incremental?.fullReason).toBe('full rebuild requested');
    const dumps = (await readdir(path.join(site, 'downloads'))).sort();
    expect(dumps).toEqual((await readdir(path.join(tmp, 'full', 'downloads'))).sort());
    expect(dumps).toContain('jiyao.nq.gz');
    for (const name of dumps) {
      expect(await sha256File(path.join(site, 'downloads', name)), name).toBe(await sha256File(path.join(tmp, 'full', 'downloads', name)));
    }
  });

  it('keeps one graph file per page, the same as the full build, and none for the removed page', async () => {
    const files = await listFiles(path.join(site, 'graphs'));
    expect(files).toEqual([`${ADDED}.nq`, `${CHANGED}.nq`, `${KEPT}.nq`].sort());
    for (const file of files) {
      expect(await readFile(path.join(site, 'graphs', file), 'utf8')).toBe(await readFile(path.join(tmp, 'full', 'graphs', file), 'utf8'));
    }
    const removedGraph = await readFile(graphFilePath(site, REMOVED)).catch(() => null);
    expect(removedGraph).toBeNull();
  });
});

describe('the change log', () => {
  let log: ChangeLog;
  beforeAll(async () => {
    log = await readChangeLog(site, null);
  });

  it('has one entry per build, the first adding every page', () => {
    expect(log.completeSince).toBeNull();
    expect(log.entries).toHaveLength(2);
    expect(log.entries[0]).toMatchObject({ time: '2024-01-01T00:00:00.000Z', base: BASE, replaced: [], removed: [] });
    expect(log.entries[0].added).toEqual(V1.map(graph).sort());
    expect(log.entries[0].buildId).toMatch(/^20240101T000000000Z-[0-9a-f]{8}$/);
  });

  it('lists exactly the added, replaced and removed graphs of the second build', () => {
    const entry = log.entries[1];
    expect(entry.buildId).toBe(v2.incremental?.buildId);
    expect(entry.added).toEqual([graph(ADDED)]);
    expect(entry.replaced).toEqual([graph(CHANGED)]);
    expect(entry.removed).toEqual([graph(REMOVED)]);
  });

  it('gives the SHA-256 of each new graph file', async () => {
    const entry = log.entries[1];
    expect(Object.keys(entry.sha256).sort()).toEqual([graph(ADDED), graph(CHANGED)].sort());
    for (const file of [ADDED, CHANGED]) {
      const bytes = await readFile(graphFilePath(site, file));
      expect(entry.sha256[graph(file)]).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('is carried over by later builds, and a new tool version rebuilds everything', async () => {
    const seen: string[] = [];
    const v3 = await build(site, '2024-03-01T00:00:00.000Z', { toolVersion: '0.0.1-test', convert: countingConverter(seen) });
    expect(v3.incremental?.fullReason).toMatch(/tool version changed/);
    expect(seen).toHaveLength(3);
    const after = await readChangeLog(site, null);
    expect(after.entries.map((e) => e.buildId)).toEqual([...log.entries.map((e) => e.buildId), v3.incremental?.buildId]);
  });

  it('drops entries beyond the retention and records where the log starts', async () => {
    const v4 = await build(site, '2024-04-01T00:00:00.000Z', { toolVersion: '0.0.1-test', changeLogRetention: { builds: 2 } });
    expect(v4.incremental).toMatchObject({ reused: 3, reconverted: 0 });
    const after = await readChangeLog(site, null);
    expect(after.entries).toHaveLength(2);
    expect(after.entries[1]).toMatchObject({ buildId: v4.incremental?.buildId, added: [], replaced: [], removed: [] });
    expect(after.completeSince).toEqual({ buildId: log.entries[1].buildId, time: log.entries[1].time });
  });
});

describe('applyRetention', () => {
  const entry = (day: number): ChangeLogEntry => ({
    buildId: `b${day}`, time: `2024-01-${String(day).padStart(2, '0')}T00:00:00.000Z`, base: BASE, added: [], replaced: [], removed: [], sha256: {},
  });
  const log: ChangeLog = { entries: [1, 5, 9, 10].map(entry), completeSince: null };

  it('keeps everything by default', () => {
    expect(applyRetention(log, {}, new Date('2024-06-01T00:00:00Z'))).toEqual(log);
  });

  it('drops entries older than the given days, never the newest', () => {
    const kept = applyRetention(log, { days: 3 }, new Date('2024-01-11T00:00:00Z'));
    expect(kept.entries.map((e) => e.buildId)).toEqual(['b9', 'b10']);
    expect(kept.completeSince).toEqual({ buildId: 'b5', time: entry(5).time });
    expect(applyRetention(log, { days: 1 }, new Date('2024-12-31T00:00:00Z')).entries.map((e) => e.buildId)).toEqual(['b10']);
  });
});
