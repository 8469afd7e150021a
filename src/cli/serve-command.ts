// `jiyao serve --data DIR [--port N] [--host H]`: serves a built dataset over HTTP until SIGINT/SIGTERM.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { pino } from 'pino';
import { readServeConfig, type ServeFlags } from '../config/serve-config.js';
import { startServer } from '../http/server.js';
import { RemoteStore } from '../store/remote-store.js';
import type { Store } from '../store/store.js';

/** A remote SPARQL store holding the dataset (loaded with `jiyao load`), scoped to its page graphs. */
async function openRemoteStore(dataDir: string, queryUrl: string): Promise<Store> {
  const manifest = JSON.parse(await readFile(path.join(dataDir, 'manifest.json'), 'utf8')) as { base: string };
  return new RemoteStore({ queryUrl, graphPrefix: `${manifest.base}graph/` });
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
    .action(async (flags: ServeFlags & { store?: string }) => {
      const config = readServeConfig(flags);
      const logger = pino({ level: config.logLevel });
      const store = flags.store ? await openRemoteStore(config.dataDir, flags.store) : undefined;
      const server = await startServer({
        dataDir: config.dataDir, port: config.port, host: config.host, logger,
        timeoutMs: config.queryTimeoutMs, maxRows: config.maxRows, maxBodyBytes: config.maxBodyBytes,
        queryLimits: {
          maxRunning: config.maxRunningQueries, maxQueued: config.maxQueuedQueries,
          maxPerClient: config.maxQueriesPerClient, trustedProxyHops: config.trustedProxyHops,
        },
        ...(store ? { store } : {}),
      }).catch(async (error: unknown) => {
        await store?.close();
        throw error;
      });
      process.stderr.write(`jiyao: serving ${config.dataDir} at ${server.url}\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          server.close().then(() => store?.close()).then(resolve, resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
