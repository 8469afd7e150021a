// `npm run bench:scale`: build throughput on 1 and 2 workers, dump sizes, memory, store loads, query latency and
// dereferencing req/s on the embedded store and (with --virtuoso) a private Virtuoso; JSON in bench/out/scale.json.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeCorpus } from './scale/corpus-dir.js';
import { estimateRun } from './scale/estimate.js';
import { formatScaleResult, writeScaleResult, type DatasetResult, type ScaleResult, type SkippedTarget } from './scale/report.js';
import { ratesOf, runDataset, runTarget, type RunContext } from './scale/runs.js';
import { readScaleSettings, USAGE, type ScaleSettings } from './scale/settings.js';

const startedAt = performance.now();
const log = (line: string): void => void process.stderr.write(`[${((performance.now() - startedAt) / 1000).toFixed(0).padStart(5)} s] ${line}\n`);
const loadAverage = (): number[] => os.loadavg().map((v) => Math.round(v * 100) / 100);

function machine(start: number[]): ScaleResult['machine'] {
  const cpus = os.cpus();
  return {
    node: process.version, cpus: cpus.length, cpuModel: cpus[0]?.model ?? 'unknown', memoryGiB: os.totalmem() / 2 ** 30,
    platform: `${os.platform()} ${os.arch()}`, loadAverage: { start, end: loadAverage() },
  };
}

function isSkipped(run: DatasetResult | SkippedTarget): run is SkippedTarget {
  return 'reason' in run;
}

async function run(settings: ScaleSettings, context: RunContext): Promise<ScaleResult> {
  const start = loadAverage();
  log(`load average ${start.join(' / ')}; generating ${settings.pages} pages into ${context.tmp} …`);
  const corpus = await writeCorpus(path.join(context.tmp, 'pages'), settings.pages, settings.seed);
  const phaseStart = performance.now();
  const main = await runDataset(context, 'main', path.join(context.tmp, 'pages'), settings.workers);
  const buildMs = main.builds.reduce((sum, b) => sum + b.ms, 0);
  const storesMs = Object.values(main.stores).reduce((sum, s) => sum + ('error' in s ? 0 : s.load.ms), 0);
  const best = main.builds.reduce((a, b) => (b.pagesPerSecond > a.pagesPerSecond ? b : a)).workers;
  const datasets = [main];
  const skipped: SkippedTarget[] = [];
  // Without the store phase there are no load rates to estimate the targets from.
  const rates = settings.isBuildOnly ? null : ratesOf(main, Math.max(0, performance.now() - phaseStart - buildMs - storesMs));
  if (rates) {
    for (const target of settings.triples) {
      const outcome = await runTarget(context, corpus, target, rates, best);
      if (isSkipped(outcome)) {
        log(`${target.toLocaleString('en-US')} triples: not run: would take ~${Math.round(outcome.minutes)} min (${outcome.pages} pages)`);
        skipped.push(outcome);
      } else datasets.push(outcome);
    }
  }
  const first = main.builds[0], last = main.builds.at(-1)!;
  return {
    date: new Date().toISOString(), command: `npx tsx bench/scale.bench.ts ${process.argv.slice(2).join(' ')}`.trim(),
    machine: machine(start), generation: { pages: corpus.pages, bytes: corpus.bytes, ms: corpus.durationMs }, datasets,
    scalingRatio: main.builds.length > 1 ? last.pagesPerSecond / first.pagesPerSecond : null,
    estimates: rates ? [1e6, 1e7, 1e8, 1e9].map((t) => estimateRun(t, rates)) : [], skipped,
  };
}

async function main(): Promise<number> {
  let settings: ScaleSettings;
  try {
    settings = readScaleSettings();
  } catch (error) {
    log(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'jiyao-scale-'));
  const cleanUp = (): Promise<void> => rm(tmp, { recursive: true, force: true });
  process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));
  try {
    const result = await run(settings, { settings, tmp, log });
    console.log(formatScaleResult(result));
    writeScaleResult(settings.out, result);
    console.log(`\nwritten ${path.relative(process.cwd(), settings.out)}`);
    return 0;
  } catch (error) {
    log(`bench:scale failed: ${(error as Error).message}`);
    return 1;
  } finally {
    await cleanUp();
  }
}

// Exit explicitly: every server and store is closed by now, and nothing may keep the benchmark alive.
process.exit(await main());
