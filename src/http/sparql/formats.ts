// The media types the endpoint answers with, per query form, and content negotiation over them (q-values).
import type { Request } from 'express';
import Negotiator from 'negotiator';
import type { Quad } from '@rdfjs/types';
import { writeResultsCsv, writeResultsTsv, type BindingsTable } from './bindings-csv-tsv.js';
import { writeResultsJson, writeResultsXml, type TabularResult } from './bindings-json-xml.js';
import { writeJsonLd, writeN3, writeRdfXml } from './graph-writers.js';

/** One answer format: the media types that select it, the Content-Type sent, and its writer. */
export interface Format<T> {
  /** Media types a client may ask for; the first is the canonical one. */
  mediaTypes: string[];
  contentType: string;
  write(result: T): string | Promise<string>;
}

const SPARQL_JSON: Format<TabularResult> = {
  mediaTypes: ['application/sparql-results+json', 'application/json'],
  contentType: 'application/sparql-results+json; charset=utf-8',
  write: writeResultsJson,
};
const SPARQL_XML: Format<TabularResult> = {
  mediaTypes: ['application/sparql-results+xml', 'application/xml', 'text/xml'],
  contentType: 'application/sparql-results+xml; charset=utf-8',
  write: writeResultsXml,
};

/** Formats for ASK answers (CSV/TSV define no boolean form); the first is the default. */
export const BOOLEAN_FORMATS: Format<TabularResult>[] = [SPARQL_JSON, SPARQL_XML];

/** Formats for SELECT answers; the first is the default. */
export const BINDINGS_FORMATS: Format<TabularResult>[] = [
  SPARQL_JSON,
  SPARQL_XML,
  { mediaTypes: ['text/csv'], contentType: 'text/csv; charset=utf-8', write: (r) => writeResultsCsv(asTable(r)) },
  {
    mediaTypes: ['text/tab-separated-values'],
    contentType: 'text/tab-separated-values; charset=utf-8',
    write: (r) => writeResultsTsv(asTable(r)),
  },
];

/** Formats for CONSTRUCT/DESCRIBE answers; the first is the default. */
export const GRAPH_FORMATS: Format<Quad[]>[] = [
  { mediaTypes: ['text/turtle'], contentType: 'text/turtle; charset=utf-8', write: (q) => writeN3(q, 'Turtle') },
  {
    mediaTypes: ['application/n-triples', 'text/plain'],
    contentType: 'application/n-triples; charset=utf-8',
    write: (q) => writeN3(q, 'N-Triples'),
  },
  { mediaTypes: ['application/ld+json'], contentType: 'application/ld+json; charset=utf-8', write: writeJsonLd },
  { mediaTypes: ['application/rdf+xml'], contentType: 'application/rdf+xml; charset=utf-8', write: writeRdfXml },
];

/**
 * Picks the format the request's Accept header prefers (q-values honoured; a missing header accepts anything).
 * Ties go to the order of `formats`. Returns undefined when nothing offered is acceptable.
 */
export function negotiateFormat<T>(req: Request, formats: Format<T>[]): Format<T> | undefined {
  const offered = formats.flatMap((format) => format.mediaTypes);
  const chosen = new Negotiator(req).mediaType(offered);
  return chosen === undefined ? undefined : formats.find((format) => format.mediaTypes.includes(chosen));
}

/** The canonical media types of `formats`, for a 406 message or the service description. */
export function listMediaTypes(formats: Format<unknown>[]): string[] {
  return formats.map((format) => format.mediaTypes[0]);
}

function asTable(result: TabularResult): BindingsTable {
  if (result.kind !== 'bindings') throw new Error('CSV and TSV only write SELECT results');
  return result;
}
