// `jiyao serve --data DIR [--port N] [--host H] [--store URL | --store-file FILE] [--no-standby]`: serves a dataset until SIGINT/SIGTERM.
import type { Command } from 'commander';
import { pino, type Logger } from 'pino';
import { readServeConfig, type ServeFlags } from '../config/serve-config.js';
import { LiveSite } from '../http/live-site.js';
import { startServer } from '../http/server.js';
import type { Store } from '../store/store.js';
import { SwitchableStore } from '../store/switchable-store.js';
import { readDatasetSnapshot } from './dataset-snapshot.js';
import { openRemoteDatasetStore, readStoreUrl, remoteDatasetStore, StoreFileWatcher } from './store-file.js';

interface StoreFlags {
  store?: string;
  /** false with --no-standby. */
  standby?: boolean;
  storeFile?: string;
}

/** The store chosen on the command line (none: the server opens the embedded one), and what to stop with it. */
interface OpenedStore {
  store?: Store;
  /** With --store-file: the static parts, replaced when the store switches to another build. */
  liveSite?: LiveSite;
  /** Undoes what opening installed (the SIGHUP handler). */
  detach: () => void;
}

/** `--store URL`: a remote store; `--store-file FILE`: the same, switchable on SIGHUP (docs/scaling.md, "Full reload"). */
async function openStore(flags: StoreFlags, dataDir: string, logger: Logger): Promise<OpenedStore> {
  if (flags.store !== undefined && flags.storeFile !== undefined) throw new Error('use --store or --store-file, not both');
  if (flags.store !== undefined) return { store: await openRemoteDatasetStore(dataDir, flags.store), detach: () => undefined };
  if (flags.storeFile === undefined) return { detach: () => undefined };
  const servingUrl = await readStoreUrl(flags.storeFile);
  const { manifest, site } = await readDatasetSnapshot(dataDir);
  const liveSite = new LiveSite(site);
  const store = new SwitchableStore(remoteDatasetStore(manifest, servingUrl));
  const watcher = new StoreFileWatcher({ file: flags.storeFile, dataDir, store, site: liveSite, servingUrl, logger });
  const onHangup = (): void => void watcher.reload();
  process.on('SIGHUP', onHangup);
  logger.info({ file: flags.storeFile, store: servingUrl }, `serving from ${servingUrl}; send SIGHUP to re-read ${flags.storeFile}`);
  return { store, liveSite, detach: () => process.off('SIGHUP', onHangup) };
}

/** Adds the `serve` command to the program. Bad settings reject with a one-line message (main prints it). */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve a built dataset: linked-data pages, SPARQL, downloads (PORT, HOST, LOG_LEVEL honoured)')
    .requiredOption('--data <dir>', 'dataset folder written by "jiyao build"')
    .option('--port <n>', 'TCP port (default: PORT or 3000)')
    .option('--host <host>', 'interface to bind (default: HOST or 0.0.0.0)')
    .option('--store <url>', 'SPARQL endpoint of a triple store holding the dataset (see jiyao load); default: the embedded store')
    .option('--store-file <file>', 'file whose first line is the store\'s SPARQL endpoint; on SIGHUP it is read again and a new '
      + 'endpoint is switched to once it holds the manifest\'s quads (blue/green reload, see docs/scaling.md)')
    .option('--no-standby', 'embedded store: keep one loaded copy of the data instead of two (half the memory; after a query '
      + 'times out, the next ones wait while the data loads again)')
    .action(async (flags: ServeFlags & StoreFlags) => {
      const config = readServeConfig(flags);
      const logger = pino({ level: config.logLevel });
      const { store, liveSite, detach } = await openStore(flags, config.dataDir, logger);
      const server = await startServer({
        dataDir: config.dataDir, port: config.port, host: config.host, logger, standby: flags.standby !== false,
        timeoutMs: config.queryTimeoutMs, maxRows: config.maxRows, maxBodyBytes: config.maxBodyBytes,
        queryLimits: {
          maxRunning: config.maxRunningQueries, maxQueued: config.maxQueuedQueries,
          maxPerClient: config.maxQueriesPerClient, trustedProxyHops: config.trustedProxyHops,
        },
        ...(store ? { store } : {}),
        ...(liveSite ? { liveSite } : {}),
      }).catch(async (error: unknown) => {
        detach();
        await store?.close();
        throw error;
      });
      process.stderr.write(`jiyao: serving ${config.dataDir} at ${server.url}\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          detach();
          server.close().then(() => store?.close()).then(resolve, resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
