// Everything measured on one built dataset: load into each store, example-query latencies, dereferencing req/s.
import { measureDereferencing, type DerefFigures } from './deref-rate.js';
import { measureQueries, type QueryLatency } from './query-latency.js';
import { openEmbedded, openVirtuoso, type LoadFigures, type OpenedStore } from './stores.js';

/** The figures of one store over one dataset. */
export interface StoreFigures {
  load: LoadFigures;
  queries: QueryLatency[];
  dereferencing: DerefFigures | { error: string };
}

/** Options of {@link measureDataset}. */
export interface DatasetPhaseOptions {
  dataDir: string;
  triples: number;
  hasVirtuoso: boolean;
  loadConcurrency: number;
  derefSeconds: number;
  /** Progress lines. */
  log: (line: string) => void;
}

/** Queries and dereferences one opened store, then closes it whatever happens. */
async function measureStore(opened: OpenedStore, options: DatasetPhaseOptions): Promise<StoreFigures> {
  const name = opened.load.store;
  try {
    options.log(`  ${name}: loaded ${opened.load.triples.toLocaleString('en-US')} triples in ${(opened.load.ms / 1000).toFixed(1)} s; example queries …`);
    const queries = await measureQueries(opened.store);
    options.log(`  ${name}: dereferencing for ${options.derefSeconds} s …`);
    const dereferencing = await measureDereferencing(options.dataDir, opened.store, { durationS: options.derefSeconds })
      .catch((error: Error) => ({ error: error.message }));
    return { load: opened.load, queries, dereferencing };
  } finally {
    await opened.close();
  }
}

/** Measures the embedded store, then (with `hasVirtuoso`) a private Virtuoso, one after the other so they never compete. */
export async function measureDataset(options: DatasetPhaseOptions): Promise<Record<string, StoreFigures>> {
  const figures: Record<string, StoreFigures> = {};
  options.log('  embedded: loading the dump …');
  figures.embedded = await measureStore(await openEmbedded(options.dataDir, options.triples), options);
  if (options.hasVirtuoso) {
    options.log(`  virtuoso: starting a private server on 127.0.0.1 and loading (${options.loadConcurrency} PUTs in flight) …`);
    figures.virtuoso = await measureStore(await openVirtuoso(options.dataDir, options.loadConcurrency), options);
  }
  return figures;
}
