// One SPARQL 1.1 Protocol request to a remote endpoint: the form body, and HTTP/network failures as typed store errors.
import type { RemoteQueryForm } from './remote-query-plan.js';
import { QuerySyntaxError, QueryTimeoutError, StoreError, StoreUnavailableError } from './store.js';

/** Result formats asked for: those Virtuoso writes conformantly (its TSV and its JSON for graphs are not). */
export const ACCEPT_BY_FORM: Record<RemoteQueryForm, string> = {
  SELECT: 'application/sparql-results+json',
  ASK: 'application/sparql-results+json',
  CONSTRUCT: 'application/n-triples',
  DESCRIBE: 'application/n-triples',
};

/** A graph IRI that names no graph: sent as the only `named-graph-uri` when the dataset must have no named graphs. */
export const NO_GRAPH = 'urn:x-jiyao:no-named-graph';

/** The protocol parameters of one query. */
export interface ProtocolQuery {
  query: string;
  defaultGraphUris?: string[];
  namedGraphUris?: string[];
  /** Server-side budget in ms (Virtuoso's `timeout` parameter: the server stops working on the query). */
  serverTimeoutMs?: number;
}

/**
 * The form-urlencoded body (Virtuoso stalls on a direct `application/sparql-query` POST). SPARQL 1.1 says a request
 * that gives only `default-graph-uri` has no named graphs; Virtuoso would then use all graphs for GRAPH ?g, so the
 * named graphs are pinned to {@link NO_GRAPH}; an empty default graph likewise.
 */
export function protocolBody(request: ProtocolQuery): URLSearchParams {
  const body = new URLSearchParams({ query: request.query });
  const { defaultGraphUris, namedGraphUris } = request;
  if (defaultGraphUris !== undefined || namedGraphUris !== undefined) {
    const defaults = defaultGraphUris ?? [];
    const named = namedGraphUris ?? [];
    for (const iri of defaults.length > 0 ? defaults : [NO_GRAPH]) body.append('default-graph-uri', iri);
    for (const iri of named.length > 0 ? named : [NO_GRAPH]) body.append('named-graph-uri', iri);
  }
  if (request.serverTimeoutMs !== undefined) body.append('timeout', String(request.serverTimeoutMs));
  return body;
}

/** Virtuoso's SQL states and codes that mean the query ran out of time (S1T00 "Transaction timed out", SR171) or was refused by its cost estimate (SR…: "estimated execution time"). */
const SERVER_TIMEOUT = /\bS1T00\b|\bSR171\b|estimated execution time/i;
/** Virtuoso's SQL state 37000: the SPARQL compiler refused the query. */
const COMPILER_ERROR = /^Virtuoso 37000\b/;

/** The typed error for a non-2xx answer, from its status and the first line of its text. */
export function errorFromStatus(status: number, text: string, timeoutMs: number, endpoint: string): StoreError {
  const message = text.trim().split('\n')[0].slice(0, 300);
  if (status === 408 || status === 504 || SERVER_TIMEOUT.test(text)) return new QueryTimeoutError(timeoutMs);
  if (status === 400 || COMPILER_ERROR.test(message)) return new QuerySyntaxError(message || `the store refused the query (HTTP ${status})`);
  return new StoreUnavailableError(`the store at ${endpoint} answered HTTP ${status}${message ? `: ${message}` : ''}`);
}

/** The typed error for a fetch that threw: our timeout, our close, or a network failure. */
export function errorFromFetch(error: unknown, timeout: AbortSignal, timeoutMs: number, endpoint: string): StoreError {
  if (error instanceof StoreError) return error;
  if (timeout.aborted) return new QueryTimeoutError(timeoutMs);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const reason = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return new StoreUnavailableError(`the store at ${endpoint} is unreachable (${reason})`);
}
