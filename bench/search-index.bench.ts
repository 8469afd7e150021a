// `npx tsx bench/search-index.bench.ts [--pages 3000] [--baseline DIR]`: the full-text index of a generated corpus —
// file size, memory of the index alone and of a whole server after start, and /search latency (median of the query
// list) — for this checkout and, with --baseline, for another checkout (a copy of an older tree with node_modules) on
// the same pages in the same run; also checks that both answer every query with the same hits and scores.
// JSON in bench/out/search-index.json.
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchQuery, ChildReport } from './search-index/child.js';
import { writeCorpus } from './scale/corpus-dir.js';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const CHILD = fileURLToPath(new URL('./search-index/child.ts', import.meta.url));

/** Texts of several kinds: two-character, long, alias, one-character, digits, traditional, several parts, absent. */
const TEXTS = [
  '质量', '会议', '常务会议', '区工信局', '工业和信息化局', '区', '奖', '2021', '区长质量奖', '區長質量獎',
  '会议认为抓质量工作就是抓高质量发展', '安全生产', '人民政府', '项目 建设', '澳门赌场', '招商引资工作',
];
/** Type filters and pages mixed in, so the list has 48 queries. */
function queryList(): BenchQuery[] {
  const types = [undefined, 'Resolution', 'Organization'];
  return TEXTS.flatMap((q, i) => types.map((type, j): BenchQuery => ({ q, type, page: (i + j) % 4 === 3 ? 2 : 1, size: 20 })));
}

function run(mode: string, root: string, args: string[]): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [mode, root, ...args], { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let report: ChildReport | undefined;
    child.once('message', (message) => (report = message as ChildReport));
    child.once('exit', (code) => (report ? resolve(report) : reject(new Error(`${mode} child for ${root} exited with ${code}`))));
  });
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
};
const round = (value: number): number => Math.round(value * 100) / 100;
const loadAverage = (): number[] => os.loadavg().map(round);

interface CheckoutResult {
  root: string;
  build: ChildReport;
  index: ChildReport;
  serve: ChildReport;
  indexMedianMs: number;
  searchMedianMs: number;
  searchP90Ms: number;
}

/** Builds, opens and serves one checkout's index; returns the figures and the answers to every query. */
async function measure(
  root: string, pages: string, site: string, queries: BenchQuery[], log: (line: string) => void,
): Promise<{ result: CheckoutResult; answers: NonNullable<ChildReport['answers']> }> {
  log(`${root}: building …`);
  const build = await run('build', root, [pages, site]);
  log(`${root}: ${build.indexFile} ${(build.indexBytes! / 2 ** 20).toFixed(1)} MiB, ${build.documents} documents; opening the index alone …`);
  const index = await run('index', root, [site, JSON.stringify(queries)]);
  log(`${root}: serving …`);
  const serve = await run('serve', root, [site, JSON.stringify(queries)]);
  const sorted = [...serve.latenciesMs!].sort((a, b) => a - b);
  const result: CheckoutResult = {
    root, build, index, serve: { ...serve, answers: undefined }, indexMedianMs: round(median(index.latenciesMs!)),
    searchMedianMs: round(median(serve.latenciesMs!)), searchP90Ms: round(sorted[Math.floor(sorted.length * 0.9)]),
  };
  return { result, answers: serve.answers! };
}

function line(name: string, r: CheckoutResult): string {
  return [
    `${name.padEnd(9)} ${r.build.indexFile!.padEnd(20)} ${(r.build.indexBytes! / 2 ** 20).toFixed(1).padStart(7)} MiB`,
    `index alone +${(r.index.rssAfterMiB! - r.index.rssBeforeMiB!).toFixed(1)} MiB RSS (heap ${r.index.heapUsedAfterMiB} MiB, opened in ${round(r.index.ms!)} ms)`,
    `server RSS ${r.serve.rssAfterMiB} MiB after start`,
    `/search median ${r.searchMedianMs} ms (p90 ${r.searchP90Ms}), engine median ${r.indexMedianMs} ms`,
  ].join(' | ');
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { pages: { type: 'string', default: '3000' }, baseline: { type: 'string' }, seed: { type: 'string', default: '20240601' }, out: { type: 'string', default: path.join(repoRoot, 'bench/out/search-index.json') } } });
  const pages = Number(values.pages);
  if (!Number.isInteger(pages) || pages < 1) throw new Error('--pages must be a positive whole number');
  const startedAt = performance.now();
  const log = (text: string): void => void process.stderr.write(`[${((performance.now() - startedAt) / 1000).toFixed(0).padStart(5)} s] ${text}\n`);
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'jiyao-search-bench-'));
  try {
    const start = loadAverage();
    log(`load average ${start.join(' / ')}; generating ${pages} pages …`);
    await writeCorpus(path.join(tmp, 'pages'), pages, Number(values.seed));
    const queries = queryList();
    const checkouts: Array<[string, string]> = [['this', repoRoot], ...(values.baseline ? [['baseline', path.resolve(values.baseline)] as [string, string]] : [])];
    const results: Record<string, CheckoutResult> = {};
    const answers: Record<string, NonNullable<ChildReport['answers']>> = {};
    for (const [name, root] of checkouts) {
      ({ result: results[name], answers: answers[name] } = await measure(root, path.join(tmp, 'pages'), path.join(tmp, `site-${name}`), queries, log));
    }
    const mismatches = answers.baseline
      ? queries.filter((_, i) => JSON.stringify(answers.this[i]) !== JSON.stringify(answers.baseline[i]))
      : null;
    console.log(`${pages} pages, ${queries.length} queries, load average ${start.join(' / ')} → ${loadAverage().join(' / ')}`);
    for (const [name, r] of Object.entries(results)) console.log(line(name, r));
    if (mismatches) console.log(mismatches.length === 0 ? 'same hits and scores for every query' : `DIFFERENT answers for ${mismatches.length} queries: ${JSON.stringify(mismatches)}`);
    mkdirSync(path.dirname(values.out), { recursive: true });
    writeFileSync(values.out, `${JSON.stringify({ date: new Date().toISOString(), pages, queries, loadAverage: { start, end: loadAverage() }, results, mismatches }, null, 2)}\n`);
    return mismatches && mismatches.length > 0 ? 1 : 0;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

main().then((code) => { process.exitCode = code; }, (error: Error) => {
  process.stderr.write(`search-index bench: ${error.message}\n`);
  process.exitCode = 1;
});
