// startServer: opens the dataset (store + static parts), listens, and closes both cleanly.
import { createServer, type Server } from 'node:http';
import { gunzip } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import { pino, type Logger } from 'pino';
import { EmbeddedStore } from '../store/embedded-store.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';
import { verifyDatasetDumps } from './dataset-integrity.js';
import type { QueryLimiterOptions } from './limits.js';
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
  /** Default: silent. */
  logger?: Logger;
  timeoutMs?: number;
  maxRows?: number;
  maxBodyBytes?: number;
  /** Admission control of SPARQL queries (429/503 with Retry-After). Default: the limiter's defaults. */
  queryLimits?: QueryLimiterOptions;
  /** Check downloads/* against their SHA-256 checksums before serving; a mismatch refuses to start. Default true. */
  verifyChecksums?: boolean;
}

/** A running server. */
export interface RunningServer {
  /** `http://host:port/` as bound. */
  url: string;
  /** Stops accepting connections, ends idle ones, closes the store it opened. */
  close(): Promise<void>;
}

/** Reads the dump the store loads; with `verify`, its bytes (and every other dump) must match their checksums. */
async function readVerifiedDump(dataDir: string, verify: boolean): Promise<Buffer | undefined> {
  const file = path.join(dataDir, 'downloads', 'jiyao.nq.gz');
  const packed = await readFile(file).catch(() => undefined);
  if (verify) await verifyDatasetDumps(dataDir, packed ? { required: ['jiyao.nq.gz'], inMemory: { 'jiyao.nq.gz': packed } } : {});
  return packed;
}

/** Loads the dataset's N-Quads dump into an embedded store. */
async function openDatasetStore(dataDir: string, packedDump: Buffer | undefined): Promise<Store> {
  const file = path.join(dataDir, 'downloads', 'jiyao.nq.gz');
  const packed = packedDump ?? await readFile(file).catch(() => {
    throw new DatasetFolderError(`${file} not found: is ${dataDir} a dataset built by "jiyao build"?`);
  });
  const text = (await promisify(gunzip)(packed)).toString('utf8');
  return EmbeddedStore.open({ nquads: [text] });
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
  const site = await loadSiteData(options.dataDir);
  const packedDump = await readVerifiedDump(options.dataDir, options.verifyChecksums ?? true);
  const store = options.store ?? (await openDatasetStore(options.dataDir, packedDump));
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
