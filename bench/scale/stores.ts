// Opens a built dataset in each store and times it: the embedded engine from the dump, and Virtuoso through loadDataset.
import path from 'node:path';
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
  const load: LoadFigures = { store: 'embedded', triples, ms, triplesPerSecond: (triples * 1000) / ms, usage, preparationMs: 0 };
  return { store, load, close: () => store.close() };
}

/** Starts a private Virtuoso on 127.0.0.1 and loads the dataset with `loadDataset` (Graph Store PUT per page graph). */
export async function openVirtuoso(dataDir: string, concurrency: number): Promise<OpenedStore> {
  const startedAt = performance.now();
  const server: VirtuosoServer = await startVirtuoso();
  const preparationMs = performance.now() - startedAt;
  try {
    const target = { queryUrl: server.queryUrl, graphStoreUrl: server.graphStoreUrl, user: server.user, password: server.password };
    const { value: summary, ms, usage } = await measured(() => loadDataset({ dataDir, store: target, concurrency }));
    const store = new RemoteStore({ queryUrl: server.queryUrl, graphPrefix: `${BENCH_BASE}graph/` });
    const load: LoadFigures = {
      store: 'virtuoso', triples: summary.triples, ms, triplesPerSecond: (summary.triples * 1000) / ms, usage, preparationMs,
    };
    return { store, load, close: async () => { await store.close(); await server.stop(); } };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
