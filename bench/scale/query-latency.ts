// Latency of the researcher example queries on a store: each run `runs` times, the median kept; bounded by a time-out.
import { EXAMPLE_QUERIES } from '../../src/http/query-ui/example-queries.js';
import { QueryTimeoutError, type Store } from '../../src/store/store.js';
import { median } from '../measure/stats.js';

/** The example that calls Wikidata through SERVICE: no store of ours runs it (the endpoint refuses SERVICE). */
const FEDERATED_EXAMPLE_ID = 'wikidata-divisions';

/** One example query's latencies. */
export interface QueryLatency {
  id: string;
  /** Median of the runs, in ms; null when it timed out. */
  medianMs: number | null;
  runsMs: number[];
  /** Rows (SELECT) or triples (CONSTRUCT) of the answer. */
  rows: number;
  /** Error message of a run that failed (time-out or other); later runs are skipped. */
  error?: string;
}

/** Options of {@link measureQueries}. */
export interface QueryLatencyOptions {
  /** Runs per query. Default 5. */
  runs?: number;
  /** Time-out of one run, in ms. Default 120 000. */
  timeoutMs?: number;
}

/**
 * Row cap of every run, on both stores: high enough that every example's whole answer is timed at 10M triples.
 * The remote store asks Virtuoso for `LIMIT maxRows + 1`, which must not exceed its `MaxSortedTopRows` (error SR353):
 * the private Virtuoso of the benchmark sets that to 1,000,000 (test/e2e/virtuoso-server.ts).
 */
export const BENCH_MAX_ROWS = 999_999;

/** The example queries the benchmark runs (all but the federated one). */
export function benchQueries(): Array<{ id: string; query: string }> {
  return EXAMPLE_QUERIES.filter((q) => q.id !== FEDERATED_EXAMPLE_ID).map(({ id, query }) => ({ id, query }));
}

function answerSize(result: Awaited<ReturnType<Store['query']>>): number {
  if (result.kind === 'bindings') return result.rows.length;
  if (result.kind === 'quads') return result.quads.length;
  return 1;
}

/** Runs each example query `runs` times on `store`, one after another; a failing query stops after its first failure. */
export async function measureQueries(store: Store, options: QueryLatencyOptions = {}): Promise<QueryLatency[]> {
  const runs = options.runs ?? 5, timeoutMs = options.timeoutMs ?? 120_000;
  const results: QueryLatency[] = [];
  for (const { id, query } of benchQueries()) {
    const runsMs: number[] = [];
    let rows = 0, error: string | undefined;
    for (let run = 0; run < runs && error === undefined; run++) {
      const startedAt = performance.now();
      try {
        rows = answerSize(await store.query(query, { timeoutMs, maxRows: BENCH_MAX_ROWS }));
        runsMs.push(performance.now() - startedAt);
      } catch (failure) {
        error = failure instanceof QueryTimeoutError ? `timed out after ${timeoutMs} ms` : (failure as Error).message;
      }
    }
    results.push({ id, medianMs: runsMs.length > 0 && error === undefined ? median(runsMs) : null, runsMs, rows, ...(error ? { error } : {}) });
  }
  return results;
}
