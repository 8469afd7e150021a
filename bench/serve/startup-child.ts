// Child process of the start-up benchmark: starts a server on a dataset, times it to the first /health 200, reports RSS.
import { startServer } from '../../src/http/server.js';

/** What the child sends to its parent over IPC once the server answers. */
export interface StartupReport {
  startupMs: number;
  /** RSS of the process (main thread, store worker threads) right after the first /health 200, in MiB. */
  rssMiB: number;
  /** RSS before `startServer` was called (Node + tsx + modules), in MiB. */
  baselineRssMiB: number;
  /** Highest RSS over a window as long as the start-up (≤ 120 s) after it: the standby store worker loads then. */
  settledPeakRssMiB: number;
  triples: number | null;
}

async function firstHealthy(url: string): Promise<number | null> {
  for (;;) {
    const response = await fetch(new URL('health', url)).catch(() => undefined);
    if (response?.status === 200) return ((await response.json()) as { triples?: number }).triples ?? null;
    await response?.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Highest RSS sampled every 250 ms for `ms` milliseconds, in MiB. */
async function peakRss(ms: number): Promise<number> {
  let peak = process.memoryUsage().rss;
  for (const end = performance.now() + ms; performance.now() < end;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  return peak / 2 ** 20;
}

async function main(dataDir: string): Promise<void> {
  globalThis.gc?.();
  const baselineRssMiB = process.memoryUsage().rss / 2 ** 20;
  const startedAt = performance.now();
  const server = await startServer({ dataDir, port: 0, host: '127.0.0.1' });
  const triples = await firstHealthy(server.url);
  const startupMs = performance.now() - startedAt;
  const rssMiB = process.memoryUsage().rss / 2 ** 20;
  const settledPeakRssMiB = await peakRss(Math.min(startupMs, 120_000));
  const report: StartupReport = { startupMs, rssMiB, baselineRssMiB, settledPeakRssMiB, triples };
  process.send!(report);
  process.once('message', () => void server.close().then(() => process.exit(0)));
}

void main(process.argv[2]).catch((error: Error) => {
  process.stderr.write(`startup child: ${error.message}\n`);
  process.exit(1);
});
