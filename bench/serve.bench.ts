// `npm run bench:serve`: dereferencing req/s against /health, SPARQL latency over HTTP against in-process, and memory
// and start-up time at ~1M and ~5M triples; table on stdout, JSON in bench/out/serve.json.
import os from 'node:os';
import { forkChild } from './serve/child.js';
import { preparedDataset, syntheticDataset, type BuiltDataset, type SyntheticDataset } from './serve/dataset.js';
import { formatServeResult, writeServeResult, type ScaleRow, type ServeResult, type SkippedRow } from './serve/report.js';
import { readServeSettings, USAGE, type ServeSettings } from './serve/settings.js';
import { runSmall } from './serve/small-run.js';
import { measureStartup } from './serve/startup.js';
import { startupFigures } from './serve/startup-report.js';

const startedAt = performance.now();
const log = (line: string): void => void process.stderr.write(`[${((performance.now() - startedAt) / 1000).toFixed(0).padStart(5)} s] ${line}\n`);
const loadAverage = (): number[] => os.loadavg().map((v) => Math.round(v * 100) / 100);

/** Measured rates the estimates of bigger datasets are made from (updated after each dataset). */
interface Rates { triplesPerPage: number; pagesPerBuildSecond: number; startupMsPerTriple: number }

/** Start-up with the standby worker (as `jiyao serve` runs), then without it, each in a fresh process. */
async function scaleRow(dataset: BuiltDataset | SyntheticDataset, targetTriples: number | null): Promise<ScaleRow> {
  const standby = await measureStartup(dataset.dataDir, { standby: true });
  const noStandby = await measureStartup(dataset.dataDir, { standby: false });
  const synthetic = 'synthetic' in dataset ? { synthetic: dataset.synthetic, quads: dataset.quads } : {};
  return {
    targetTriples, pages: dataset.pages, triples: standby.triples ?? dataset.triples, buildMs: dataset.buildMs, buildReused: dataset.reused,
    ...synthetic, standby: startupFigures(standby), noStandby: startupFigures(noStandby),
  };
}

function updateRates(rates: Rates, row: ScaleRow): Rates {
  const triples = row.triples ?? rates.triplesPerPage * row.pages;
  const startupMsPerTriple = (row.standby.healthMs + row.noStandby.healthMs) / triples; // both start-ups are run
  if (row.synthetic) return { ...rates, startupMsPerTriple };
  return { triplesPerPage: triples / row.pages, pagesPerBuildSecond: row.pages / (row.buildMs / 1000), startupMsPerTriple };
}

async function runTargets(settings: ServeSettings, small: BuiltDataset, first: ScaleRow): Promise<{ scale: ScaleRow[]; skipped: SkippedRow[] }> {
  let rates = updateRates({ triplesPerPage: 390, pagesPerBuildSecond: 1, startupMsPerTriple: 0 }, first);
  let largestBuilt = small;
  const scale = [first], skipped: SkippedRow[] = [];
  for (const target of settings.triples) {
    const pages = Math.ceil(target / rates.triplesPerPage);
    const minutes = (pages / rates.pagesPerBuildSecond + (target * rates.startupMsPerTriple) / 1000) / 60;
    log(`${target.toLocaleString('en-US')} triples: ${pages} pages, estimated ~${minutes.toFixed(1)} min (build + start-up; less if cached)`);
    if (minutes > settings.maxMinutes) {
      const reason = `would take ~${Math.round(minutes)} min (over --max-minutes ${settings.maxMinutes})`;
      log(`${target.toLocaleString('en-US')} triples: not run: ${reason}`);
      skipped.push({ targetTriples: target, pages, estimatedMinutes: minutes, reason });
      continue;
    }
    let dataset: BuiltDataset | SyntheticDataset, row: ScaleRow;
    try {
      // In a child process: a build that runs out of memory must not take the figures measured so far with it.
      dataset = await forkChild<BuiltDataset>('build-child.ts', [settings.cacheDir, String(pages), String(settings.seed)]).message
        .then((built) => (largestBuilt = built), async (error: Error) => {
          // Start-up and memory can still be measured, on copies of the largest dump that was built.
          log(`  build failed (${error.message}); making a synthetic dump from the ${largestBuilt.pages}-page dataset instead …`);
          return syntheticDataset(settings.cacheDir, largestBuilt, target);
        });
      const triples = dataset.triples?.toLocaleString('en-US');
      const what = 'synthetic' in dataset ? `${dataset.synthetic}: ${triples} triples` : `built ${triples} triples in ${(dataset.buildMs / 1000).toFixed(1)} s`;
      log(`  ${what}${dataset.reused ? ' (cached)' : ''}; starting servers …`);
      row = await scaleRow(dataset, target);
    } catch (error) {
      const reason = `failed: ${(error as Error).message}`;
      log(`${target.toLocaleString('en-US')} triples: ${reason}`);
      skipped.push({ targetTriples: target, pages, estimatedMinutes: minutes, reason });
      continue;
    }
    log(`  /health after ${(row.standby.healthMs / 1000).toFixed(1)} s, peak RSS ${row.standby.peakRssMiB.toFixed(0)} MiB (${row.noStandby.peakRssMiB.toFixed(0)} MiB without the standby worker)`);
    scale.push(row);
    rates = updateRates(rates, row);
  }
  return { scale, skipped };
}

async function run(settings: ServeSettings): Promise<ServeResult> {
  const start = loadAverage();
  log(`small dataset: ${settings.pages} pages (cache ${settings.cacheDir}) …`);
  const small = await preparedDataset(settings.cacheDir, settings.pages, settings.seed);
  log(`  ${small.triples?.toLocaleString('en-US')} triples${small.reused ? ' (cached)' : `, built in ${(small.buildMs / 1000).toFixed(1)} s`}`);
  const { dereferencing, sparql } = await runSmall(small.dataDir, settings, log);
  const { scale, skipped } = await runTargets(settings, small, await scaleRow(small, null));
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(), command: `npx tsx bench/serve.bench.ts ${process.argv.slice(2).join(' ')}`.trim(),
    machine: { node: process.version, cpus: cpus.length, cpuModel: cpus[0]?.model ?? 'unknown', memoryGiB: os.totalmem() / 2 ** 30, loadAverage: { start, end: loadAverage() } },
    settings: { ...settings }, small: { pages: small.pages, triples: small.triples }, dereferencing, sparql, scale, skipped,
  };
}

async function main(): Promise<number> {
  let settings: ServeSettings;
  try {
    settings = readServeSettings();
  } catch (error) {
    log(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  try {
    const result = await run(settings);
    console.log(formatServeResult(result));
    writeServeResult(settings.out, result);
    console.log(`\nwritten ${settings.out}`);
    return 0;
  } catch (error) {
    log(`bench:serve failed: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await main();
