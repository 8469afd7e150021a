// `jiyao serve --data DIR [--port N] [--host H]`: serves a built dataset over HTTP until SIGINT/SIGTERM.
import type { Command } from 'commander';
import { pino } from 'pino';
import { readServeConfig, type ServeFlags } from '../config/serve-config.js';
import { startServer } from '../http/server.js';

/** Adds the `serve` command to the program. Bad settings reject with a one-line message (main prints it). */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve a built dataset: linked-data pages, SPARQL, downloads (PORT, HOST, LOG_LEVEL honoured)')
    .requiredOption('--data <dir>', 'dataset folder written by "jiyao build"')
    .option('--port <n>', 'TCP port (default: PORT or 3000)')
    .option('--host <host>', 'interface to bind (default: HOST or 0.0.0.0)')
    .action(async (flags: ServeFlags) => {
      const config = readServeConfig(flags);
      const logger = pino({ level: config.logLevel });
      const server = await startServer({
        dataDir: config.dataDir, port: config.port, host: config.host, logger,
        timeoutMs: config.queryTimeoutMs, maxRows: config.maxRows, maxBodyBytes: config.maxBodyBytes,
      });
      process.stderr.write(`jiyao: serving ${config.dataDir} at ${server.url}\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          server.close().then(resolve, resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
