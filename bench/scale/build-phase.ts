// Times one full build of a page folder with a given number of worker threads, and sizes the dumps it wrote.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { runBuild } from '../../src/publish/build.js';
import { measured, type PhaseUsage } from './memory-sampler.js';

/** Base IRI of the benchmark datasets (never dereferenced outside the loopback server). */
export const BENCH_BASE = 'https://data.example.org/jiyao/';

/** One build's figures. */
export interface BuildFigures {
  workers: number;
  pages: number;
  converted: number;
  failed: number;
  triples: number;
  ms: number;
  pagesPerSecond: number;
  triplesPerSecond: number;
  usage: PhaseUsage;
}

/** Builds `input` into `output` (a fresh folder, so nothing is reused) with `workers` threads. */
export async function measureBuild(input: string, output: string, workers: number): Promise<BuildFigures> {
  const { value: summary, ms, usage } = await measured(() =>
    runBuild({ input, output, base: BENCH_BASE, toolVersion: 'bench-scale', workers, full: true }));
  return {
    workers, pages: summary.pages, converted: summary.converted, failed: summary.failed.length, triples: summary.triples,
    ms, pagesPerSecond: (summary.pages * 1000) / ms, triplesPerSecond: (summary.triples * 1000) / ms, usage,
  };
}

/** Bytes of each compressed dump in `dataDir/downloads` (file name → bytes). */
export async function dumpSizes(dataDir: string): Promise<Record<string, number>> {
  const folder = path.join(dataDir, 'downloads');
  const names = (await readdir(folder)).filter((name) => name.endsWith('.gz')).sort();
  const sizes: Record<string, number> = {};
  for (const name of names) sizes[name] = (await stat(path.join(folder, name))).size;
  return sizes;
}
