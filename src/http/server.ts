// startServer: opens the dataset (store + static parts), listens, and closes both cleanly.
import { access } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { pino, type Logger } from 'pino';
import { EmbeddedStore } from '../store/embedded-store.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';
import { verifyDatasetDumps } from './dataset-integrity.js';
import type { QueryLimiterOptions } from './limits.js';
import type { LiveSite } from './live-site.js';
export { DatasetIntegrityError } from './dataset-integrity.js';
import { DatasetFolderError, loadSiteData } from './site-data.js';

/** Options of {@link startServer}. */
export interface ServerOptions {
  /** Dataset folder built by `jiyao build`. */
  dataDir: string;
  /** TCP port; 0 picks a free one. Default 3000. */
  port?: number;
  /** Interface to bind. Default `0.0.0.0`. */
  host?: string;
  /** An already open store; default: an EmbeddedStore loaded from downloads/jiyao.nq.gz (closed with the server). */
  store?: Store;
  /** The static parts, already read and replaced on a store switch (`--store-file`); default: read from `dataDir` here. */
  liveSite?: LiveSite;
  /** Default: silent. */
  logger?: Logger;
  timeoutMs?: number;
  maxRows?: number;
  maxBodyBytes?: number;
  /** Admission control of SPARQL queries (429/503 with Retry-After). Default: the limiter's defaults. */
  queryLimits?: QueryLimiterOptions;
  /** Check downloads/* against their SHA-256 checksums before serving; a mismatch refuses to start. Default true. */
  verifyChecksums?: boolean;
  /**
   * With the default embedded store: keep a second loaded copy of the data so that a query killed by its timeout is
   * replaced at once (see EmbeddedStoreOptions.standby; about doubles the server's memory). Default true.
   */
  standby?: boolean;
}

/** A running server. */
export interface RunningServer {
  /** `http://host:port/` as bound. */
  url: string;
  /** Stops accepting connections, ends idle ones, closes the store it opened. */
  close(): Promise<void>;
}

/** The dump the embedded store loads. */
const STORE_DUMP = 'jiyao.nq.gz';

/**
 * Verifies every dump against its checksum (streaming: nothing is held in memory) and returns the SHA-256 the
 * store's dump must have; the store checks it again as it reads, so the bytes loaded are the bytes verified.
 */
async function verifiedDumpDigest(dataDir: string, verify: boolean): Promise<string | undefined> {
  if (!verify) return undefined;
  const isPresent = await access(path.join(dataDir, 'downloads', STORE_DUMP)).then(() => true, () => false);
  const checked = await verifyDatasetDumps(dataDir, isPresent ? { required: [STORE_DUMP] } : {});
  return checked.find((entry) => entry.fileName === STORE_DUMP)?.sha256;
}

/** Loads the dataset's N-Quads dump into an embedded store; the worker reads and gunzips the file itself. */
async function openDatasetStore(dataDir: string, sha256: string | undefined, standby: boolean): Promise<Store> {
  const file = path.join(dataDir, 'downloads', STORE_DUMP);
  await access(file).catch(() => {
    throw new DatasetFolderError(`${file} not found: is ${dataDir} a dataset built by "jiyao build"?`);
  });
  // A verified dump was written by jiyao build: oxigraph's term validation can be skipped (lenient).
  const source = { path: file, format: 'application/n-quads', sha256, lenient: sha256 !== undefined };
  return EmbeddedStore.open({ sources: [source], standby });
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Opens the dataset and serves it over HTTP until `close()`. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const logger = options.logger ?? pino({ level: 'silent' });
  const site = options.liveSite?.current ?? (await loadSiteData(options.dataDir));
  const dumpDigest = await verifiedDumpDigest(options.dataDir, options.verifyChecksums ?? true);
  const store = options.store ?? (await openDatasetStore(options.dataDir, dumpDigest, options.standby ?? true));
  const app = createApp({ ...options, store, site, base: site.manifest.base, logger });
  const server = createServer(app);
  server.headersTimeout = 30_000;
  server.requestTimeout = 60_000;
  try {
    await listen(server, options.port ?? 3000, options.host ?? '0.0.0.0');
  } catch (error) {
    if (!options.store) await store.close();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = !options.host || options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  logger.info({ port, dataDir: options.dataDir, base: site.manifest.base }, 'listening');
  return {
    url: `http://${host}:${port}/`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      if (!options.store) await store.close();
    },
  };
}
