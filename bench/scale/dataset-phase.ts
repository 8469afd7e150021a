// Everything measured on one built dataset: load into each store, example-query latencies, dereferencing req/s.
import { measureDereferencing, type DerefFigures } from './deref-rate.js';
import { measureQueries, type QueryLatency } from './query-latency.js';
import { openEmbedded, openVirtuoso, type LoadFigures, type OpenedStore, type VirtuosoLoadMethod } from './stores.js';

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
  virtuosoLoad: VirtuosoLoadMethod;
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

/** A store that could not be opened (the embedded engine past its 4 GiB heap, say): why, instead of its figures. */
export interface FailedStore {
  error: string;
}

/** Opens and measures one store; a failure to open is recorded, so the other store and later targets still run. */
async function openAndMeasure(name: string, open: () => Promise<OpenedStore>, options: DatasetPhaseOptions): Promise<StoreFigures | FailedStore> {
  let opened: OpenedStore;
  try {
    opened = await open();
  } catch (error) {
    options.log(`  ${name}: could not load: ${(error as Error).message}`);
    return { error: (error as Error).message };
  }
  return measureStore(opened, options);
}

/** Measures the embedded store, then (with `hasVirtuoso`) a private Virtuoso, one after the other so they never compete. */
export async function measureDataset(options: DatasetPhaseOptions): Promise<Record<string, StoreFigures | FailedStore>> {
  const figures: Record<string, StoreFigures | FailedStore> = {};
  options.log('  embedded: loading the dump …');
  figures.embedded = await openAndMeasure('embedded', () => openEmbedded(options.dataDir, options.triples), options);
  if (options.hasVirtuoso) {
    const how = options.virtuosoLoad;
    options.log(`  virtuoso: starting a private server on 127.0.0.1 and loading (${how.method === 'bulk' ? 'bulk loader' : `${how.concurrency} PUTs in flight`}) …`);
    figures.virtuoso = await openAndMeasure('virtuoso', () => openVirtuoso(options.dataDir, how), options);
  }
  return figures;
}
