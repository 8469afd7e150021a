// `jiyao serve --store-file FILE`: the store's endpoint is read from a file, and re-read on SIGHUP to switch stores live.
import { readFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import type { LiveSite } from '../http/live-site.js';
import { countStoreGraphs, datasetGraphs, differenceFromDataset } from '../publish/dataset-graphs.js';
import { readManifest, type Manifest } from '../publish/manifest.js';
import { RemoteStore } from '../store/remote-store.js';
import type { Store } from '../store/store.js';
import type { SwitchableStore } from '../store/switchable-store.js';
import { readDatasetSnapshot } from './dataset-snapshot.js';

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
  return remoteDatasetStore(manifest, queryUrl);
}

/** The remote store at `queryUrl` of the dataset `manifest` describes, scoped to its page graphs. */
export function remoteDatasetStore(manifest: Pick<Manifest, 'base' | 'sources'>, queryUrl: string): Store {
  return new RemoteStore({ queryUrl, graphPrefix: datasetGraphs(manifest).prefix });
}

/**
 * Resolves when `candidate` answers, and holds under the dataset's prefix exactly the page graphs that `manifest`
 * lists (read with the switch: a reload usually comes with a new build), each with its quad count; rejects with a
 * one-line reason otherwise.
 */
export async function verifyStoreHoldsDataset(manifest: Pick<Manifest, 'base' | 'sources'>, candidate: Store): Promise<void> {
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
  /** The static parts the server answers with: replaced by those read from `dataDir` when a switch happens. Default: none. */
  site?: LiveSite;
  logger: Logger;
  /** Opens the store at a URL for the dataset `manifest` describes (tests). Default: {@link remoteDatasetStore}. */
  openStore?: (queryUrl: string, manifest: Manifest) => Promise<Store>;
}

/** What one re-read of the store file did. */
export type ReloadOutcome = 'switched' | 'unchanged' | 'refused';

/**
 * Re-reads the store file on demand (SIGHUP): for a new URL, the dataset folder is read again
 * ({@link readDatasetSnapshot}), the store opened, checked against that manifest with {@link verifyStoreHoldsDataset}
 * and switched to, together with the folder's static parts. Any failure (an unreadable manifest included) keeps the
 * current store and parts and logs one line. Re-reads run one at a time.
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
      const { manifest, site } = await readDatasetSnapshot(dataDir);
      const open = this.options.openStore ?? (async (url: string, read: Manifest) => remoteDatasetStore(read, url));
      const { previousClosed } = await store.switchTo(await open(to, manifest), {
        verify: (candidate) => verifyStoreHoldsDataset(manifest, candidate),
        onSwitch: () => this.options.site?.replace(site),
      });
      this.servingUrl = to;
      const builtAt = site.manifest.builtAt.toISOString();
      logger.info({ from, to, builtAt }, `store switched: now serving from ${to}, with the build of ${builtAt} in ${dataDir}`);
      previousClosed.catch((error: unknown) => logger.warn({ store: from }, `closing the previous store failed: ${(error as Error).message}`));
      return 'switched';
    } catch (error) {
      logger.error({ from, to }, `store switch to ${to} refused: ${(error as Error).message}; still serving from ${from}`);
      return 'refused';
    }
  }
}
