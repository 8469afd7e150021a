// `jiyao serve --store-file FILE`: the store's endpoint is read from a file, and re-read on SIGHUP to switch stores live.
import { readFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import { countStoreGraphs, datasetGraphs, differenceFromDataset } from '../publish/dataset-graphs.js';
import { readManifest } from '../publish/manifest.js';
import { RemoteStore } from '../store/remote-store.js';
import type { Store } from '../store/store.js';
import type { SwitchableStore } from '../store/switchable-store.js';

/** A store file that cannot be used; the message is one line naming the file. */
export class StoreFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreFileError';
  }
}

/**
 * The SPARQL endpoint URL in `file`: its first line that is neither empty nor a `#` comment, an http(s) URL.
 * Written by whoever runs the reload (docs/scaling.md, "Full reload"), e.g. `echo http://green:8890/sparql > FILE`.
 */
export async function readStoreUrl(file: string): Promise<string> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new StoreFileError(`${file}: cannot read the store file (${error.code ?? error.message})`);
  });
  const line = text.split('\n').map((candidate) => candidate.trim()).find((candidate) => candidate !== '' && !candidate.startsWith('#'));
  if (line === undefined) throw new StoreFileError(`${file}: no store URL in the file (expected one line such as http://127.0.0.1:8890/sparql)`);
  let url: URL;
  try {
    url = new URL(line);
  } catch {
    throw new StoreFileError(`${file}: not a URL: ${line}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new StoreFileError(`${file}: the store URL must be http(s): ${line}`);
  return url.href;
}

/** The remote store of a dataset at `queryUrl`, scoped to the dataset's page graphs (read from its manifest). */
export async function openRemoteDatasetStore(dataDir: string, queryUrl: string): Promise<Store> {
  const manifest = await readManifest(dataDir);
  if (!manifest) throw new StoreFileError(`${dataDir} has no readable manifest.json: is it a dataset built by "jiyao build"?`);
  return new RemoteStore({ queryUrl, graphPrefix: datasetGraphs(manifest).prefix });
}

/**
 * Resolves when `candidate` answers, and holds under the dataset's prefix exactly the page graphs that
 * `dataDir/manifest.json` lists (read now: a reload usually comes with a new build), each with its quad count;
 * rejects with a one-line reason otherwise.
 */
export async function verifyStoreHoldsDataset(dataDir: string, candidate: Store): Promise<void> {
  const manifest = await readManifest(dataDir);
  if (!manifest) throw new Error(`${dataDir} has no readable manifest.json`);
  const dataset = datasetGraphs(manifest);
  const counts = await countStoreGraphs(candidate, dataset.prefix).catch((error: unknown) => {
    throw new Error(`it does not answer (${error instanceof Error ? error.message : String(error)})`);
  });
  const difference = differenceFromDataset(counts, dataset);
  if (difference !== null) throw new Error(`it ${difference}`);
}

/** Options of {@link StoreFileWatcher}. */
export interface StoreFileWatcherOptions {
  file: string;
  dataDir: string;
  /** The store the server queries; switched in place. */
  store: SwitchableStore;
  /** The URL `store` answers from now. */
  servingUrl: string;
  logger: Logger;
  /** Opens the store at a URL (tests). Default: {@link openRemoteDatasetStore}. */
  openStore?: (dataDir: string, queryUrl: string) => Promise<Store>;
}

/** What one re-read of the store file did. */
export type ReloadOutcome = 'switched' | 'unchanged' | 'refused';

/**
 * Re-reads the store file on demand (SIGHUP): a new URL is opened, checked with {@link verifyStoreHoldsDataset} and
 * switched to; any failure keeps the current store and logs one line. Re-reads run one at a time.
 */
export class StoreFileWatcher {
  private servingUrl: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: StoreFileWatcherOptions) {
    this.servingUrl = options.servingUrl;
  }

  /** The URL the server answers from. */
  get url(): string {
    return this.servingUrl;
  }

  reload(): Promise<ReloadOutcome> {
    const next = this.queue.then(() => this.reloadNow());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async reloadNow(): Promise<ReloadOutcome> {
    const { file, dataDir, store, logger } = this.options;
    const from = this.servingUrl;
    let to: string;
    try {
      to = await readStoreUrl(file);
    } catch (error) {
      logger.error({ file, store: from }, `store switch refused: ${(error as Error).message}; still serving from ${from}`);
      return 'refused';
    }
    if (to === from) {
      logger.info({ file, store: from }, `store file unchanged: still serving from ${from}`);
      return 'unchanged';
    }
    try {
      const candidate = await (this.options.openStore ?? openRemoteDatasetStore)(dataDir, to);
      const { previousClosed } = await store.switchTo(candidate, { verify: (opened) => verifyStoreHoldsDataset(dataDir, opened) });
      this.servingUrl = to;
      logger.info({ from, to }, `store switched: now serving from ${to}`);
      previousClosed.catch((error: unknown) => logger.warn({ store: from }, `closing the previous store failed: ${(error as Error).message}`));
      return 'switched';
    } catch (error) {
      logger.error({ from, to }, `store switch to ${to} refused: ${(error as Error).message}; still serving from ${from}`);
      return 'refused';
    }
  }
}
