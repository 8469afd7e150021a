// Opens a built dataset in each store and times it: the embedded engine from the dump, and Virtuoso through loadDataset.
import path from 'node:path';
import { bulkLoadDataset } from '../../src/publish/bulk-load.js';
import { loadDataset } from '../../src/publish/load-dataset.js';
import { EmbeddedStore } from '../../src/store/embedded-store.js';
import { RemoteStore } from '../../src/store/remote-store.js';
import type { Store } from '../../src/store/store.js';
import { startVirtuoso, type VirtuosoServer } from '../../test/e2e/virtuoso-server.js';
import { BENCH_BASE } from './build-phase.js';
import { measured, type PhaseUsage } from './memory-sampler.js';

/** How long a load took. */
export interface LoadFigures {
  store: 'embedded' | 'virtuoso';
  /** How the data got in: the embedded worker reading the dump, Graph Store PUTs per page, or Virtuoso's bulk loader. */
  method: 'dump' | 'graph-store' | 'bulk';
  triples: number;
  ms: number;
  triplesPerSecond: number;
  usage: PhaseUsage;
  /** Virtuoso: ms to start the server (not in `ms`). Embedded: 0 (its worker decompresses the dump as it loads, inside `ms`). */
  preparationMs: number;
}

/** A store opened for the benchmark, with what it cost to open. */
export interface OpenedStore {
  store: Store;
  load: LoadFigures;
  /** Stops the store (and its server). */
  close(): Promise<void>;
}

/** Opens the embedded engine on the dataset's dump, which its worker reads and gunzips itself (no standby worker: one copy of the data). */
export async function openEmbedded(dataDir: string, triples: number): Promise<OpenedStore> {
  const dump = path.join(dataDir, 'downloads', 'jiyao.nq.gz');
  const { value: store, ms, usage } = await measured(() =>
    EmbeddedStore.open({ sources: [{ path: dump, format: 'application/n-quads' }], standby: false }));
  const load: LoadFigures = { store: 'embedded', method: 'dump', triples, ms, triplesPerSecond: (triples * 1000) / ms, usage, preparationMs: 0 };
  return { store, load, close: () => store.close() };
}

/** Virtuoso's 8 KiB buffers: 340 000 (2.6 GiB) is its guide's figure for a machine with 4 GiB to spare; this one has 24. */
const VIRTUOSO_BUFFERS = 340_000;

/** How to load Virtuoso: `bulk` (`jiyao load --bulk`, the dump through its bulk loader) or `graph-store` (`jiyao load`, a PUT per page graph). */
export interface VirtuosoLoadMethod {
  method: 'bulk' | 'graph-store';
  /** Graph Store requests in flight (graph-store only). */
  concurrency: number;
}

/** Starts a private Virtuoso on 127.0.0.1 (allowed to read `dataDir`) and loads the dataset the way `how` says. */
export async function openVirtuoso(dataDir: string, how: VirtuosoLoadMethod): Promise<OpenedStore> {
  const startedAt = performance.now();
  const server: VirtuosoServer = await startVirtuoso({ dirsAllowed: [path.resolve(dataDir)], buffers: VIRTUOSO_BUFFERS });
  const preparationMs = performance.now() - startedAt;
  try {
    const { value: summary, ms, usage } = await measured(() => how.method === 'bulk'
      ? bulkLoadDataset({
        dataDir, queryUrl: server.queryUrl,
        isql: { host: '127.0.0.1', port: server.sqlPort, user: server.user, password: server.password },
      })
      : loadDataset({
        dataDir, concurrency: how.concurrency,
        store: { queryUrl: server.queryUrl, graphStoreUrl: server.graphStoreUrl, user: server.user, password: server.password },
      }));
    const store = new RemoteStore({ queryUrl: server.queryUrl, graphPrefix: `${BENCH_BASE}graph/` });
    const load: LoadFigures = {
      store: 'virtuoso', method: how.method, triples: summary.triples, ms, triplesPerSecond: (summary.triples * 1000) / ms, usage,
      preparationMs,
    };
    return { store, load, close: async () => { await store.close(); await server.stop(); } };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
