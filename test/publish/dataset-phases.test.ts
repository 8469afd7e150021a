// The dataset-wide phases run side by side, most of them in worker threads: a failure in any of them must end the build
// with one BuildError naming the phase, after every phase has stopped, leaving the previous dataset as it was.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePages } from '../../bench/corpus-generator.js';
import { BuildError, runBuild, type BuildOptions, type BuildProgress, type IncrementalBuildOptions } from '../../src/publish/build.js';
import { convertPage, type PageConverter } from '../../src/publish/convert-page.js';
import { searchIndexOfQuads, SEARCH_INDEX_PATH, writeSearchIndexFile } from '../../src/search/index.js';
import { folderFingerprint, gunzipText, parseRdf, sha256File } from './dataset-files.js';

const BASE = 'https://data.example.org/jiyao/';
/** Small enough that the sorts spill runs while the pages are spooled. */
const TINY_SORT_BUDGET = 8 * 1024;

let tmp: string;
let pages: string;

const build = (output: string, extra: Partial<BuildOptions & IncrementalBuildOptions> = {}) =>
  runBuild({ input: pages, output, base: BASE, toolVersion: '0.0.0-test', workers: 1, sortBudgetBytes: TINY_SORT_BUDGET, ...extra });

/** The folder a build is filling beside `output` (`.site.new-…`). */
function buildingFolder(output: string): string {
  const prefix = `.${path.basename(output)}.new-`;
  const found = readdirSync(path.dirname(output)).filter((name) => name.startsWith(prefix));
  if (found.length !== 1) throw new Error(`expected one folder being built beside ${output}, found ${found.length}`);
  return path.join(path.dirname(output), found[0]);
}

/** Calls `sabotage` on the folder being built once the last page is spooled, before the dataset-wide phases start. */
function afterLastPage(output: string, sabotage: (building: string) => void): (progress: BuildProgress) => void {
  return ({ done, total }) => {
    if (done === total) sabotage(buildingFolder(output));
  };
}

/** Builds into `name`, then builds again with `sabotage`; returns the error and checks nothing changed or was left. */
async function failedRebuild(name: string, sabotage: (building: string) => void): Promise<unknown> {
  const output = path.join(tmp, name, 'site');
  await build(output);
  const before = await folderFingerprint(output);
  const error = await build(output, { full: true, onProgress: afterLastPage(output, sabotage) }).then(() => null, (e: unknown) => e);
  expect(await folderFingerprint(output)).toEqual(before);
  expect((await readdir(path.dirname(output))).filter((entry) => entry !== 'site')).toEqual([]);
  return error;
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'jiyao-phases-'));
  pages = path.join(tmp, 'pages');
  await mkdir(pages);
  let i = 0;
  for (const page of generatePages({ count: 6, seed: 7 })) await writeFile(path.join(pages, `${i++}-${page.name}`), page.bytes);
}, 120_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('a failure in a dataset-wide phase', () => {
  // meetings.csv is written by the tables' worker, persons.csv by the main thread meanwhile.
  it.each(['meetings.csv', 'persons.csv'])('names the research tables when %s cannot be written', async (table) => {
    const error = await failedRebuild(`tables-${table}`, (building) => mkdirSync(path.join(building, 'downloads', table), { recursive: true }));
    expect(error).toBeInstanceOf(BuildError);
    expect((error as Error).message).toMatch(new RegExp(`^writing the research tables: EISDIR[^\\n]*${table.replace('.', '\\.')}'$`));
  }, 120_000);

  it('names the search index when a spooled run of search partials is corrupt', async () => {
    const error = await failedRebuild('search', (building) => {
      const runs = path.join(building, '.spool', 'search');
      const [first] = readdirSync(runs).filter((name) => name.startsWith('run-')).sort();
      writeFileSync(path.join(runs, first), 'not gzip');
    });
    expect(error).toBeInstanceOf(BuildError);
    expect((error as Error).message).toMatch(/^writing the search index: [^\n]*header/);
  }, 120_000);

  it('builds again, without leftovers in the way, once the cause is gone', async () => {
    const output = path.join(tmp, 'tables-meetings.csv', 'site');
    const summary = await build(output);
    expect(summary.converted).toBe(6);
  }, 120_000);
});

describe('the division names the search index starts with', () => {
  const { namedNode, literal, quad } = DataFactory;
  const JY = 'https://w3id.org/jiyao/ontology#';
  const RDFS_LABEL = namedNode('http://www.w3.org/2000/01/rdf-schema#label');
  const division = namedNode(`${BASE}id/division/test-1`);
  const office = namedNode(`${BASE}id/org/test-1`);
  /** Page 0 types a division; page 1 gives it a name page 0 does not, and names an office after it. */
  const extraQuads: Record<string, Quad[]> = {
    0: [
      quad(division, namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), namedNode(`${JY}Division`)) as Quad,
      quad(division, RDFS_LABEL, literal('某某市', 'zh-hans')) as Quad,
    ],
    1: [
      quad(division, RDFS_LABEL, literal('某某新区', 'zh-hans')) as Quad,
      quad(office, namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), namedNode(`${JY}Organization`)) as Quad,
      quad(office, RDFS_LABEL, literal('某某新区特别事务局', 'zh-hans')) as Quad,
      quad(office, namedNode('http://www.w3.org/2004/02/skos/core#altLabel'), literal('新区特事局', 'zh-hans')) as Quad,
    ],
  };
  const convert: PageConverter = (bytes, options) => {
    const page = convertPage(bytes, options);
    return { ...page, quads: [...page.quads, ...(extraQuads[options.fileName.split('-')[0]] ?? [])] };
  };

  it('are the dataset\'s also when a page names a division only another page types', async () => {
    const output = path.join(tmp, 'names', 'site');
    await build(output, { convert });
    const quads = parseRdf(await gunzipText(path.join(output, 'downloads', 'jiyao.nq.gz')), 'N-Quads') as Quad[];
    const expected = searchIndexOfQuads(quads);
    // The pages' own names lack 某某新区, without which the office's name keeps its place.
    expect(expected.aliases).toContainEqual(['新区特事局', '特别事务局']);
    const expectedDir = path.join(tmp, 'names', 'expected');
    await writeSearchIndexFile(expectedDir, expected);
    expect(await sha256File(path.join(output, SEARCH_INDEX_PATH))).toBe(await sha256File(path.join(expectedDir, SEARCH_INDEX_PATH)));
    expect(await readdir(output)).not.toContain('.spool');
  }, 120_000);
});
