// Takes each page's outcome as it completes and puts it on disk at once; keeps only its manifest entry and running totals.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { collectDivisionNames } from '../search/index.js';
import { graphFilePath } from './incremental.js';
import { compactLines, LineSorter } from './line-sorter.js';
import { manifestSource, type ManifestSource } from './manifest.js';
import type { PageOutcome } from './page-job.js';
import { searchPartials } from './search-partials.js';
import { tripleSortLines } from './triple-index.js';

/** Folder of the scratch files inside the dataset being built (removed before the dataset is swapped in). */
export const SPOOL_FOLDER = '.spool';

/** What the pages add up to, for reports/summary.json and the build summary. */
export interface PageTotals {
  pages: number;
  converted: number;
  failed: Array<{ file: string; code: string; reason: string }>;
  meetings: number;
  /** Quads in all page graphs (a triple stated by two pages counts twice). */
  quads: number;
  warnings: number;
  /** Warning code → count, codes in the order they first occur (page order, then within the page). */
  warningsByCode: Record<string, number>;
}

/** Every page's manifest entry (page order) and the totals, once all pages are in. */
export interface SpooledPages {
  sources: ManifestSource[];
  totals: PageTotals;
  /**
   * The names of the divisions each page types, from its own quads, sorted. The dataset's division names (its
   * triples merged) are the same unless a page names a division only another page types.
   */
  pageDivisionNames: string[];
}

function lineCount(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * Writes each page's graph file (`graphs/{path}.nq`) and report (`reports/{path}.json`) into the new dataset as soon
 * as the page is done, in whatever order pages finish, and feeds its triples and search partials to sorters on disk.
 * Everything the dataset-wide files need later is read back from there in a fixed order, so the output does not
 * depend on the order pages finished in.
 */
export class PageSpool {
  /** The pages' triples as sort lines (see triple-index). */
  readonly triples: LineSorter;
  /** The pages' search partials as `{iri}\0{page number}\0{partial}` lines. */
  readonly search: LineSorter;
  private readonly sources: Array<ManifestSource | undefined>;
  private readonly failed: Array<{ index: number; file: string; code: string; reason: string }> = [];
  private readonly warningCodes = new Map<string, { count: number; first: number }>();
  private readonly divisionNames = new Set<string>();
  private meetings = 0;
  private quads = 0;
  private warnings = 0;
  private readonly folders = new Set<string>();
  private queue: Promise<void> = Promise.resolve();

  /** @param sortBudgetBytes - memory each sorter may hold before it spills a run to disk */
  constructor(private readonly datasetDir: string, pageCount: number, readonly sortBudgetBytes?: number) {
    const spool = path.join(datasetDir, SPOOL_FOLDER);
    this.triples = new LineSorter(path.join(spool, 'triples'), sortBudgetBytes);
    this.search = new LineSorter(path.join(spool, 'search'), sortBudgetBytes);
    this.sources = new Array(pageCount);
  }

  /** Stores the outcome of page number `pageIndex` (in page order); outcomes are stored one at a time, in call order. */
  accept(pageIndex: number, outcome: PageOutcome): Promise<void> {
    const stored = this.queue.then(() => this.store(pageIndex, outcome));
    this.queue = stored.catch(() => {}); // the caller sees the failure; the queue goes on for the others
    return stored;
  }

  /** The manifest entries and totals; call after every page was accepted. */
  async finish(): Promise<SpooledPages> {
    await this.queue;
    const missing = this.sources.findIndex((source) => source === undefined);
    if (missing !== -1) throw new Error(`page ${missing} has no outcome`);
    const codes = [...this.warningCodes].sort(([, a], [, b]) => a.first - b.first);
    const failed = this.failed.sort((a, b) => a.index - b.index).map(({ file, code, reason }) => ({ file, code, reason }));
    return {
      sources: this.sources as ManifestSource[],
      totals: {
        pages: this.sources.length, converted: this.sources.length - failed.length, failed,
        meetings: this.meetings, quads: this.quads, warnings: this.warnings,
        warningsByCode: Object.fromEntries(codes.map(([code, { count }]) => [code, count])),
      },
      pageDivisionNames: [...this.divisionNames].sort(),
    };
  }

  private async store(pageIndex: number, outcome: PageOutcome): Promise<void> {
    const report = path.join(this.datasetDir, 'reports', ...`${outcome.relativePath}.json`.split('/'));
    await this.write(report, `${JSON.stringify(outcome.report, null, 2)}\n`);
    if (outcome.status === 'failed') {
      this.sources[pageIndex] = manifestSource(outcome, 0);
      this.failed.push({ index: pageIndex, file: outcome.relativePath, code: outcome.code, reason: outcome.reason });
      return;
    }
    const quads = lineCount(outcome.nquads);
    this.sources[pageIndex] = manifestSource(outcome, quads);
    await this.write(graphFilePath(this.datasetDir, outcome.relativePath), outcome.nquads);
    this.count(pageIndex, outcome.report, quads);
    await this.triples.add(tripleSortLines(outcome.nquads, outcome.graph));
    let pageQuads: Quad[] | undefined; // parsed only for a page reused from a previous build
    const parsed = () => (pageQuads ??= new Parser({ format: 'N-Quads' }).parse(outcome.nquads) as Quad[]);
    for (const name of outcome.divisionNames ?? collectDivisionNames(parsed())) this.divisionNames.add(name);
    const partials = outcome.searchPartials ?? searchPartials(parsed());
    const page = String(pageIndex).padStart(10, '0');
    await this.search.add(compactLines(partials.map(([iri, partial]) => `${iri}\u0000${page}\u0000${partial}`)));
  }

  private count(pageIndex: number, report: { counts: { meetings: number }; warnings: Array<{ code: string }> }, quads: number): void {
    this.meetings += report.counts.meetings;
    this.quads += quads;
    report.warnings.forEach(({ code }, i) => {
      this.warnings++;
      const seen = this.warningCodes.get(code);
      if (seen) seen.count++;
      else this.warningCodes.set(code, { count: 1, first: pageIndex * 1e6 + i });
    });
  }

  private async write(file: string, text: string): Promise<void> {
    const folder = path.dirname(file);
    if (!this.folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.folders.add(folder);
    }
    await writeFile(file, text);
  }
}
