// loadDataset: a built dataset → a remote triple store, one page graph per Graph Store PUT; stale page graphs deleted.
import type { Quad } from '@rdfjs/types';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { StreamParser } from 'n3';
import { batchToNTriples, graphBatches, type GraphBatch } from '../store/graph-store-batches.js';
import { GraphStoreClient } from '../store/graph-store-client.js';
import { RemoteStore } from '../store/remote-store.js';
import { countStoreGraphs, datasetGraphs, type DatasetGraphs } from './dataset-graphs.js';
import { readManifest } from './manifest.js';

/** Where to load: the store's query endpoint, its Graph Store endpoint and credentials. */
export interface LoadTarget {
  /** SPARQL 1.1 query endpoint, e.g. `http://127.0.0.1:8890/sparql`. */
  queryUrl: string;
  /** Graph Store endpoint. Default: `/sparql-graph-crud-auth` on the query endpoint's origin (Virtuoso's). */
  graphStoreUrl?: string;
  /** User for HTTP Digest authentication at the Graph Store. Default: none (no credentials sent). */
  user?: string;
  password?: string;
}

/** Options of {@link loadDataset}. */
export interface LoadOptions {
  /** Dataset folder built by `jiyao build` (manifest.json, downloads/jiyao.nq.gz). */
  dataDir: string;
  store: LoadTarget;
  /** Graph Store requests in flight at once. Default 4. */
  concurrency?: number;
  /** Called after each graph is loaded. */
  onGraph?: (progress: { loaded: number; total: number; graph: string }) => void;
  /** fetch implementation (tests). Default: the global fetch. */
  fetch?: typeof fetch;
}

/** What a load did. */
export interface LoadSummary {
  /** `graph-store`: one Graph Store PUT per page graph; `bulk-loader`: Virtuoso's bulk loader (see bulk-load.ts). */
  method: 'graph-store' | 'bulk-loader';
  /** Where the graphs went: the Graph Store endpoint, or `host:port` of Virtuoso's SQL port. */
  target: string;
  graphsLoaded: number;
  /** Graphs under the dataset's `{base}graph/` that the store had but the dataset no longer has. */
  graphsRemoved: string[];
  /** Triples loaded (sum over the loaded graphs). */
  triples: number;
  durationMs: number;
}

/** A load that cannot start or finish; its message is one line. */
export class LoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoadError';
  }
}

/** Virtuoso's Graph Store endpoint behind Digest authentication, on the query endpoint's origin. */
export function defaultGraphStoreUrl(queryUrl: string): string {
  return new URL('/sparql-graph-crud-auth', queryUrl).href;
}

/**
 * Loads the dataset into the store: each page's named graph is replaced by one PUT (so a reader never sees a page
 * half old, half new), then graphs under `{base}graph/` that the manifest no longer lists are deleted. Graphs outside
 * that prefix (the store's own, other datasets') are never touched.
 */
export async function loadDataset(options: LoadOptions): Promise<LoadSummary> {
  const startedAt = Date.now();
  const dataset = await readDatasetGraphs(options.dataDir);
  const graphStoreUrl = options.store.graphStoreUrl ?? defaultGraphStoreUrl(options.store.queryUrl);
  const loaded = await putAllGraphs(options, graphStoreUrl, dataset.graphs);
  const missing = [...dataset.graphs.keys()].filter((graph) => !loaded.graphs.has(graph));
  if (missing.length > 0) throw new LoadError(`the dump lacks ${missing.length} graph(s) the manifest lists, e.g. ${missing[0]}`);
  const held = await storeGraphCounts(options.store.queryUrl, dataset.prefix, { context: 'loaded the graphs, but', fetch: options.fetch });
  const stale = [...held.keys()].filter((graph) => !dataset.graphs.has(graph)).sort();
  const client = graphStoreClient(options, graphStoreUrl);
  for (const graph of stale) await client.deleteGraph(graph);
  return {
    method: 'graph-store', target: graphStoreUrl,
    graphsLoaded: loaded.graphs.size, graphsRemoved: stale, triples: loaded.triples, durationMs: Date.now() - startedAt,
  };
}

/** The dataset's graphs from its manifest; a folder without one is a one-line {@link LoadError}. */
export async function readDatasetGraphs(dataDir: string): Promise<DatasetGraphs> {
  const manifest = await readManifest(dataDir);
  if (!manifest) throw new LoadError(`${dataDir} has no readable manifest.json: is it a dataset built by "jiyao build"?`);
  return datasetGraphs(manifest);
}

/** Quads per graph under `prefix` in the store at `queryUrl`; `context` starts the one-line error when it cannot say. */
export async function storeGraphCounts(queryUrl: string, prefix: string, options: { context: string; fetch?: typeof fetch }): Promise<Map<string, number>> {
  const store = new RemoteStore({ queryUrl, fetch: options.fetch });
  try {
    return await countStoreGraphs(store, prefix);
  } catch (error) {
    throw new LoadError(`${options.context} could not count the store's graphs: ${(error as Error).message}`);
  } finally {
    await store.close();
  }
}

function graphStoreClient(options: LoadOptions, graphStoreUrl: string): GraphStoreClient {
  const { user, password } = options.store;
  const credentials = user !== undefined ? { user, password: password ?? '' } : undefined;
  return new GraphStoreClient({ graphStoreUrl, credentials, fetch: options.fetch });
}

/** Streams downloads/jiyao.nq.gz graph by graph into PUT requests, `concurrency` at a time; the first failure stops it. */
async function putAllGraphs(options: LoadOptions, graphStoreUrl: string, expected: ReadonlyMap<string, number>): Promise<{ graphs: Set<string>; triples: number }> {
  const dump = path.join(options.dataDir, 'downloads', 'jiyao.nq.gz');
  const idle = Array.from({ length: Math.max(1, options.concurrency ?? 4) }, () => graphStoreClient(options, graphStoreUrl));
  const pending = new Set<Promise<void>>();
  const graphs = new Set<string>();
  let triples = 0, done = 0;
  let failure: unknown;
  const put = (client: GraphStoreClient, batch: GraphBatch): void => {
    const task: Promise<void> = client.putGraph(batch.graph, batchToNTriples(batch)).then(
      () => options.onGraph?.({ loaded: ++done, total: expected.size, graph: batch.graph }),
      (error: unknown) => void (failure ??= error),
    ).finally(() => {
      idle.push(client);
      pending.delete(task);
    });
    pending.add(task);
  };
  const consume = async (quads: AsyncIterable<Quad>): Promise<void> => {
    for await (const batch of graphBatches(quads)) {
      if (!expected.has(batch.graph)) throw new LoadError(`the dump has graph ${batch.graph}, which the manifest does not list`);
      graphs.add(batch.graph);
      triples += batch.quads.length;
      while (idle.length === 0) await Promise.race(pending);
      if (failure !== undefined) throw failure;
      put(idle.pop()!, batch);
    }
  };
  try {
    await pipeline(createReadStream(dump), createGunzip(), new StreamParser({ format: 'application/n-quads' }), consume);
  } catch (error) {
    failure ??= error;
  }
  await Promise.all(pending);
  if (failure !== undefined) throw asLoadError(failure, dump);
  return { graphs, triples };
}

function asLoadError(error: unknown, dump: string): Error {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new LoadError(`${dump} not found: build the dataset first`);
  return error instanceof Error ? error : new LoadError(String(error));
}

