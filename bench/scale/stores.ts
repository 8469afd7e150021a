// Opens a built dataset in each store and times it: the embedded engine from the dump, and Virtuoso through loadDataset.
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { loadDataset } from '../../src/publish/load-dataset.js';
import { EmbeddedStore } from '../../src/store/embedded-store.js';
import { RemoteStore } from '../../src/store/remote-store.js';
import type { Store } from '../../src/store/store.js';
import { startVirtuoso, type VirtuosoServer } from '../../test/e2e/virtuoso-server.js';
import { BENCH_BASE } from './build-phase.js';
import { measured, type PhaseUsage } from './memory-sampler.js';

/** Largest N-Quads part handed to the embedded engine (it reads each file into one string; V8 caps strings at ~512 MiB). */
const PART_BYTES = 128 * 2 ** 20;

/** How long a load took. */
export interface LoadFigures {
  store: 'embedded' | 'virtuoso';
  triples: number;
  ms: number;
  triplesPerSecond: number;
  usage: PhaseUsage;
  /** Embedded: ms to decompress the dump into parts first (not in `ms`). Virtuoso: ms to start the server (not in `ms`). */
  preparationMs: number;
}

/** A store opened for the benchmark, with what it cost to open. */
export interface OpenedStore {
  store: Store;
  load: LoadFigures;
  /** Stops the store (and its server). */
  close(): Promise<void>;
}

/** Decompresses `downloads/jiyao.nq.gz` into N-Quads files of at most PART_BYTES, split at line ends. */
export async function splitDump(dataDir: string, workDir: string): Promise<string[]> {
  const lines = createInterface({ input: createReadStream(path.join(dataDir, 'downloads', 'jiyao.nq.gz')).pipe(createGunzip()), crlfDelay: Infinity });
  const parts: string[] = [];
  let out: WriteStream | undefined, written = 0;
  for await (const line of lines) {
    if (out === undefined || written > PART_BYTES) {
      if (out) await new Promise((resolve) => out!.end(resolve));
      parts.push(path.join(workDir, `part-${parts.length}.nq`));
      out = createWriteStream(parts.at(-1)!);
      written = 0;
    }
    const text = `${line}\n`;
    written += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  }
  if (out) await new Promise((resolve) => out!.end(resolve));
  return parts;
}

/** Opens the embedded engine on the dataset (no standby worker: one copy of the data, as a single server would hold). */
export async function openEmbedded(dataDir: string, workDir: string, triples: number): Promise<OpenedStore> {
  const startedAt = performance.now();
  const parts = await splitDump(dataDir, workDir);
  const preparationMs = performance.now() - startedAt;
  const { value: store, ms, usage } = await measured(() =>
    EmbeddedStore.open({ sources: parts.map((file) => ({ path: file, format: 'application/n-quads' })), standby: false }));
  const load: LoadFigures = { store: 'embedded', triples, ms, triplesPerSecond: (triples * 1000) / ms, usage, preparationMs };
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
