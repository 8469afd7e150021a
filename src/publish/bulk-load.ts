// bulkLoadDataset: a built dataset → Virtuoso through its bulk loader (ld_dir + rdf_loader_run), checked against the manifest.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { VirtuosoBulkLoader } from '../store/virtuoso-bulk-loader.js';
import { DEFAULT_ISQL_PORT, type IsqlConnection } from '../store/virtuoso-isql.js';
import { differenceFromDataset } from './dataset-graphs.js';
import { LoadError, readDatasetGraphs, storeGraphCounts, type LoadSummary } from './load-dataset.js';

/** A step of {@link bulkLoadDataset}: `check` settings, `clear` the graphs held, `load` the dump, `verify` the store. */
export interface BulkLoadStep {
  name: 'check' | 'clear' | 'load' | 'verify';
  /** One line for a person, e.g. `clearing 3000 graph(s) under https://…/graph/`. */
  message: string;
}

/** Options of {@link bulkLoadDataset}. */
export interface BulkLoadOptions {
  /** Dataset folder built by `jiyao build`; Virtuoso reads `downloads/jiyao.nq.gz` from it, so it must be on the database host. */
  dataDir: string;
  /** The store's SPARQL query endpoint: lists the dataset's graphs before the load and counts them after. */
  queryUrl: string;
  /** Virtuoso's SQL port and an account allowed to run the bulk loader (dba). */
  isql: IsqlConnection;
  /** Called as each step starts (the load itself can take hours). */
  onStep?: (step: BulkLoadStep) => void;
  /** fetch implementation (tests). Default: the global fetch. */
  fetch?: typeof fetch;
}

/**
 * Loads the whole dataset with Virtuoso's bulk loader, several times the Graph Store rate. Before loading it clears
 * every graph under `{base}graph/` that the store holds — the page graphs it is about to load again, and those of
 * pages no longer in the dataset — and never a graph outside that prefix. The load is not isolated: a reader sees
 * graphs empty, then filling up. Use it for a store that is not serving (a new replica, or the idle side of a
 * blue/green switch, docs/scaling.md); use `loadDataset` to update a live one page by page.
 *
 * Afterwards the store must hold exactly the manifest's page graphs, each with the manifest's quad count; anything
 * else rejects.
 */
export async function bulkLoadDataset(options: BulkLoadOptions): Promise<LoadSummary> {
  const startedAt = Date.now();
  const step = options.onStep ?? (() => undefined);
  const dataset = await readDatasetGraphs(options.dataDir);
  const dump = path.resolve(options.dataDir, 'downloads', 'jiyao.nq.gz');
  const { size } = await stat(dump).catch(() => {
    throw new LoadError(`${dump} not found: build the dataset first`);
  });
  const loader = new VirtuosoBulkLoader(options.isql);
  step({ name: 'check', message: `checking that Virtuoso may read ${dump}` });
  await loader.check(dump, size);
  const held = [...(await storeGraphCounts(options.queryUrl, dataset.prefix, { context: 'before the bulk load,', fetch: options.fetch })).keys()].sort();
  step({ name: 'clear', message: `clearing ${held.length} graph(s) under ${dataset.prefix}` });
  await loader.clearGraphs(held);
  step({ name: 'load', message: `loading ${dump} (${dataset.quads} quads in ${dataset.graphs.size} graphs)` });
  await loader.loadFile(dump, dataset.prefix);
  step({ name: 'verify', message: 'checking the store against the manifest' });
  const loaded = await storeGraphCounts(options.queryUrl, dataset.prefix, { context: 'after the bulk load,', fetch: options.fetch });
  const difference = differenceFromDataset(loaded, dataset);
  if (difference !== null) throw new LoadError(`after the bulk load the store ${difference}`);
  return {
    method: 'bulk-loader',
    target: `${options.isql.host}:${options.isql.port ?? DEFAULT_ISQL_PORT}`,
    graphsLoaded: dataset.graphs.size,
    graphsRemoved: held.filter((graph) => !dataset.graphs.has(graph)),
    triples: dataset.quads,
    durationMs: Date.now() - startedAt,
  };
}
