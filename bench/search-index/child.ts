// Child process of the search-index benchmark, run against the sources of one checkout (this one or an older copy):
// `build` builds a dataset, `index` opens its search index alone and times engine queries, `serve` starts a server and
// times /search over HTTP. Each reports one JSON message to the parent over IPC. The checkout's modules are imported
// by path, so the same child measures an index.json checkout and an index.sqlite one.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** One query of the run, as /search parameters. */
export interface BenchQuery {
  q: string;
  type?: string;
  page?: number;
  size?: number;
}

/** What a child reports. */
export interface ChildReport {
  mode: 'build' | 'index' | 'serve';
  ms?: number;
  /** build: the index file named in the manifest, and its size. */
  indexFile?: string;
  indexBytes?: number;
  documents?: number;
  /** RSS before the measured step, after it (after a full GC), and the kernel's peak, in MiB. */
  rssBeforeMiB?: number;
  rssAfterMiB?: number;
  heapUsedAfterMiB?: number;
  peakRssMiB?: number;
  /** Per-query latency in ms, in query order (index: engine.search; serve: the HTTP round trip). */
  latenciesMs?: number[];
  /** serve: each answer's total and its hits as `iri score`, to compare checkouts. */
  answers?: Array<{ total: number; hits: string[] }>;
}

const mib = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;
const settledRss = (): { rss: number; heap: number } => {
  globalThis.gc?.();
  const usage = process.memoryUsage();
  return { rss: mib(usage.rss), heap: mib(usage.heapUsed) };
};
const peak = (): number => Math.round(process.resourceUsage().maxRSS / 102.4) / 10;

async function load<T>(root: string, module: string): Promise<T> {
  return (await import(pathToFileURL(path.join(root, 'src', module)).href)) as T;
}

async function build(root: string, input: string, output: string): Promise<ChildReport> {
  const { runBuild } = await load<{ runBuild: (o: Record<string, unknown>) => Promise<unknown> }>(root, 'publish/build.js');
  const started = performance.now();
  await runBuild({ input, output, base: 'https://w3id.org/jiyao/', toolVersion: '0.0.0-bench', workers: 1 });
  const manifest = JSON.parse(await readFile(path.join(output, 'manifest.json'), 'utf8')) as { search: { fileName: string; byteSize: number; documents: number } };
  return { mode: 'build', ms: performance.now() - started, indexFile: manifest.search.fileName, indexBytes: manifest.search.byteSize, documents: manifest.search.documents, peakRssMiB: peak() };
}

interface Engine {
  search(request: { text: string; classIri?: string; page: number; size: number }): unknown;
}
interface SearchModule {
  SearchEngine: new (index: unknown) => Engine;
  openSearchIndexFile?: (dir: string) => Promise<unknown>;
  readSearchIndexFile?: (dir: string) => Promise<unknown>;
}

async function index(root: string, dataDir: string, queries: BenchQuery[]): Promise<ChildReport> {
  const search = await load<SearchModule>(root, 'search/index.js');
  const { JY_NS } = await load<{ JY_NS: string }>(root, 'vocab/index.js');
  const before = settledRss();
  const started = performance.now();
  const open = search.openSearchIndexFile ?? search.readSearchIndexFile!;
  const engine = new search.SearchEngine(await open(dataDir));
  const ms = performance.now() - started;
  const after = settledRss();
  const latenciesMs = queries.map((q) => {
    const t = performance.now();
    engine.search({ text: q.q, classIri: q.type ? `${JY_NS}${q.type}` : undefined, page: q.page ?? 1, size: q.size ?? 20 });
    return performance.now() - t;
  });
  return { mode: 'index', ms, rssBeforeMiB: before.rss, rssAfterMiB: after.rss, heapUsedAfterMiB: after.heap, peakRssMiB: peak(), latenciesMs };
}

async function serve(root: string, dataDir: string, queries: BenchQuery[]): Promise<ChildReport> {
  const { startServer } = await load<{ startServer: (o: Record<string, unknown>) => Promise<{ url: string; close(): Promise<void> }> }>(root, 'http/server.js');
  const before = settledRss();
  const started = performance.now();
  const server = await startServer({ dataDir, port: 0, host: '127.0.0.1', standby: false });
  const ask = async (q: BenchQuery) => {
    const params = new URLSearchParams({ q: q.q, ...(q.type ? { type: q.type } : {}), page: String(q.page ?? 1), size: String(q.size ?? 20) });
    const response = await fetch(`${server.url}search?${params}`, { headers: { accept: 'application/json' } });
    if (response.status !== 200) throw new Error(`/search?${params}: ${response.status}`);
    return (await response.json()) as { mode: string; total: number; hits: Array<{ iri: string; score: number }> };
  };
  // The first answer waits for the index to be read (JSON) or opened (SQLite).
  const first = await ask({ q: '会议' });
  if (first.mode !== 'full-text') throw new Error(`/search answered in ${first.mode} mode`);
  const ms = performance.now() - started;
  const after = settledRss();
  const latenciesMs: number[] = [];
  const answers: ChildReport['answers'] = [];
  for (const q of queries) {
    const t = performance.now();
    const answer = await ask(q);
    latenciesMs.push(performance.now() - t);
    answers.push({ total: answer.total, hits: answer.hits.map((h) => `${h.iri} ${h.score}`) });
  }
  await server.close();
  return { mode: 'serve', ms, rssBeforeMiB: before.rss, rssAfterMiB: after.rss, heapUsedAfterMiB: after.heap, peakRssMiB: peak(), latenciesMs, answers };
}

async function main(): Promise<void> {
  const [mode, root, first, second] = process.argv.slice(2);
  const report = mode === 'build' ? await build(root, first, second)
    : mode === 'index' ? await index(root, first, JSON.parse(second) as BenchQuery[])
    : await serve(root, first, JSON.parse(second) as BenchQuery[]);
  process.send!(report, () => process.exit(0));
}

void main().catch((error: Error) => {
  process.stderr.write(`search-index child: ${error.message}\n`);
  process.exit(1);
});
