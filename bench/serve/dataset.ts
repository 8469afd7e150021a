// Generated pages → built dataset folder, kept in a cache folder so a second run reuses both.
import { access, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generatePages } from '../corpus-generator.js';
import { runBuild } from '../../src/publish/build.js';

/** Base IRI of the benchmark datasets (only ever served on 127.0.0.1). */
export const SERVE_BENCH_BASE = 'https://data.example.org/jiyao/';

/** Pages per sub-folder, so thousands of pages never sit in one directory. */
const PAGES_PER_FOLDER = 1000;

/** A built dataset ready to serve. */
export interface BuiltDataset {
  pages: number;
  /** Distinct triples (from the build, or the store count when reused). */
  triples: number | null;
  dataDir: string;
  /** Wall time of the build (recorded when it was built, also when the cached dataset is reused). */
  buildMs: number;
  reused: boolean;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(() => true, () => false);
}

/** Writes `count` generated pages (seed `seed`) into `dir`, one page in memory at a time; a finished folder is kept. */
async function writePages(dir: string, count: number, seed: number): Promise<void> {
  const done = path.join(dir, '.complete');
  if (await exists(done)) return;
  await rm(dir, { recursive: true, force: true });
  let index = 0;
  for (const page of generatePages({ count, seed })) {
    const folder = path.join(dir, `part-${String(Math.floor(index / PAGES_PER_FOLDER)).padStart(4, '0')}`);
    if (index % PAGES_PER_FOLDER === 0) await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, page.name), page.bytes);
    index++;
  }
  await writeFile(done, String(index));
}

/** The dataset of `count` pages: reused from `cacheDir` when built before, else generated and built with 2 workers. */
export async function preparedDataset(cacheDir: string, count: number, seed: number): Promise<BuiltDataset> {
  const key = `${count}-s${seed}`;
  const dataDir = path.join(cacheDir, `site-${key}`), marker = path.join(cacheDir, `site-${key}.json`);
  if (await exists(marker) && await exists(path.join(dataDir, 'downloads', 'jiyao.nq.gz'))) {
    const { triples, buildMs } = JSON.parse(await readFile(marker, 'utf8')) as { triples: number; buildMs: number };
    return { pages: count, triples, dataDir, buildMs, reused: true };
  }
  const pagesDir = path.join(cacheDir, `pages-${key}`);
  await writePages(pagesDir, count, seed);
  const startedAt = performance.now();
  const summary = await runBuild({ input: pagesDir, output: dataDir, base: SERVE_BENCH_BASE, toolVersion: 'bench-serve', workers: 2, full: true });
  const buildMs = performance.now() - startedAt;
  await writeFile(marker, JSON.stringify({ pages: summary.pages, converted: summary.converted, triples: summary.triples, buildMs }));
  return { pages: count, triples: summary.triples, dataDir, buildMs, reused: false };
}
