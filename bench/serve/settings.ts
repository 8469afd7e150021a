// Command-line settings of `npm run bench:serve` (bench/serve.bench.ts).
import path from 'node:path';

/** What one serving benchmark run does. */
export interface ServeSettings {
  /** Generated pages of the small dataset used for dereferencing and SPARQL latency. */
  pages: number;
  /** Triple counts of the memory / start-up datasets. */
  triples: number[];
  /** Seconds autocannon drives each route. */
  durationS: number;
  /** autocannon connections. */
  connections: number;
  /** Runs of each query, over HTTP and in-process (the median is reported). */
  queryRuns: number;
  seed: number;
  /** A memory / start-up step whose estimate passes this budget is skipped. */
  maxMinutes: number;
  /** Where generated pages and built datasets are kept between runs. */
  cacheDir: string;
  out: string;
}

export const USAGE = `usage: npx tsx bench/serve.bench.ts [--pages N] [--triples 1e6,5e6] [--duration S] [--connections C]
       [--query-runs N] [--seed N] [--max-minutes M] [--cache DIR] [--out FILE]`;

const DEFAULTS: ServeSettings = {
  pages: 300, triples: [1e6, 5e6], durationS: 10, connections: 16, queryRuns: 20, seed: 20240601, maxMinutes: 15,
  cacheDir: path.resolve('bench/out/serve-cache'), out: path.resolve('bench/out/serve.json'),
};

function positive(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${flag} wants a positive number, got "${text}"`);
  return value;
}

/** Reads the settings from `argv` (default: process.argv after the script). Throws a one-line Error on bad flags. */
export function readServeSettings(argv: string[] = process.argv.slice(2)): ServeSettings {
  const settings = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i], value = argv[i + 1];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    switch (flag) {
      case '--pages': settings.pages = Math.round(positive(flag, value)); break;
      case '--triples': settings.triples = value === 'none' ? [] : value.split(',').map((v) => Math.round(positive(flag, v))); break;
      case '--duration': settings.durationS = positive(flag, value); break;
      case '--connections': settings.connections = Math.round(positive(flag, value)); break;
      case '--query-runs': settings.queryRuns = Math.round(positive(flag, value)); break;
      case '--seed': settings.seed = Math.round(positive(flag, value)); break;
      case '--max-minutes': settings.maxMinutes = positive(flag, value); break;
      case '--cache': settings.cacheDir = path.resolve(value); break;
      case '--out': settings.out = path.resolve(value); break;
      default: throw new Error(`unknown flag ${flag}`);
    }
  }
  return settings;
}
