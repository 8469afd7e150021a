// The build streams each page to disk as it completes and merges everything back in a fixed order. So what it
// publishes must not depend on the worker count (the order pages finish in), on how its sorts spilled to disk, or on
// how many incremental builds the dataset was built in.
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Quad } from '@rdfjs/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePages } from '../../bench/corpus-generator.js';
import { runBuild, type BuildOptions } from '../../src/publish/build.js';
import { searchIndexOfQuads, SEARCH_INDEX_PATH, writeSearchIndexFile } from '../../src/search/index.js';
import { gunzipText, parseRdf, sha256File } from './dataset-files.js';

const BASE = 'https://data.example.org/jiyao/';
/** Generated pages: the generator reuses its templates, so several pages state the same meetings, people and bodies. */
const PAGE_COUNT = 24;
/** Small enough that every sort of the build spills runs to disk and merges them. */
const TINY_SORT_BUDGET = 8 * 1024;

let tmp: string;
const batches: string[][] = [[], [], []];

const build = (input: string, output: string, extra: Partial<BuildOptions> = {}) =>
  runBuild({ input, output, base: BASE, toolVersion: '0.0.0-test', workers: 1, now: () => new Date('2025-03-01T08:00:00Z'), ...extra });

/** Every published file (relative path → SHA-256), the manifest without its duration, and no change log. */
async function published(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const name = path.relative(dir, file).split(path.sep).join('/');
    if (name.startsWith('changes/')) continue;
    if (name === 'manifest.json') {
      const { durationMs: _ignored, ...manifest } = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
      result[name] = JSON.stringify(manifest);
    } else result[name] = await sha256File(file);
  }
  return result;
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'jiyao-streaming-'));
  const pages = path.join(tmp, 'pages');
  await mkdir(pages, { recursive: true });
  let i = 0;
  for (const page of generatePages({ count: PAGE_COUNT, seed: 20240601 })) {
    const name = `${String(i).padStart(2, '0')}-${page.name}`;
    await writeFile(path.join(pages, name), page.bytes);
    batches[i++ % 3].push(name);
  }
  await build(pages, path.join(tmp, 'whole'));
}, 240_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('a streamed build', () => {
  it('publishes the same files with 2 workers and sorts spilled to disk as with 1 worker in memory', async () => {
    await build(path.join(tmp, 'pages'), path.join(tmp, 'spilled'), { workers: 2, sortBudgetBytes: TINY_SORT_BUDGET });
    const whole = await published(path.join(tmp, 'whole'));
    expect(Object.keys(whole)).toEqual(expect.arrayContaining(['downloads/jiyao.nq.gz', 'downloads/meetings.csv', 'search/index.sqlite', 'void.ttl']));
    expect(await published(path.join(tmp, 'spilled'))).toEqual(whole);
  }, 240_000);

  it('publishes the same files when the pages arrive over three incremental builds', async () => {
    const input = path.join(tmp, 'growing');
    await mkdir(input, { recursive: true });
    const output = path.join(tmp, 'split');
    for (const batch of batches) {
      for (const name of batch) await copyFile(path.join(tmp, 'pages', name), path.join(input, name));
      const summary = await build(input, output, { sortBudgetBytes: TINY_SORT_BUDGET });
      expect(summary.incremental?.reconverted).toBe(batch.length);
    }
    expect(await published(output)).toEqual(await published(path.join(tmp, 'whole')));
  }, 240_000);

  it('writes the search index src/search makes from all quads at once', async () => {
    const quads = parseRdf(await gunzipText(path.join(tmp, 'whole', 'downloads', 'jiyao.nq.gz')), 'N-Quads') as Quad[];
    const expected = path.join(tmp, 'expected');
    await writeSearchIndexFile(expected, searchIndexOfQuads(quads));
    expect(await sha256File(path.join(tmp, 'whole', SEARCH_INDEX_PATH))).toBe(await sha256File(path.join(expected, SEARCH_INDEX_PATH)));
  });
});
