// Child process of the dereferencing benchmark: drives one route of a server and reports its rate, so that the client's
// own work (reading and parsing every response body) runs outside the server's event loop.
import autocannon from 'autocannon';

/** What to drive, as JSON in argv[2]. */
export interface LoadJob {
  url: string;
  paths: string[];
  accept: string;
  connections: number;
  /** `steady`: autocannon round-robin for `durationS`; `once`: each path asked once, `connections` at a time. */
  mode: 'steady' | 'once';
  durationS: number;
}

/** What the child reports over IPC. */
export interface LoadReport {
  requests: number;
  durationS: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  /** Responses other than 200, connection errors and time-outs. */
  failures: number;
}

const headersFor = (accept: string) => ({ accept, 'accept-encoding': 'identity' });

async function steady(job: LoadJob): Promise<LoadReport> {
  const result = await autocannon({
    url: job.url, connections: job.connections, duration: job.durationS, timeout: 30,
    requests: job.paths.map((p) => ({ method: 'GET', path: p, headers: headersFor(job.accept) })),
  });
  const non200 = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => code !== '200')
    .reduce((sum, [, s]) => sum + Number(s.count), 0);
  return {
    requests: result.requests.total, durationS: result.duration, latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99, failures: non200 + result.errors + result.timeouts,
  };
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/**
 * Each path once, `connections` at a time. autocannon would send every connection through the same list from its
 * start, so the first document would be asked by 16 connections at once and never be a first request after that.
 */
async function once(job: LoadJob): Promise<LoadReport> {
  const latencies: number[] = [];
  let next = 0, failures = 0;
  const startedAt = performance.now();
  const client = async (): Promise<void> => {
    while (next < job.paths.length) {
      const path = job.paths[next++];
      const sentAt = performance.now();
      const response = await fetch(new URL(path, job.url), { headers: headersFor(job.accept) }).catch(() => undefined);
      await response?.arrayBuffer();
      latencies.push(performance.now() - sentAt);
      if (response?.status !== 200) failures++;
    }
  };
  await Promise.all(Array.from({ length: job.connections }, client));
  const durationS = (performance.now() - startedAt) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: job.paths.length, durationS, latencyP50Ms: percentile(latencies, 50), latencyP99Ms: percentile(latencies, 99), failures };
}

const job = JSON.parse(process.argv[2]) as LoadJob;
(job.mode === 'once' ? once(job) : steady(job)).then(
  (report) => process.send!(report, () => process.exit(0)),
  (error: Error) => {
    process.stderr.write(`load client: ${error.message}\n`);
    process.exit(1);
  },
);
