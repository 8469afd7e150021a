// The parts of the dataset-wide writing that run in worker threads, as plain data that crosses to a worker (paths,
// options, and for the tables the view's lines as the main pass makes them); see dataset-phase-worker.
import type { SearchIndexFile } from '../search/index.js';
import type { DumpFile } from './gzip-dump.js';
import type { GraphViewFiles, ViewLines } from './tables/graph-view.js';
import type { WrittenTable } from './tables/write-tables.js';

/** search/index.sqlite, from the pages' search partials. */
export interface SearchIndexJob {
  kind: 'search-index';
  /** The dataset folder being written. */
  dir: string;
  /** Run files of the pages' search partials (LineSorter.spilledRuns); they are only read. */
  partialRuns: string[];
  /** Names of the dataset's divisions, sorted. */
  divisionNames: string[];
  /** Scratch folder of the postings sort. */
  spoolDir: string;
  sortBudgetBytes?: number;
}

/**
 * Some research tables in downloads/, from the view's lines sent to the worker. Once the view is sorted, the worker
 * hands its files over (so the build can write the other tables meanwhile) and writes the tables it was given.
 */
export interface ResearchTablesJob {
  kind: 'research-tables';
  downloadsDir: string;
  /** Scratch folder of the tables' view of the triples. */
  viewDir: string;
  sortBudgetBytes?: number;
  /** File names of the tables this worker writes. */
  tableFiles: string[];
}

/** jiyao.nq.gz from the pages' graph files. */
export interface NQuadsDumpJob {
  kind: 'nquads-dump';
  file: string;
  /** Graph files of the converted pages, in page order. */
  graphFiles: string[];
}

export type DatasetPhaseJob = SearchIndexJob | ResearchTablesJob | NQuadsDumpJob;

/** What each job is sent while it runs (in order; the input ends when the build says so). */
export interface DatasetPhaseInputs {
  'search-index': never;
  'research-tables': ViewLines;
  'nquads-dump': never;
}

/** What each job hands over before it ends. */
export interface DatasetPhaseHandovers {
  'search-index': never;
  'research-tables': GraphViewFiles;
  'nquads-dump': never;
}

/** What each job gives back. */
export interface DatasetPhaseResults {
  'search-index': SearchIndexFile;
  'research-tables': WrittenTable[];
  'nquads-dump': DumpFile;
}

/** What the build says it was doing when a job fails. */
export const PHASE_TITLES: Record<DatasetPhaseJob['kind'], string> = {
  'search-index': 'writing the search index',
  'research-tables': 'writing the research tables',
  'nquads-dump': 'writing jiyao.nq.gz',
};

/** Build → worker: one more input, or the end of them. */
export type ToPhaseWorker = { kind: 'input'; input: unknown } | { kind: 'end' };

/**
 * Worker → build: an input was taken (room for another), something handed over, the job's result, or the error
 * that stopped it.
 */
export type FromPhaseWorker =
  | { kind: 'taken' }
  | { kind: 'handover'; value: unknown }
  | { kind: 'done'; result: unknown }
  | { kind: 'failed'; message: string };
