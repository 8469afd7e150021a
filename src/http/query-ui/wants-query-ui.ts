// Whether a request to the SPARQL endpoint is a browser asking for a page rather than an RDF client asking for the service description.
import type { Request } from 'express';
import Negotiator from 'negotiator';
import { GRAPH_FORMATS } from '../sparql/formats.js';

/** Media types that mean "a page for people". */
const HTML_TYPES = ['text/html', 'application/xhtml+xml'];

/** The service description's media types come first, so `*` and a missing Accept header keep getting RDF. */
const OFFERED = [...GRAPH_FORMATS.flatMap((format) => format.mediaTypes), ...HTML_TYPES];

/**
 * True for a GET (or HEAD) without a `query` parameter whose Accept header prefers HTML over every RDF type the
 * service description is written in (q-values and specificity honoured; a tie goes to RDF).
 */
export function wantsQueryUi(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if ((req.query as Record<string, unknown>).query !== undefined) return false;
  const chosen = new Negotiator(req).mediaType(OFFERED);
  return chosen !== undefined && HTML_TYPES.includes(chosen);
}
