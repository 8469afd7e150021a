// Dereferencing throughput: /health, a meeting's Turtle and its HTML, driven by autocannon on one server, one after another.
import autocannon from 'autocannon';
import type { Store } from '../../src/store/store.js';
import { SERVE_BENCH_BASE } from './dataset.js';

/** What one route measured. */
export interface RouteRate {
  route: 'health' | 'turtle' | 'html';
  requests: number;
  durationS: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  /** Responses other than 200, connection errors and time-outs. */
  failures: number;
}

/** The three routes and the ratios to /health. */
export interface DerefResult {
  connections: number;
  meetings: number;
  routes: RouteRate[];
  turtleToHealth: number;
  htmlToHealth: number;
}

/** `/doc/…` paths of up to `limit` meetings (the documents a meeting IRI is dereferenced to). */
export async function meetingDocumentPaths(store: Store, limit: number): Promise<string[]> {
  const query = `SELECT DISTINCT ?m WHERE { ?m a <https://w3id.org/jiyao/ontology#Meeting> } LIMIT ${Math.floor(limit)}`;
  const result = await store.query(query, { timeoutMs: 120_000 });
  if (result.kind !== 'bindings') throw new Error('the meeting query did not answer rows');
  const idBase = `${SERVE_BENCH_BASE}id`;
  return result.rows.map((row) => row.m.value).filter((iri) => iri.startsWith(idBase))
    .map((iri) => encodeURI(`/doc${iri.slice(idBase.length)}`));
}

async function drive(url: string, route: RouteRate['route'], paths: string[], accept: string, durationS: number, connections: number): Promise<RouteRate> {
  const result = await autocannon({
    url, connections, duration: durationS, timeout: 30,
    requests: paths.map((p) => ({ method: 'GET', path: p, headers: { accept, 'accept-encoding': 'identity' } })),
  });
  const non200 = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => code !== '200')
    .reduce((sum, [, s]) => sum + Number(s.count), 0);
  return {
    route, requests: result.requests.total, durationS: result.duration,
    requestsPerSecond: result.requests.total / Math.max(result.duration, 1e-9),
    latencyP50Ms: result.latency.p50, latencyP99Ms: result.latency.p99, failures: non200 + result.errors + result.timeouts,
  };
}

/** Drives /health, then meeting Turtle, then meeting HTML on the server at `url` (127.0.0.1), each for `durationS`. */
export async function measureDereferencing(url: string, store: Store, durationS: number, connections: number): Promise<DerefResult> {
  const docs = await meetingDocumentPaths(store, 100);
  if (docs.length === 0) throw new Error('the dataset has no meetings to dereference');
  await drive(url, 'health', ['/health'], 'application/json', 1, connections); // warm-up, not reported
  const health = await drive(url, 'health', ['/health'], 'application/json', durationS, connections);
  const turtle = await drive(url, 'turtle', docs, 'text/turtle', durationS, connections);
  const html = await drive(url, 'html', docs, 'text/html', durationS, connections);
  return {
    connections, meetings: docs.length, routes: [health, turtle, html],
    turtleToHealth: turtle.requestsPerSecond / health.requestsPerSecond,
    htmlToHealth: html.requestsPerSecond / health.requestsPerSecond,
  };
}
