// Nightly fuzz run: converts thousands of damaged corpus pages in worker threads and counts how each
// ended (converted / ExtractionError by code / crash / hang); exits non-zero on any crash, hang or bad output.
//
//   npx tsx bench/fuzz-pages.ts [--cases 10000] [--seed 20240607] [--workers 2] [--budget-ms 20000]
//                               [--max-minutes 30] [--case I]   (--case replays case I of the same seed)

import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { problemsOf } from '../test/fixtures/bad/case-verdict.js';
import { ConversionRunner, type CaseOutcome } from '../test/fixtures/bad/conversion-runner.js';
import { anyMutatedPage, loadCorpusPages, type MutatedPage } from '../test/fixtures/bad/page-mutations.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Command-line settings of one fuzz run. */
interface FuzzSettings {
  cases: number;
  seed: number;
  workers: number;
  budgetMs: number;
  maxMinutes: number;
  onlyCase: number | null;
}

/** Tallies of one run, and the first failures in full. */
interface Tally {
  converted: number;
  refused: Map<string, number>;
  crashed: number;
  hung: number;
  badOutput: number;
  failures: string[];
  run: number;
}

function readSettings(argv: string[]): FuzzSettings {
  const { values } = parseArgs({
    args: argv,
    options: {
      cases: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '20240607' },
      workers: { type: 'string', default: String(Math.max(1, Math.min(4, os.availableParallelism()))) },
      'budget-ms': { type: 'string', default: '20000' },
      'max-minutes': { type: 'string', default: '30' },
      case: { type: 'string' },
    },
  });
  const int = (name: string, text: string): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, not ${text}`);
    return n;
  };
  return {
    cases: int('cases', values.cases!),
    seed: int('seed', values.seed!),
    workers: Math.max(1, int('workers', values.workers!)),
    budgetMs: int('budget-ms', values['budget-ms']!),
    maxMinutes: int('max-minutes', values['max-minutes']!),
    onlyCase: values.case === undefined ? null : int('case', values.case),
  };
}

/** Counts one outcome; keeps the first 20 failures with the case that caused them. */
function count(tally: Tally, index: number, page: MutatedPage, outcome: CaseOutcome): void {
  tally.run++;
  const problems = problemsOf(outcome, page.injectedTerms);
  if (outcome.kind === 'converted') tally.converted++;
  if (outcome.kind === 'refused') tally.refused.set(outcome.code, (tally.refused.get(outcome.code) ?? 0) + 1);
  if (outcome.kind === 'crashed') tally.crashed++;
  if (outcome.kind === 'hung') tally.hung++;
  if (problems.length > 0 && (outcome.kind === 'converted' || outcome.kind === 'refused')) tally.badOutput++;
  if (problems.length > 0 && tally.failures.length < 20) tally.failures.push(`case ${index} (${page.description}):\n  ${problems.join('\n  ')}`);
}

/** Feeds the cases to `workers` runners until all are done or the deadline passes. */
async function runAll(cases: Array<[number, MutatedPage]>, settings: FuzzSettings, tally: Tally): Promise<boolean> {
  const deadline = Date.now() + settings.maxMinutes * 60_000;
  let next = 0;
  let isLate = false;
  const lane = async (): Promise<void> => {
    const runner = new ConversionRunner(settings.budgetMs);
    try {
      while (next < cases.length) {
        if (Date.now() > deadline) return void (isLate = true);
        const [index, page] = cases[next++];
        count(tally, index, page, await runner.run(page.fileName, page.bytes));
        if (tally.run % 1000 === 0) process.stderr.write(`… ${tally.run} cases\n`);
      }
    } finally {
      await runner.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(settings.workers, cases.length) }, lane));
  return !isLate;
}

function report(tally: Tally, settings: FuzzSettings, seconds: number, isComplete: boolean): void {
  const refused = [...tally.refused.entries()].sort((a, b) => b[1] - a[1]);
  const refusedTotal = refused.reduce((sum, [, n]) => sum + n, 0);
  console.log(`fuzz-pages: ${tally.run} of ${settings.cases} cases, seed ${settings.seed}, ${settings.workers} workers, ${seconds.toFixed(1)} s`);
  console.log(`  converted         ${tally.converted}`);
  console.log(`  ExtractionError   ${refusedTotal}${refused.length ? ` (${refused.map(([code, n]) => `${code} ${n}`).join(', ')})` : ''}`);
  console.log(`  crashed           ${tally.crashed}`);
  console.log(`  hung (> ${settings.budgetMs} ms) ${tally.hung}`);
  console.log(`  bad output        ${tally.badOutput}`);
  if (!isComplete) console.log(`  stopped: the ${settings.maxMinutes}-minute limit was reached`);
  for (const failure of tally.failures) console.log(failure);
}

async function main(): Promise<number> {
  const settings = readSettings(process.argv.slice(2));
  const pages = loadCorpusPages(path.resolve(repoRoot, '../shared/corpus/dev'));
  const samples = fc.sample(anyMutatedPage(pages), { seed: settings.seed, numRuns: settings.cases });
  const indexed = samples.map((page, i) => [i, page] as [number, MutatedPage]);
  const cases = settings.onlyCase === null ? indexed : indexed.filter(([i]) => i === settings.onlyCase);
  const tally: Tally = { converted: 0, refused: new Map(), crashed: 0, hung: 0, badOutput: 0, failures: [], run: 0 };
  const started = performance.now();
  const isComplete = await runAll(cases, settings, tally);
  report(tally, { ...settings, cases: cases.length }, (performance.now() - started) / 1000, isComplete);
  return tally.failures.length > 0 || tally.crashed + tally.hung + tally.badOutput > 0 || !isComplete ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`fuzz-pages: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
