// Generated pages → built dataset folder, kept in a cache folder so a second run reuses both; bigger synthetic dumps
// made from a built one where a build that big fails.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
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

/** A dataset made by copying a built one's N-Quads dump; only for start-up and memory figures. */
export interface SyntheticDataset extends BuiltDataset {
  /** What it is, for the report. */
  synthetic: string;
  /** Quads in its dump (each copy's quads are distinct). */
  quads: number;
}

/** IRIs minted under the bench base: meetings, people, … (`id/`) and page graphs (`graph/`). */
const MINTED_IRI = new RegExp(`<(${SERVE_BENCH_BASE.replace(/[.]/g, '\\.')}(?:id|graph)/[^>]*)>`, 'g');

/** Writes `copies` copies of `sourceDump` to `target` (gzip), copy k's minted IRIs suffixed `-copyk`; returns the quad count. */
async function writeCopies(sourceDump: string, target: string, copies: number): Promise<number> {
  let quads = 0;
  async function* lines(): AsyncGenerator<string> {
    for (let copy = 0; copy < copies; copy++) {
      const suffix = copy === 0 ? '' : `-copy${copy}`;
      const inflated = createGunzip();
      const reading = pipeline(createReadStream(sourceDump), inflated);
      let batch: string[] = [];
      for await (const line of createInterface({ input: inflated, crlfDelay: Infinity })) {
        if (line === '') continue;
        batch.push(suffix === '' ? line : line.replace(MINTED_IRI, `<$1${suffix}>`));
        quads++;
        if (batch.length === 10_000) {
          yield `${batch.join('\n')}\n`;
          batch = [];
        }
      }
      if (batch.length > 0) yield `${batch.join('\n')}\n`;
      await reading;
    }
  }
  await pipeline(Readable.from(lines()), createGzip(), createWriteStream(target));
  return quads;
}

async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/**
 * A dataset of about `targetTriples` made from `source` (a built dataset) when a build that big is not possible:
 * its jiyao.nq.gz repeated with every `id/` and `graph/` IRI renamed per copy, so each copy's quads are distinct;
 * manifest.json says so (its `dumps` lists only that file) and the other parts of the folder are links to the source's.
 * Only start-up and memory are measured on it: it has no pages, and its manifest's sources are the source's.
 */
export async function syntheticDataset(cacheDir: string, source: BuiltDataset, targetTriples: number): Promise<SyntheticDataset> {
  const copies = Math.max(2, Math.round(targetTriples / (source.triples ?? targetTriples)));
  const dataDir = path.join(cacheDir, `synthetic-${copies}x-${path.basename(source.dataDir)}`), marker = `${dataDir}.json`;
  const synthetic = `${copies} copies of the ${source.pages.toLocaleString('en-US')}-page dump, id/ and graph/ IRIs renamed per copy (not built)`;
  if (await exists(marker)) {
    const { quads, triples } = JSON.parse(await readFile(marker, 'utf8')) as { quads: number; triples: number };
    return { pages: source.pages * copies, triples, quads, dataDir, buildMs: 0, reused: true, synthetic };
  }
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(path.join(dataDir, 'downloads'), { recursive: true });
  for (const entry of await readdir(source.dataDir)) {
    if (entry !== 'downloads' && entry !== 'manifest.json') await symlink(path.join(source.dataDir, entry), path.join(dataDir, entry));
  }
  const dump = path.join(dataDir, 'downloads', 'jiyao.nq.gz');
  const quads = await writeCopies(path.join(source.dataDir, 'downloads', 'jiyao.nq.gz'), dump, copies);
  const sha256 = await sha256OfFile(dump);
  await writeFile(`${dump}.sha256`, `${sha256}  jiyao.nq.gz\n`);
  const manifest = JSON.parse(await readFile(path.join(source.dataDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  // Distinct triples: each copy's triples about minted IRIs are distinct, so about copies × the source's.
  const triples = copies * (source.triples ?? 0);
  const byteSize = (await stat(dump)).size;
  await writeFile(path.join(dataDir, 'manifest.json'), JSON.stringify({
    ...manifest, triples, synthetic, dumps: [{ fileName: 'jiyao.nq.gz', byteSize, sha256 }],
  }));
  await writeFile(marker, JSON.stringify({ copies, quads, triples, synthetic }));
  return { pages: source.pages * copies, triples, quads, dataDir, buildMs: 0, reused: false, synthetic };
}
