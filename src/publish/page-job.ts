// Converts one page file into what the build needs from it (N-Quads text and a report); run in a worker or in-process.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory, Writer } from 'n3';
import { ExtractionError } from '../record/types.js';
import { collectDivisionNames } from '../search/index.js';
import type { PageConverter } from './convert-page.js';
import { graphIriFor } from './graph-key.js';
import type { FailedPageReport, PageReport } from './page-report.js';
import { searchPartials } from './search-partials.js';

/** One page to convert, as sent to a worker (plain data only). */
export interface PageJob {
  absolutePath: string;
  relativePath: string;
  base: string;
  toolVersion: string;
  maxBytes?: number;
}

/** A page that converted: its quads as N-Quads text (blank nodes made unique to the page). */
export interface ConvertedOutcome {
  status: 'converted';
  relativePath: string;
  sha256: string;
  graph: string;
  nquads: string;
  report: PageReport;
  /** What the page adds to the search index (see search-partials); absent for pages reused from a previous build. */
  searchPartials?: Array<[string, string]>;
  /**
   * Names of the divisions the page types, from its own quads (collectDivisionNames), so the search index can start
   * before the dataset's triples are merged; absent for pages reused from a previous build.
   */
  divisionNames?: string[];
}

/** A page that could not be converted. */
export interface FailedOutcome {
  status: 'failed';
  relativePath: string;
  sha256: string | null;
  graph: string;
  code: string;
  reason: string;
  report: FailedPageReport;
}

export type PageOutcome = ConvertedOutcome | FailedOutcome;

/** Recognises our typed page error, also when it crossed a module boundary as a look-alike. */
export function isExtractionError(error: unknown): error is ExtractionError {
  return error instanceof ExtractionError
    || (error instanceof Error && error.name === 'ExtractionError' && typeof (error as { code?: unknown }).code === 'string');
}

/** Builds the outcome of a page that failed (unreadable, not minutes, or over its time budget). */
export function failedOutcome(job: PageJob, code: string, reason: string, bytes?: Uint8Array): FailedOutcome {
  const graph = graphIriFor(job.base, job.relativePath);
  const sha256 = bytes ? createHash('sha256').update(bytes).digest('hex') : null;
  const report: FailedPageReport = {
    file: job.relativePath, graph, status: 'failed', sha256: sha256 ?? '', byteLength: bytes?.byteLength ?? 0, code, reason,
  };
  return { status: 'failed', relativePath: job.relativePath, sha256, graph, code, reason, report };
}

/**
 * Reads and converts one page. ExtractionError and unreadable files become a failed outcome;
 * any other error is a bug and is thrown, so the build stops and the old dataset stays.
 */
export async function runPageJob(job: PageJob, convert: PageConverter): Promise<PageOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(job.absolutePath);
  } catch (error) {
    return failedOutcome(job, 'unreadable', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const graphKey = job.relativePath;
  try {
    const converted = convert(bytes, {
      fileName: job.relativePath, base: job.base, toolVersion: job.toolVersion, graphKey,
      ...(job.maxBytes !== undefined ? { maxBytes: job.maxBytes } : {}),
    });
    const graph = graphIriFor(job.base, graphKey);
    const quads = inGraph(relabelBlankNodes(converted.quads, blankPrefixFor(graphKey)), graph);
    const nquads = new Writer({ format: 'N-Quads' }).quadsToString(quads);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return {
      status: 'converted', relativePath: job.relativePath, sha256, graph, nquads, report: converted.report,
      searchPartials: searchPartials(quads), divisionNames: collectDivisionNames(quads),
    };
  } catch (error) {
    if (isExtractionError(error)) return failedOutcome(job, error.code, error.message, bytes);
    throw error;
  }
}

/** A blank node label prefix unique to a page and stable across builds: derived from its graph key. */
function blankPrefixFor(graphKey: string): string {
  return `p${createHash('sha256').update(graphKey).digest('hex').slice(0, 12)}b`;
}

/** Renames blank nodes `_:x` to `_:{prefix}{n}` in order of first appearance, so pages never share one. */
export function relabelBlankNodes(quads: readonly Quad[], prefix: string): Quad[] {
  const labels = new Map<string, string>();
  const rename = <T extends Term>(term: T): T => {
    if (term.termType !== 'BlankNode') return term;
    let label = labels.get(term.value);
    if (label === undefined) labels.set(term.value, (label = `${prefix}${labels.size}`));
    return DataFactory.blankNode(label) as unknown as T;
  };
  return quads.map((q) => DataFactory.quad(rename(q.subject), q.predicate, rename(q.object), q.graph) as Quad);
}

/** Puts every quad in the page's named graph. */
function inGraph(quads: readonly Quad[], graph: string): Quad[] {
  const graphTerm = DataFactory.namedNode(graph);
  return quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object, graphTerm) as Quad);
}
