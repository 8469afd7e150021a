// Parts 1 and 2 of the serving benchmark: one server over one store, dereferencing rates and SPARQL latency against it.
import path from 'node:path';
import { startServer } from '../../src/http/server.js';
import { EmbeddedStore } from '../../src/store/embedded-store.js';
import { measureDereferencing, type DerefResult } from './deref.js';
import { measureQueryLatency, type QueryLatency } from './sparql-latency.js';

/** Row cap of the benchmark's server (the in-process query has none). */
export const BENCH_MAX_ROWS = 1_000_000;

/** Opens the dataset's dump in an embedded store, as the server does by default (the worker reads the file itself). */
function openStore(dataDir: string): Promise<EmbeddedStore> {
  return EmbeddedStore.open({ sources: [{ path: path.join(dataDir, 'downloads', 'jiyao.nq.gz'), format: 'application/n-quads' }] });
}

/** Serves `dataDir` over a store the benchmark also queries directly; closes both at the end. */
export async function runSmall(
  dataDir: string, options: { durationS: number; connections: number; queryRuns: number }, log: (line: string) => void,
): Promise<{ dereferencing: DerefResult; sparql: QueryLatency[] }> {
  const store = await openStore(dataDir);
  try {
    // Row cap raised: "who chaired" returns every (meeting, post) pair, over the default 10,000 rows at 300 pages.
    const server = await startServer({ dataDir, store, port: 0, host: '127.0.0.1', verifyChecksums: false, maxRows: BENCH_MAX_ROWS });
    try {
      const url = server.url.replace('localhost', '127.0.0.1');
      log(`dereferencing: /health, then Turtle and HTML each cold (one pass) and warm (${options.durationS} s), ${options.connections} connections …`);
      const dereferencing = await measureDereferencing(url, store, options.durationS, options.connections);
      log(`SPARQL latency: 3 queries × ${options.queryRuns} runs, over HTTP and in-process …`);
      const sparql = await measureQueryLatency(url, store, options.queryRuns);
      return { dereferencing, sparql };
    } finally {
      await server.close();
    }
  } finally {
    await store.close();
  }
}
