// Dereferencing throughput: /health, then a meeting's Turtle and its HTML, each first cold (every meeting asked once, never
// asked before) and then warm (the same meetings round-robin under autocannon), all on one server, driven from a child
// process so that reading the answers does not load the server's event loop.
import type { Store } from '../../src/store/store.js';
import { forkChild } from './child.js';
import { SERVE_BENCH_BASE } from './dataset.js';
import type { LoadJob, LoadReport } from './load-client.js';

/** What one route measured. */
export interface RouteRate {
  route: 'health' | 'turtle' | 'html';
  /** cold: each meeting's first request (a pass over meetings never asked for); warm: the steady state after it. */
  phase: 'warm' | 'cold';
  requests: number;
  durationS: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  /** Responses other than 200, connection errors and time-outs. */
  failures: number;
}

/** The routes and the ratios to /health. */
export interface DerefResult {
  connections: number;
  /** Meetings per format (Turtle and HTML each use their own, so the HTML pass is cold too). */
  meetings: number;
  routes: RouteRate[];
  /** Warm rates over /health: the target (≥ 0.5). */
  turtleToHealth: number;
  htmlToHealth: number;
  /** Cold rates over /health, for the record. */
  coldTurtleToHealth: number;
  coldHtmlToHealth: number;
}

/** `/doc/…` paths of up to `limit` meetings (the documents a meeting IRI is dereferenced to). */
export async function meetingDocumentPaths(store: Store, limit: number): Promise<string[]> {
  const query = `SELECT DISTINCT ?m WHERE { ?m a <https://w3id.org/jiyao/ontology#Meeting> } ORDER BY ?m LIMIT ${Math.floor(limit)}`;
  const result = await store.query(query, { timeoutMs: 120_000 });
  if (result.kind !== 'bindings') throw new Error('the meeting query did not answer rows');
  const idBase = `${SERVE_BENCH_BASE}id`;
  return result.rows.map((row) => row.m.value).filter((iri) => iri.startsWith(idBase))
    .map((iri) => encodeURI(`/doc${iri.slice(idBase.length)}`));
}

/** Runs `job` in a child process (bench/serve/load-client.ts) and names what it measured. */
async function drive(route: RouteRate['route'], phase: RouteRate['phase'], job: LoadJob): Promise<RouteRate> {
  const report = await forkChild<LoadReport>('load-client.ts', [JSON.stringify(job)]).message;
  return { route, phase, ...report, requestsPerSecond: report.requests / Math.max(report.durationS, 1e-9) };
}

/**
 * Drives /health; then Turtle of `meetings` meetings, cold then warm; then HTML of as many other meetings, cold then
 * warm — on the server at `url` (127.0.0.1), warm phases for `durationS` each, each phase from a fresh client process.
 */
export async function measureDereferencing(url: string, store: Store, durationS: number, connections: number, meetings = 100): Promise<DerefResult> {
  const docs = await meetingDocumentPaths(store, 2 * meetings);
  if (docs.length < 2) throw new Error('the dataset has too few meetings to dereference');
  const half = Math.min(meetings, Math.floor(docs.length / 2));
  const [turtleDocs, htmlDocs] = [docs.slice(0, half), docs.slice(half, 2 * half)];
  const steady = (paths: string[], accept: string, seconds = durationS): LoadJob => ({ url, paths, accept, connections, mode: 'steady', durationS: seconds });
  const once = (paths: string[], accept: string): LoadJob => ({ url, paths, accept, connections, mode: 'once', durationS: 0 });
  await drive('health', 'warm', steady(['/health'], 'application/json', 1)); // warm-up, not reported
  const health = await drive('health', 'warm', steady(['/health'], 'application/json'));
  const coldTurtle = await drive('turtle', 'cold', once(turtleDocs, 'text/turtle'));
  const turtle = await drive('turtle', 'warm', steady(turtleDocs, 'text/turtle'));
  const coldHtml = await drive('html', 'cold', once(htmlDocs, 'text/html'));
  const html = await drive('html', 'warm', steady(htmlDocs, 'text/html'));
  const toHealth = (rate: RouteRate) => rate.requestsPerSecond / health.requestsPerSecond;
  return {
    connections, meetings: half, routes: [health, coldTurtle, turtle, coldHtml, html],
    turtleToHealth: toHealth(turtle), htmlToHealth: toHealth(html),
    coldTurtleToHealth: toHealth(coldTurtle), coldHtmlToHealth: toHealth(coldHtml),
  };
}
