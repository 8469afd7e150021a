// Dereferencing throughput: a jiyao server over a store on 127.0.0.1, driven by autocannon for a fixed time.
import autocannon from 'autocannon';
import { startServer } from '../../src/http/server.js';
import type { Store } from '../../src/store/store.js';
import { BENCH_BASE } from './build-phase.js';

/** What a dereferencing run measured. */
export interface DerefFigures {
  resources: number;
  connections: number;
  durationS: number;
  requests: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  /** Responses other than 200, plus connection errors and time-outs. */
  failures: number;
}

/** Options of {@link measureDereferencing}. */
export interface DerefOptions {
  /** Seconds to run. Default 10. */
  durationS?: number;
  /** Requests in flight. Default 8. */
  connections?: number;
  /** Meetings to cycle through. Default 100. */
  resources?: number;
}

/** `/doc/…` paths of up to `limit` meetings of the dataset (the documents dereferencing a meeting IRI ends at). */
export async function meetingDocumentPaths(store: Store, limit: number): Promise<string[]> {
  const query = `SELECT DISTINCT ?m WHERE { ?m a <https://w3id.org/jiyao/ontology#Meeting> } LIMIT ${Math.floor(limit)}`;
  const result = await store.query(query, { timeoutMs: 120_000 });
  if (result.kind !== 'bindings') throw new Error('the meeting query did not answer rows');
  const idBase = `${BENCH_BASE}id`;
  return result.rows.map((row) => row.m.value).filter((iri) => iri.startsWith(idBase)).map((iri) => encodeURI(`/doc${iri.slice(idBase.length)}`));
}

/** Serves `dataDir` over `store` on 127.0.0.1 and requests meeting documents as Turtle for `durationS` seconds. */
export async function measureDereferencing(dataDir: string, store: Store, options: DerefOptions = {}): Promise<DerefFigures> {
  const durationS = options.durationS ?? 10, connections = options.connections ?? 8;
  const paths = await meetingDocumentPaths(store, options.resources ?? 100);
  if (paths.length === 0) throw new Error('the dataset has no meetings to dereference');
  const server = await startServer({ dataDir, store, port: 0, host: '127.0.0.1', timeoutMs: 30_000, verifyChecksums: false });
  try {
    const result = await autocannon({
      url: server.url.replace('localhost', '127.0.0.1'), connections, duration: durationS, timeout: 30,
      requests: paths.map((p) => ({ method: 'GET', path: p, headers: { accept: 'text/turtle' } })),
    });
    const non200 = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => code !== '200').reduce((sum, [, s]) => sum + Number(s.count), 0);
    return {
      resources: paths.length, connections, durationS: result.duration, requests: result.requests.total,
      requestsPerSecond: result.requests.total / Math.max(result.duration, 1e-9), latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99, failures: non200 + result.errors + result.timeouts,
    };
  } finally {
    await server.close();
    await drain(store);
  }
}

/**
 * Waits for the queries the server left in flight when autocannon stopped (queries run in order, so a trivial one
 * answers last). Closing the embedded store under a running query would make it start a replacement worker.
 */
async function drain(store: Store): Promise<void> {
  await store.query('ASK {}', { timeoutMs: 120_000 }).catch(() => undefined);
}
