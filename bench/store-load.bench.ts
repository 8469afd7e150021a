// Loading one built dataset into Virtuoso three ways, in one run: Graph Store PUT per page (`jiyao load`), the bulk
// loader into an empty store (`jiyao load --bulk`), and the bulk loader replacing the graphs of a loaded store.
// Each load goes into a private Virtuoso started for it (test/e2e/virtuoso-server.ts), one after another, never side
// by side. Prints a table with triples/s and the bulk/GSP ratio; writes bench/out/store-load.json.
//
//   npx tsx bench/store-load.bench.ts [--pages 3000] [--concurrency 8] [--seed 7] [--data DIR] [--out FILE]
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bulkLoadDataset } from '../src/publish/bulk-load.js';
import { runBuild } from '../src/publish/build.js';
import { loadDataset, type LoadSummary } from '../src/publish/load-dataset.js';
import { startVirtuoso, type VirtuosoServer } from '../test/e2e/virtuoso-server.js';
import { writeCorpus } from './scale/corpus-dir.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BASE = 'https://data.example.org/jiyao/';

const { values: flags } = parseArgs({
  options: {
    pages: { type: 'string', default: '3000' },
    concurrency: { type: 'string', default: '8' },
    seed: { type: 'string', default: '7' },
    data: { type: 'string' },
    out: { type: 'string', default: path.join(repoRoot, 'bench', 'out', 'store-load.json') },
  },
});

/** One timed load. */
interface LoadRun {
  name: string;
  triples: number;
  graphs: number;
  ms: number;
  triplesPerSecond: number;
  /** CPU seconds virtuoso-t spent (all its threads), and quads per such second: fairer than wall time on a shared host. */
  virtuosoCpuSeconds: number;
  triplesPerVirtuosoCpuSecond: number;
  /** Bulk loads: wall ms per step. */
  steps?: Record<string, number>;
}

/** CPU seconds (user + system, all threads) of process `pid`, from /proc (clock ticks of 1/100 s on Linux). */
async function cpuSeconds(pid: number | undefined): Promise<number> {
  if (pid === undefined) return Number.NaN;
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Runs `load` and measures the Virtuoso CPU it took. */
async function measured(name: string, server: VirtuosoServer, load: () => Promise<{ summary: LoadSummary; steps?: Record<string, number> }>): Promise<LoadRun> {
  const cpuBefore = await cpuSeconds(server.pid());
  const { summary, steps } = await load();
  const virtuosoCpuSeconds = (await cpuSeconds(server.pid())) - cpuBefore;
  return {
    name, triples: summary.triples, graphs: summary.graphsLoaded, ms: summary.durationMs,
    triplesPerSecond: (summary.triples * 1000) / summary.durationMs,
    virtuosoCpuSeconds, triplesPerVirtuosoCpuSecond: summary.triples / virtuosoCpuSeconds, ...(steps ? { steps } : {}),
  };
}

const startedAt = performance.now();
const log = (line: string): void => void process.stderr.write(`[${((performance.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
const loadAverage = (): string => os.loadavg().map((v) => v.toFixed(2)).join(' / ');

/** Generates `pages` pages and builds them (2 workers) into `tmp/site`. */
async function buildDataset(tmp: string, pages: number, seed: number): Promise<string> {
  log(`generating ${pages} pages …`);
  await writeCorpus(path.join(tmp, 'pages'), pages, seed);
  log('building …');
  const site = path.join(tmp, 'site');
  await runBuild({ input: path.join(tmp, 'pages'), output: site, base: BASE, toolVersion: 'bench-store-load', workers: 2, full: true });
  return site;
}

/** Bulk-loads `dataDir` into `server`, timing each step the loader announces. */
function bulkLoad(dataDir: string, server: VirtuosoServer): Promise<{ summary: LoadSummary; steps: Record<string, number> }> {
  const steps: Record<string, number> = {};
  let current: string | undefined, stepStart = performance.now();
  const endStep = (): void => {
    if (current) steps[current] = Math.round(performance.now() - stepStart);
    stepStart = performance.now();
  };
  return bulkLoadDataset({
    dataDir, queryUrl: server.queryUrl,
    isql: { host: '127.0.0.1', port: server.sqlPort, user: server.user, password: server.password },
    onStep: (step) => {
      endStep();
      current = step.name;
      log(`  ${step.message}`);
    },
  }).then((summary) => {
    endStep();
    return { summary, steps };
  });
}

/** Runs `use` on a fresh private Virtuoso that may read `dataDir`, then stops it. */
async function withVirtuoso<T>(dataDir: string, use: (server: VirtuosoServer) => Promise<T>): Promise<T> {
  const server = await startVirtuoso({ dirsAllowed: [path.resolve(dataDir)] });
  try {
    return await use(server);
  } finally {
    await server.stop();
  }
}

function format(runs: LoadRun[], gsp: LoadRun): string {
  const header = `${'load'.padEnd(44)} ${'quads'.padStart(9)} ${'time'.padStart(9)} ${'rate'.padStart(10)} ${'vs GSP'.padStart(6)} ${'Virtuoso CPU'.padStart(12)} ${'per CPU-s'.padStart(10)}`;
  const rows = runs.map((run) => {
    const ratio = `${(run.triplesPerSecond / gsp.triplesPerSecond).toFixed(1)}×`;
    const steps = run.steps ? `\n${' '.repeat(46)}steps: ${Object.entries(run.steps).map(([step, ms]) => `${step} ${(ms / 1000).toFixed(1)} s`).join(', ')}` : '';
    return `${run.name.padEnd(44)} ${String(run.triples).padStart(9)} ${(run.ms / 1000).toFixed(1).padStart(7)} s ${Math.round(run.triplesPerSecond).toLocaleString('en-US').padStart(8)}/s `
      + `${ratio.padStart(6)} ${run.virtuosoCpuSeconds.toFixed(1).padStart(10)} s ${Math.round(run.triplesPerVirtuosoCpuSecond).toLocaleString('en-US').padStart(10)}${steps}`;
  });
  return [header, ...rows].join('\n');
}

async function run(): Promise<number> {
  const loadAtStart = loadAverage();
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'jiyao-store-load-'));
  try {
    const dataDir = flags.data ?? await buildDataset(tmp, Number(flags.pages), Number(flags.seed));
    const concurrency = Number(flags.concurrency);
    const runs: LoadRun[] = [];
    await withVirtuoso(dataDir, async (server) => {
      log(`Graph Store PUT per page, ${concurrency} in flight …`);
      runs.push(await measured(`jiyao load (GSP, ${concurrency} in flight), empty store`, server, async () => ({
        summary: await loadDataset({ dataDir, store: { queryUrl: server.queryUrl, user: server.user, password: server.password }, concurrency }),
      })));
      log('bulk loader replacing every graph of the loaded store …');
      runs.push(await measured('jiyao load --bulk, replacing a loaded store', server, () => bulkLoad(dataDir, server)));
    });
    await withVirtuoso(dataDir, async (server) => {
      log('bulk loader into an empty store …');
      runs.splice(1, 0, await measured('jiyao load --bulk, empty store', server, () => bulkLoad(dataDir, server)));
    });
    const result = { date: new Date().toISOString(), command: `npx tsx bench/store-load.bench.ts ${process.argv.slice(2).join(' ')}`.trim(),
      cpus: os.cpus().length, loadAverage: { start: loadAtStart, end: loadAverage() }, runs };
    console.log(format(runs, runs[0]));
    console.log(`load average ${result.loadAverage.start} at the start, ${result.loadAverage.end} at the end`);
    await mkdir(path.dirname(flags.out), { recursive: true });
    await writeFile(flags.out, `${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    log(`bench store-load failed: ${(error as Error).message}`);
    return 1;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

process.exitCode = await run();
