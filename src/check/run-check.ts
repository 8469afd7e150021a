// `jiyao check`: converts every page of a gold corpus and scores the output (the TypeScript twin of score.py).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { compareCodePoints } from './fact.js';
import type { Gold } from './gold.js';
import { scoreDocument, totalsOf, type CheckTotals, type ConverterRun, type PageResult } from './score.js';

/** Converts one source file (absolute path) to N-Triples on stdout. */
export type Converter = (file: string) => Promise<ConverterRun>;

/** Options of {@link runCheck}. */
export interface RunCheckOptions {
  /** Directory holding `NAME.gold.json` files and the sources they name. */
  corpusDir: string;
  /** The converter under test; a thrown error counts as a crash of that page. */
  convert: Converter;
}

/** Everything `jiyao check` found: one result per gold file (in score.py's order) and the totals. */
export interface CheckReport {
  pages: PageResult[];
  totals: CheckTotals;
}

/** Gold files of a corpus directory, sorted by code point like Python's `sorted(os.listdir())`. */
export async function listGoldFiles(corpusDir: string): Promise<string[]> {
  const names = await readdir(corpusDir);
  return names.filter((name) => name.endsWith('.gold.json')).sort(compareCodePoints);
}

/** Runs the converter; a thrown error becomes a crashed run (exit 70, the stack on stderr). */
async function runConverter(convert: Converter, file: string): Promise<ConverterRun> {
  try {
    return await convert(file);
  } catch (error) {
    const stack = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
    return { exitCode: 70, stdout: '', stderr: `${stack}\n`, hasThrown: true };
  }
}

/**
 * Converts the source of every `*.gold.json` in `corpusDir` (named by the gold's `source`) and scores the output
 * against the gold, exactly as score.py does.
 */
export async function runCheck(options: RunCheckOptions): Promise<CheckReport> {
  const pages: PageResult[] = [];
  for (const goldFile of await listGoldFiles(options.corpusDir)) {
    const gold = JSON.parse(await readFile(path.join(options.corpusDir, goldFile), 'utf8')) as Gold;
    const source = path.resolve(options.corpusDir, gold.source);
    pages.push(scoreDocument(goldFile, gold, await runConverter(options.convert, source)));
  }
  return { pages, totals: totalsOf(pages) };
}

export { formatCheckReport, checkReportToJson, type FormatOptions } from './format-report.js';
