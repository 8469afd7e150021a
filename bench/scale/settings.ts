// Command-line flags of `npm run bench:scale`, parsed and checked.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../generator/templates.js';

/** Settings of a run. */
export interface ScaleSettings {
  /** Pages of the main run (built with each worker count). */
  pages: number;
  /** Worker counts to build with; the scaling ratio is the last over the first. */
  workers: number[];
  /** Also load into a private Virtuoso and measure it. */
  hasVirtuoso: boolean;
  /** Measure the builds only: no store loads, queries, dereferencing or triple-count targets. */
  isBuildOnly: boolean;
  /** Triple counts to reach with their own build, if the estimate fits in `maxMinutes`. */
  triples: number[];
  /** Budget of one triple-count run, in minutes. */
  maxMinutes: number;
  seed: number;
  /** How Virtuoso is loaded: its bulk loader (`jiyao load --bulk`, default) or Graph Store PUTs (`--gsp`). */
  virtuosoLoad: 'bulk' | 'graph-store';
  /** Graph Store requests in flight while loading Virtuoso with `--gsp`. */
  loadConcurrency: number;
  /** Seconds of each dereferencing run. */
  derefSeconds: number;
  out: string;
}

/** Help text printed on a bad flag. */
export const USAGE = 'usage: tsx bench/scale.bench.ts [--pages 10000] [--workers 1,2] [--build-only] [--virtuoso] [--gsp] [--triples 1e6,1e7] '
  + '[--max-minutes 20] [--seed 20240601] [--load-concurrency 8] [--deref-seconds 10] [--out bench/out/scale.json]';

function positive(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got ${value}`);
  return n;
}

function list(value: string, name: string): number[] {
  return value === '' ? [] : value.split(',').map((v) => Math.round(positive(v.trim(), name)));
}

/** Reads the flags from `argv` (default: this process's). */
export function readScaleSettings(argv: string[] = process.argv.slice(2)): ScaleSettings {
  const { values } = parseArgs({
    args: argv,
    options: {
      pages: { type: 'string', default: '10000' },
      workers: { type: 'string', default: '1,2' },
      virtuoso: { type: 'boolean', default: false },
      gsp: { type: 'boolean', default: false },
      'build-only': { type: 'boolean', default: false },
      triples: { type: 'string', default: '1e6,1e7' },
      'max-minutes': { type: 'string', default: '20' },
      seed: { type: 'string', default: '20240601' },
      'load-concurrency': { type: 'string', default: '8' },
      'deref-seconds': { type: 'string', default: '10' },
      out: { type: 'string', default: path.join(REPO_ROOT, 'bench/out/scale.json') },
    },
  });
  return {
    pages: Math.round(positive(values.pages, 'pages')), workers: list(values.workers, 'workers'), hasVirtuoso: values.virtuoso,
    virtuosoLoad: values.gsp ? 'graph-store' : 'bulk',
    isBuildOnly: values['build-only'],
    triples: list(values.triples, 'triples'), maxMinutes: positive(values['max-minutes'], 'max-minutes'),
    seed: Math.round(positive(values.seed, 'seed')), loadConcurrency: Math.round(positive(values['load-concurrency'], 'load-concurrency')),
    derefSeconds: positive(values['deref-seconds'], 'deref-seconds'), out: path.resolve(values.out),
  };
}
