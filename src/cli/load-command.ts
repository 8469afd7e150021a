// `jiyao load --data DIR --store URL [--user U --password P] [--bulk …]`: a built dataset → a remote triple store.
import type { Command } from 'commander';
import { bulkLoadDataset } from '../publish/bulk-load.js';
import { defaultGraphStoreUrl, loadDataset, type LoadSummary } from '../publish/load-dataset.js';
import { DEFAULT_ISQL_PORT } from '../store/virtuoso-isql.js';

interface LoadFlags {
  data: string;
  store: string;
  graphStore?: string;
  user?: string;
  password?: string;
  concurrency: string;
  bulk?: boolean;
  isqlHost?: string;
  isqlPort?: string;
  isqlPath?: string;
}

/** Flags that only the Graph Store path reads, and those only the bulk loader reads (refused with the other). */
const GRAPH_STORE_FLAGS = { graphStore: '--graph-store', concurrency: '--concurrency' } as const;
const BULK_FLAGS = { isqlHost: '--isql-host', isqlPort: '--isql-port', isqlPath: '--isql-path' } as const;

/** The one-screen summary printed after a load. */
export function formatLoadSummary(summary: LoadSummary): string {
  const seconds = summary.durationMs / 1000;
  const rate = seconds > 0 ? Math.round(summary.triples / seconds) : summary.triples;
  const how = summary.method === 'bulk-loader' ? ' with Virtuoso\'s bulk loader' : '';
  const lines = [
    `loaded into ${summary.target}${how}`,
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

function positiveInteger(text: string, flag: string, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`${flag} must be a positive integer${max < Number.MAX_SAFE_INTEGER ? ` up to ${max}` : ''}, not ${text}`);
  return n;
}

/** Registers `load`; errors propagate to main, which prints them on one line and exits 1. */
export function registerLoadCommand(program: Command, exit: { code: number }): void {
  program
    .command('load')
    .description('load a built dataset into a SPARQL 1.1 store (Virtuoso): one named graph per page, replaced whole')
    .requiredOption('--data <dir>', 'dataset folder written by "jiyao build"')
    .requiredOption('--store <url>', 'SPARQL query endpoint of the store, e.g. http://127.0.0.1:8890/sparql')
    .option('--user <name>', 'user for the graph store (HTTP Digest) or, with --bulk, for Virtuoso\'s SQL port')
    .option('--password <password>', 'password of --user')
    .option('--graph-store <url>', 'Graph Store Protocol endpoint (default: /sparql-graph-crud-auth on the store\'s origin)')
    .option('--concurrency <n>', 'graphs sent to the graph store at once', '4')
    .option('--bulk', 'load the whole dataset with Virtuoso\'s bulk loader (ld_dir + rdf_loader_run, through isql): much '
      + 'faster, but not isolated, so for a store that is not serving; Virtuoso reads DIR/downloads itself, which must be '
      + 'on its host and in DirsAllowed (docs/scaling.md)')
    .option('--isql-host <host>', 'with --bulk: host of Virtuoso\'s SQL port (default: the host of --store)')
    .option('--isql-port <port>', `with --bulk: Virtuoso's SQL port, [Parameters] ServerPort in virtuoso.ini (default ${DEFAULT_ISQL_PORT})`)
    .option('--isql-path <program>', 'with --bulk: Virtuoso\'s isql program (default: isql-vt, Debian\'s name for it)')
    .action(async (flags: LoadFlags, command: Command) => {
      if (flags.password !== undefined && flags.user === undefined) throw new Error('--password needs --user');
      refuseFlags(flags, command, flags.bulk ? GRAPH_STORE_FLAGS : BULK_FLAGS, flags.bulk ? 'is not used with --bulk' : 'is only used with --bulk');
      const queryUrl = checkedUrl(flags.store, '--store');
      const summary = flags.bulk ? await runBulkLoad(flags, queryUrl) : await loadDataset({
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

/** `--bulk`: isql on the store's host (unless --isql-host), with the dba-like account given by --user/--password. */
async function runBulkLoad(flags: LoadFlags, queryUrl: string): Promise<LoadSummary> {
  if (flags.user === undefined || flags.password === undefined) {
    throw new Error('--bulk needs --user and --password: an account of Virtuoso\'s SQL port that may run the bulk loader (e.g. dba)');
  }
  return bulkLoadDataset({
    dataDir: flags.data,
    queryUrl,
    isql: {
      program: flags.isqlPath,
      host: flags.isqlHost ?? new URL(queryUrl).hostname.replace(/^\[(.*)\]$/, '$1'),
      port: flags.isqlPort !== undefined ? positiveInteger(flags.isqlPort, '--isql-port', 65535) : undefined,
      user: flags.user,
      password: flags.password,
    },
    onStep: (step) => process.stderr.write(`jiyao load: ${step.message}\n`),
  });
}

/** A flag given on the command line that the chosen load path does not read is an error, not silently ignored. */
function refuseFlags(flags: LoadFlags, command: Command, names: Record<string, string>, reason: string): void {
  for (const [key, flag] of Object.entries(names)) {
    if (flags[key as keyof LoadFlags] !== undefined && command.getOptionValueSource(key) === 'cli') throw new Error(`${flag} ${reason}`);
  }
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
