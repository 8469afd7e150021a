// Nightly query fuzz: builds a small dataset, starts the server on 127.0.0.1:0 and sends ≥ 10,000 seeded mutated
// queries; exits non-zero on a crash, an undocumented status, or a server that stops answering. Prints counts by status,
// RSS before/after, and how long ASK {} takes right after each pathological query is cancelled.
//
//   npx tsx bench/query-fuzz.ts [--cases 10000] [--seed 20240607] [--concurrency 4] [--timeout-ms 1000]
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer, type RunningServer } from '../src/http/server.js';
import { runBuild } from '../src/publish/build.js';
import { createRandom } from './generator/random.js';
import { ALLOWED_STATUSES, PATHOLOGICAL_QUERIES, loadSeedQueries, makeFuzzCase, sendFuzzCase } from './query-mutations.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const W3C = path.resolve(repoRoot, '../shared/w3c/sparql11');
const DEV_CORPUS = path.resolve(repoRoot, '../shared/corpus/dev');

const { values: flags } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '20240607' },
    concurrency: { type: 'string', default: '4' },
    'timeout-ms': { type: 'string', default: '1000' },
  },
});

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** Builds the dev corpus (13 pages) into a temp folder and returns that folder. */
async function buildSmallDataset(tmp: string): Promise<string> {
  const input = path.join(tmp, 'input');
  await cp(DEV_CORPUS, input, { recursive: true, filter: (source) => !source.endsWith('.json') });
  const output = path.join(tmp, 'site');
  await runBuild({ input, output, toolVersion: 'fuzz', workers: 2 });
  return output;
}

async function askLatency(endpoint: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${endpoint}?query=${encodeURIComponent('ASK {}')}`);
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

/** Sends every pathological query, then ASK {}; returns the lines of the report and whether all were as expected. */
async function pathological(endpoint: string): Promise<{ lines: string[]; isOk: boolean }> {
  const lines: string[] = [];
  let isOk = true;
  for (const [name, query] of Object.entries(PATHOLOGICAL_QUERIES)) {
    const started = performance.now();
    const response = await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/sparql-query' }, body: query });
    await response.arrayBuffer();
    const cancelMs = performance.now() - started;
    const ask = await askLatency(endpoint);
    isOk &&= response.status === 503 && response.headers.has('retry-after') && ask.status === 200;
    lines.push(`  ${name.padEnd(24)} ${response.status} after ${cancelMs.toFixed(0)} ms; then ASK {} ${ask.status} in ${ask.ms.toFixed(0)} ms`);
  }
  return { lines, isOk };
}

async function fuzz(endpoint: string, total: number, seed: number, concurrency: number) {
  const seeds = await loadSeedQueries(W3C);
  const random = createRandom(seed);
  const byStatus = new Map<number, number>();
  const unexpected: string[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < total) {
      const index = next++;
      const fuzzCase = makeFuzzCase(seeds, random);
      const status = await sendFuzzCase(endpoint, fuzzCase);
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      if (!ALLOWED_STATUSES.has(status)) unexpected.push(`case ${index}: ${status} after ${fuzzCase.mutation}`);
      if ((index + 1) % 1000 === 0) process.stderr.write(`  ${index + 1}/${total}, RSS ${mb(process.memoryUsage().rss)}\n`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { byStatus, unexpected, seeds: seeds.length };
}

async function run(): Promise<number> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'jiyao-query-fuzz-'));
  let server: RunningServer | undefined;
  try {
    const dataDir = await buildSmallDataset(tmp);
    const timeoutMs = Number(flags['timeout-ms']);
    server = await startServer({ dataDir, port: 0, host: '127.0.0.1', timeoutMs, queryLimits: { maxPerClient: 16 } });
    const endpoint = `${server.url}sparql`;
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const result = await fuzz(endpoint, Number(flags.cases), Number(flags.seed), Number(flags.concurrency));
    const seconds = (performance.now() - started) / 1000;
    const rssAfter = process.memoryUsage().rss;
    const patho = await pathological(endpoint);
    const finalAsk = await askLatency(endpoint);
    console.log(`query fuzz: ${flags.cases} cases from ${result.seeds} seed queries, seed ${flags.seed}, timeout ${timeoutMs} ms, ${seconds.toFixed(1)} s`);
    console.log(`  by status: ${[...result.byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`).join(', ')}`);
    console.log(`  RSS (server and client in one process): ${mb(rssBefore)} before, ${mb(rssAfter)} after`);
    console.log('pathological queries:');
    for (const line of patho.lines) console.log(line);
    console.log(`final ASK {}: ${finalAsk.status} in ${finalAsk.ms.toFixed(0)} ms`);
    for (const line of result.unexpected.slice(0, 20)) console.log(`UNEXPECTED ${line}`);
    return result.unexpected.length === 0 && patho.isOk && finalAsk.status === 200 ? 0 : 1;
  } finally {
    await server?.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

process.exitCode = await run();
