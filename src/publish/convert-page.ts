// One source page → its quads, record and quality report: the extractor and the RDF mapping composed.
import type { Quad } from '@rdfjs/types';
import { extractMinutes } from '../extract/index.js';
import { recordToQuads } from '../rdf/map-record.js';
import type { MinutesRecord } from '../record/types.js';
import { buildPageReport, type PageReport } from './page-report.js';
import { graphIriFor } from './graph-key.js';

/** Options of {@link convertPage}. */
export interface ConvertPageOptions {
  /** File name of the page (used for charset/HTML hints and in the report). */
  fileName: string;
  /** URL the page was published at, where known. */
  sourceUrl?: string;
  /** Base IRI of the dataset, ending with '/'. */
  base: string;
  /** Version of jiyao, recorded in the provenance of the graph. */
  toolVersion: string;
  /** Key of the page's named graph: its path relative to the input folder (rdf/iris encodes it into the IRI). */
  graphKey: string;
  /** Largest page accepted, in bytes (extractor default when absent). */
  maxBytes?: number;
}

/** What a converted page yields. */
export interface ConvertedPage {
  quads: Quad[];
  record: MinutesRecord;
  report: PageReport;
}

/** A page converter; {@link convertPage} is the real one, tests may inject another. */
export type PageConverter = (bytes: Uint8Array, options: ConvertPageOptions) => ConvertedPage;

/**
 * Converts one page: extract the record, map it to quads in the graph `{base}graph/{graphKey}`, report on it.
 * Throws ExtractionError for pages that cannot be converted.
 */
export function convertPage(bytes: Uint8Array, options: ConvertPageOptions): ConvertedPage {
  const { record, warnings } = extractMinutes(bytes, {
    fileName: options.fileName,
    ...(options.sourceUrl !== undefined ? { sourceUrl: options.sourceUrl } : {}),
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
  });
  const graph = graphIriFor(options.base, options.graphKey);
  const quads = recordToQuads(record, { base: options.base, graph: options.graphKey, toolVersion: options.toolVersion });
  const report = buildPageReport(record, warnings, { file: options.fileName, graph, triples: quads.length });
  return { quads, record, report };
}
