// Child process of the start-up benchmark: starts a server on a dataset, times it from process start to the first
// /health 200 and the first SPARQL answer, and reports its memory (RSS now and the kernel's peak).
import { startServer } from '../../src/http/server.js';

/** What the child sends to its parent over IPC once the server answers and the settling window has passed. */
export interface StartupReport {
  /** Whether the server kept a standby store worker. */
  standby: boolean;
  /** `startServer` call → first /health 200, in ms. */
  startupMs: number;
  /** Process start → `startServer` call (Node, tsx and the modules), in ms. */
  processToStartMs: number;
  /** Process start → first /health 200, in ms. */
  processToHealthMs: number;
  /** Process start → first SPARQL answer (a LIMIT 1 query over all graphs) read to its end, in ms. */
  processToFirstAnswerMs: number;
  /** CPU time of all the process's threads from the `startServer` call to the first /health 200, in ms (less
   * sensitive than wall time to other jobs on a shared machine). */
  startupCpuMs: number;
  /** RSS of the process (main thread, store worker threads) right after the first /health 200, in MiB. */
  rssMiB: number;
  /** Peak RSS up to the first /health 200 (the kernel's high-water mark), in MiB. */
  peakRssAtHealthMiB: number;
  /** RSS before `startServer` was called (Node + tsx + modules), in MiB. */
  baselineRssMiB: number;
  /** Highest RSS sampled over the settling window after the first answer (the standby worker loads then), in MiB. */
  settledPeakRssMiB: number;
  /** Peak RSS of the whole run, start-up and settling window (kernel high-water mark), in MiB. */
  peakRssMiB: number;
  /** Length of the settling window, in ms. */
  settleMs: number;
  triples: number | null;
}

/** A query that every dataset answers at once: the first meeting found. */
const FIRST_QUERY = 'SELECT ?meeting WHERE { ?meeting a <https://w3id.org/jiyao/ontology#Meeting> } LIMIT 1';

const mib = (bytes: number): number => bytes / 2 ** 20;
const peakMiB = (): number => process.resourceUsage().maxRSS / 1024;

async function firstHealthy(url: string): Promise<number | null> {
  for (;;) {
    const response = await fetch(new URL('health', url)).catch(() => undefined);
    if (response?.status === 200) return ((await response.json()) as { triples?: number }).triples ?? null;
    await response?.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function firstAnswer(url: string): Promise<void> {
  const response = await fetch(new URL('sparql', url), {
    method: 'POST',
    headers: { 'content-type': 'application/sparql-query', accept: 'application/sparql-results+json' },
    body: FIRST_QUERY,
  });
  const json = (await response.json()) as { results?: { bindings: unknown[] } };
  if (response.status !== 200 || json.results?.bindings.length !== 1) throw new Error(`first SPARQL query: status ${response.status}`);
}

/** Highest RSS sampled every 250 ms for `ms` milliseconds, in MiB. */
async function sampledPeakRss(ms: number): Promise<number> {
  let peak = process.memoryUsage().rss;
  for (const end = performance.now() + ms; performance.now() < end;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  return mib(peak);
}

async function main(dataDir: string, standby: boolean): Promise<void> {
  globalThis.gc?.();
  const baselineRssMiB = mib(process.memoryUsage().rss);
  // performance.now() counts from the process's start (its time origin).
  const processToStartMs = performance.now(), cpuAtStart = process.cpuUsage();
  const server = await startServer({ dataDir, port: 0, host: '127.0.0.1', standby });
  const triples = await firstHealthy(server.url);
  const processToHealthMs = performance.now(), cpu = process.cpuUsage(cpuAtStart);
  const rssMiB = mib(process.memoryUsage().rss), peakRssAtHealthMiB = peakMiB();
  await firstAnswer(server.url);
  const processToFirstAnswerMs = performance.now();
  // Long enough for the standby worker to load as the first one did (it may take longer: it shares the CPU).
  const settleMs = standby ? Math.min(Math.max(1.5 * (processToHealthMs - processToStartMs), 5000), 300_000) : 2000;
  const settledPeakRssMiB = await sampledPeakRss(settleMs);
  const report: StartupReport = {
    standby, startupMs: processToHealthMs - processToStartMs, processToStartMs, processToHealthMs, processToFirstAnswerMs,
    startupCpuMs: (cpu.user + cpu.system) / 1000,
    rssMiB, peakRssAtHealthMiB, baselineRssMiB, settledPeakRssMiB, peakRssMiB: peakMiB(), settleMs, triples,
  };
  process.send!(report);
  process.once('message', () => void server.close().then(() => process.exit(0)));
}

void main(process.argv[2], process.argv[3] !== 'no-standby').catch((error: Error) => {
  process.stderr.write(`startup child: ${error.message}\n`);
  process.exit(1);
});
