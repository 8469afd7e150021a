// `npm run bench:serve`: dereferencing req/s against /health, SPARQL latency over HTTP against in-process, and memory
// and start-up time at ~1M and ~5M triples; table on stdout, JSON in bench/out/serve.json.
import os from 'node:os';
import { forkChild } from './serve/child.js';
import { preparedDataset, type BuiltDataset } from './serve/dataset.js';
import { formatServeResult, writeServeResult, type ScaleRow, type ServeResult, type SkippedRow } from './serve/report.js';
import { readServeSettings, USAGE, type ServeSettings } from './serve/settings.js';
import { runSmall } from './serve/small-run.js';
import { measureStartup } from './serve/startup.js';

const startedAt = performance.now();
const log = (line: string): void => void process.stderr.write(`[${((performance.now() - startedAt) / 1000).toFixed(0).padStart(5)} s] ${line}\n`);
const loadAverage = (): number[] => os.loadavg().map((v) => Math.round(v * 100) / 100);

/** Measured rates the estimates of bigger datasets are made from (updated after each dataset). */
interface Rates { triplesPerPage: number; pagesPerBuildSecond: number; startupMsPerTriple: number }

async function scaleRow(dataset: BuiltDataset, targetTriples: number | null): Promise<ScaleRow> {
  const startup = await measureStartup(dataset.dataDir);
  return {
    targetTriples, pages: dataset.pages, triples: startup.triples ?? dataset.triples, buildMs: dataset.buildMs, buildReused: dataset.reused,
    startupMs: startup.startupMs, rssMiB: startup.rssMiB, baselineRssMiB: startup.baselineRssMiB, settledPeakRssMiB: startup.settledPeakRssMiB,
  };
}

function updateRates(rates: Rates, row: ScaleRow): Rates {
  const triples = row.triples ?? rates.triplesPerPage * row.pages;
  return { triplesPerPage: triples / row.pages, pagesPerBuildSecond: row.pages / (row.buildMs / 1000), startupMsPerTriple: row.startupMs / triples };
}

async function runTargets(settings: ServeSettings, first: ScaleRow): Promise<{ scale: ScaleRow[]; skipped: SkippedRow[] }> {
  let rates = updateRates({ triplesPerPage: 390, pagesPerBuildSecond: 1, startupMsPerTriple: 0 }, first);
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
    let dataset: BuiltDataset, row: ScaleRow;
    try {
      // In a child process: a build that runs out of memory must not take the figures measured so far with it.
      dataset = await forkChild<BuiltDataset>('build-child.ts', [settings.cacheDir, String(pages), String(settings.seed)]).message;
      log(`  built ${dataset.triples?.toLocaleString('en-US')} triples in ${(dataset.buildMs / 1000).toFixed(1)} s${dataset.reused ? ' (cached)' : ''}; starting a server …`);
      row = await scaleRow(dataset, target);
    } catch (error) {
      const reason = `failed: ${(error as Error).message}`;
      log(`${target.toLocaleString('en-US')} triples: ${reason}`);
      skipped.push({ targetTriples: target, pages, estimatedMinutes: minutes, reason });
      continue;
    }
    log(`  start-up ${(row.startupMs / 1000).toFixed(2)} s, RSS ${row.rssMiB.toFixed(0)} MiB`);
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
  const { scale, skipped } = await runTargets(settings, await scaleRow(small, null));
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
