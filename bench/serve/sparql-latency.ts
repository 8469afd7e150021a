// SPARQL latency: the same example query over the HTTP endpoint and in-process on the store the server uses.
import { EXAMPLE_QUERIES } from '../../src/http/query-ui/example-queries.js';
import type { Store } from '../../src/store/store.js';

/** One query's medians. */
export interface QueryLatency {
  id: string;
  rows: number;
  /** The same text each run (the endpoint remembers it passed its checks, as for any repeated query). */
  httpMedianMs: number;
  /** A text never sent before each run (a numbered comment appended): the endpoint parses and checks it afresh. */
  httpNewTextMedianMs: number;
  inProcessMedianMs: number;
  /** httpMedianMs / inProcessMedianMs (target ≤ 1.3). */
  ratio: number;
  /** httpNewTextMedianMs / inProcessMedianMs. */
  newTextRatio: number;
}

/** The queries measured: the first three examples that do not use SERVICE (our endpoint refuses it). */
export function benchQueries(count = 3): Array<{ id: string; query: string }> {
  return EXAMPLE_QUERIES.filter((q) => !/\bSERVICE\b/.test(q.query)).slice(0, count).map(({ id, query }) => ({ id, query }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b), mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One POST form query; resolves to the number of rows of the JSON results (the body is read and parsed, as a client would). */
async function overHttp(url: string, query: string): Promise<number> {
  const response = await fetch(new URL('sparql', url), {
    method: 'POST', body: new URLSearchParams({ query }),
    headers: { accept: 'application/sparql-results+json', 'content-type': 'application/x-www-form-urlencoded', 'accept-encoding': 'identity' },
  });
  if (response.status !== 200) throw new Error(`/sparql answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  const body = (await response.json()) as { results: { bindings: unknown[] } };
  return body.results.bindings.length;
}

async function inProcess(store: Store, query: string): Promise<number> {
  const result = await store.query(query, { timeoutMs: 60_000 });
  if (result.kind !== 'bindings') throw new Error('expected SELECT rows');
  return result.rows.length;
}

async function timed(task: () => Promise<number>): Promise<{ ms: number; rows: number }> {
  const startedAt = performance.now();
  const rows = await task();
  return { ms: performance.now() - startedAt, rows };
}

/**
 * Runs each query `runs` times over HTTP (same text, and a new text each run) and in-process, interleaved (after one
 * warm-up of each), and reports medians.
 */
export async function measureQueryLatency(url: string, store: Store, runs: number): Promise<QueryLatency[]> {
  const results: QueryLatency[] = [];
  for (const { id, query } of benchQueries()) {
    await overHttp(url, query);
    await inProcess(store, query);
    const http: number[] = [], fresh: number[] = [], local: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs; i++) {
      const a = await timed(() => overHttp(url, query));
      const c = await timed(() => overHttp(url, `${query}\n# run ${i} at ${Date.now()}\n`));
      const b = await timed(() => inProcess(store, query));
      if (a.rows !== b.rows || c.rows !== b.rows) throw new Error(`${id}: HTTP gave ${a.rows} and ${c.rows} rows, in-process ${b.rows}`);
      http.push(a.ms); fresh.push(c.ms); local.push(b.ms); rows = b.rows;
    }
    const httpMedianMs = median(http), httpNewTextMedianMs = median(fresh), inProcessMedianMs = median(local);
    results.push({
      id, rows, httpMedianMs, httpNewTextMedianMs, inProcessMedianMs,
      ratio: httpMedianMs / inProcessMedianMs, newTextRatio: httpNewTextMedianMs / inProcessMedianMs,
    });
  }
  return results;
}
