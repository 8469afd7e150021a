// Parses every request's query with sparqljs before it reaches the store and refuses what a read-only endpoint must not run.
import sparqljs from 'sparqljs';
import type { SparqlQuery } from 'sparqljs';
import { badRequest, forbidden } from './errors.js';

/** The query forms the endpoint answers. */
export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

/**
 * Parses `text` (relative IRIs against `baseIri`) and returns its form. Throws 400 on a syntax error (with the parser's
 * message), 403 on SPARQL Update (LOAD included) and on SERVICE anywhere in the query.
 */
export function checkQuery(text: string, baseIri: string): QueryForm {
  let parsed: SparqlQuery;
  try {
    parsed = new sparqljs.Parser({ baseIRI: baseIri }).parse(text);
  } catch (error) {
    throw badRequest(`query syntax error: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (parsed.type === 'update') {
    const isLoad = parsed.updates.some((operation) => 'type' in operation && operation.type === 'load');
    throw forbidden(isLoad ? 'LOAD is not allowed: this endpoint is read-only' : 'SPARQL Update is not allowed: this endpoint is read-only');
  }
  if (containsService(parsed)) throw forbidden('SERVICE is not allowed: this endpoint does not query other endpoints');
  return parsed.queryType;
}

/** Walks the whole parsed query (patterns, sub-selects, EXISTS in expressions) for a `service` pattern. */
function containsService(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(containsService);
  if (node === null || typeof node !== 'object') return false;
  if ((node as { type?: unknown }).type === 'service') return true;
  return Object.values(node).some(containsService);
}
