// `jiyao load --data DIR --store URL [--graph-store URL] [--user U --password P]`: a built dataset → a remote triple store.
import type { Command } from 'commander';
import { defaultGraphStoreUrl, loadDataset, type LoadSummary } from '../publish/load-dataset.js';

interface LoadFlags {
  data: string;
  store: string;
  graphStore?: string;
  user?: string;
  password?: string;
  concurrency: string;
}

/** The one-screen summary printed after a load. */
export function formatLoadSummary(summary: LoadSummary): string {
  const seconds = summary.durationMs / 1000;
  const rate = seconds > 0 ? Math.round(summary.triples / seconds) : summary.triples;
  const lines = [
    `loaded into ${summary.graphStoreUrl}`,
    `  graphs loaded   ${summary.graphsLoaded}`,
    `  graphs removed  ${summary.graphsRemoved.length}`,
    `  triples         ${summary.triples} (${rate} triples/s)`,
    `  time            ${seconds.toFixed(1)} s`,
  ];
  const shown = summary.graphsRemoved.slice(0, 5);
  if (shown.length) lines.push('removed graphs:', ...shown.map((graph) => `  ${graph}`));
  if (summary.graphsRemoved.length > shown.length) lines.push(`  … and ${summary.graphsRemoved.length - shown.length} more`);
  return `${lines.join('\n')}\n`;
}

function positiveInteger(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a positive integer, not ${text}`);
  return n;
}

/** Registers `load`; errors propagate to main, which prints them on one line and exits 1. */
export function registerLoadCommand(program: Command, exit: { code: number }): void {
  program
    .command('load')
    .description('load a built dataset into a SPARQL 1.1 store (Virtuoso): one named graph per page, replaced whole')
    .requiredOption('--data <dir>', 'dataset folder written by "jiyao build"')
    .requiredOption('--store <url>', 'SPARQL query endpoint of the store, e.g. http://127.0.0.1:8890/sparql')
    .option('--graph-store <url>', 'Graph Store Protocol endpoint (default: /sparql-graph-crud-auth on the store\'s origin)')
    .option('--user <name>', 'user for HTTP Digest authentication at the graph store')
    .option('--password <password>', 'password of --user')
    .option('--concurrency <n>', 'graphs sent at once', '4')
    .action(async (flags: LoadFlags) => {
      if (flags.password !== undefined && flags.user === undefined) throw new Error('--password needs --user');
      const queryUrl = checkedUrl(flags.store, '--store');
      const summary = await loadDataset({
        dataDir: flags.data,
        store: {
          queryUrl,
          graphStoreUrl: flags.graphStore !== undefined ? checkedUrl(flags.graphStore, '--graph-store') : defaultGraphStoreUrl(queryUrl),
          user: flags.user,
          password: flags.password,
        },
        concurrency: positiveInteger(flags.concurrency, '--concurrency'),
      });
      process.stdout.write(formatLoadSummary(summary));
      exit.code = 0;
    });
}

function checkedUrl(text: string, flag: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${flag} is not a URL: ${text}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${flag} must be an http(s) URL: ${text}`);
  return url.href;
}
