// The two kinds of run: the main one (N pages, each worker count) and one per triple-count target (if its estimate fits).
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { dumpSizes, measureBuild, type BuildFigures } from './build-phase.js';
import { linkCorpusPrefix, writeCorpus, type WrittenCorpus } from './corpus-dir.js';
import { measureDataset } from './dataset-phase.js';
import { estimateRun, type MeasuredRates } from './estimate.js';
import type { DatasetResult, SkippedTarget } from './report.js';
import type { ScaleSettings } from './settings.js';

/** Where a run works and how it reports. */
export interface RunContext {
  settings: ScaleSettings;
  /** Scratch folder, removed by the caller. */
  tmp: string;
  log: (line: string) => void;
}

/** Builds `input` with each worker count (fresh output each), keeps the last dataset, and measures the stores on it. */
export async function runDataset(context: RunContext, label: string, input: string, workers: number[]): Promise<DatasetResult> {
  const { settings, log } = context;
  const builds: BuildFigures[] = [];
  let dataDir = '';
  for (const count of workers) {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    dataDir = path.join(context.tmp, `${label}-site-${count}w`);
    log(`${label}: building with ${count} worker(s) …`);
    builds.push(await measureBuild(input, dataDir, count));
    log(`  ${(builds.at(-1)!.ms / 1000).toFixed(1)} s, ${builds.at(-1)!.pagesPerSecond.toFixed(1)} pages/s`);
  }
  const last = builds.at(-1)!;
  const dumps = await dumpSizes(dataDir);
  const stores = settings.isBuildOnly ? {} : await measureDataset({
    dataDir, triples: last.triples, hasVirtuoso: settings.hasVirtuoso,
    virtuosoLoad: { method: settings.virtuosoLoad, concurrency: settings.loadConcurrency }, derefSeconds: settings.derefSeconds, log,
  });
  await rm(dataDir, { recursive: true, force: true });
  return { label, pages: last.pages, triples: last.triples, builds, dumps, stores };
}

/** The store's load rate, or undefined when it was not measured or failed to load. */
function loadRate(figures: DatasetResult['stores'][string] | undefined): number | undefined {
  return figures && !('error' in figures) ? figures.load.triplesPerSecond : undefined;
}

/** The rates of the main run that the estimates use; null when the embedded store did not load (nothing to scale from). */
export function ratesOf(main: DatasetResult, queryPhaseMs: number): MeasuredRates | null {
  const best = main.builds.reduce((a, b) => (b.pagesPerSecond > a.pagesPerSecond ? b : a));
  const embedded = loadRate(main.stores.embedded);
  if (embedded === undefined) return null;
  return {
    triplesPerPage: main.triples / Math.max(1, main.pages), buildPagesPerSecond: best.pagesPerSecond,
    embeddedLoadTriplesPerSecond: embedded,
    virtuosoLoadTriplesPerSecond: loadRate(main.stores.virtuoso),
    queryPhaseMs, queryPhaseTriples: main.triples,
  };
}

/** Runs one target (build with the best worker count + stores) when its estimate fits the budget; else says why not. */
export async function runTarget(
  context: RunContext, corpus: WrittenCorpus, targetTriples: number, rates: MeasuredRates, bestWorkers: number,
): Promise<DatasetResult | SkippedTarget> {
  const estimate = estimateRun(targetTriples, rates);
  if (estimate.minutes > context.settings.maxMinutes) {
    return { ...estimate, reason: `over --max-minutes ${context.settings.maxMinutes}` };
  }
  const label = `target-${targetTriples.toExponential(0)}`;
  const input = path.join(context.tmp, `${label}-pages`);
  await mkdir(input, { recursive: true });
  context.log(`${label}: ${estimate.pages} pages, estimated ~${estimate.minutes.toFixed(1)} min`);
  if (estimate.pages <= corpus.pages) await linkCorpusPrefix(corpus, input, estimate.pages);
  else await writeCorpus(input, estimate.pages, context.settings.seed);
  try {
    return await runDataset(context, label, input, [bestWorkers]);
  } finally {
    await rm(input, { recursive: true, force: true });
  }
}
