// Reads a SPARQL 1.1 Protocol query operation from a GET or POST request (query text and protocol dataset).
import type { Request } from 'express';
import { badRequest, forbidden, unsupportedMediaType } from './errors.js';

/** One query operation as the protocol delivers it. */
export interface ProtocolQuery {
  query: string;
  /** `default-graph-uri` values, or undefined when the request names no dataset. */
  defaultGraphUris?: string[];
  /** `named-graph-uri` values, or undefined when the request names no dataset. */
  namedGraphUris?: string[];
}

type Params = Record<string, unknown>;

/** All values of a parameter, whether the parser gave a string, an array or an index-keyed object. */
function values(params: Params, name: string): string[] {
  const value = params[name];
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  return Object.values(value as object).filter((item): item is string => typeof item === 'string');
}

/** Builds the operation from the `query` values and the dataset parameters found in `sources`. */
function operation(queries: string[], sources: Params[]): ProtocolQuery {
  if (queries.length > 1) throw badRequest('more than one query in the request');
  if (queries.length === 0 || queries[0].trim() === '') throw badRequest('the request carries no query');
  const defaults = sources.flatMap((params) => values(params, 'default-graph-uri'));
  const named = sources.flatMap((params) => values(params, 'named-graph-uri'));
  const hasDataset = defaults.length > 0 || named.length > 0;
  return {
    query: queries[0],
    defaultGraphUris: hasDataset ? defaults : undefined,
    namedGraphUris: hasDataset ? named : undefined,
  };
}

function refuseUpdate(...sources: Params[]): void {
  if (sources.some((params) => params.update !== undefined)) {
    throw forbidden('SPARQL Update is not allowed: this endpoint is read-only');
  }
}

/**
 * Reads the operation of a GET (`?query=`), a form POST (`query=` in the body) or a direct POST
 * (`application/sparql-query` body, dataset in the URL). Returns undefined for a GET without `query`
 * (the caller answers with the service description). Throws a ProtocolError for anything else.
 */
export function readProtocolRequest(req: Request): ProtocolQuery | undefined {
  const url = req.query as Params;
  refuseUpdate(url);
  if (req.method === 'GET' || req.method === 'HEAD') {
    return url.query === undefined ? undefined : operation(values(url, 'query'), [url]);
  }
  if (req.is('application/sparql-update')) throw forbidden('SPARQL Update is not allowed: this endpoint is read-only');
  if (req.is('application/x-www-form-urlencoded')) {
    const body = (req.body ?? {}) as Params;
    refuseUpdate(body);
    return operation([...values(url, 'query'), ...values(body, 'query')], [url, body]);
  }
  if (req.is('application/sparql-query')) {
    if (url.query !== undefined) throw badRequest('more than one query in the request (URL and body)');
    return operation(typeof req.body === 'string' ? [req.body] : [], [url]);
  }
  throw unsupportedMediaType(
    'POST a query as application/x-www-form-urlencoded (query=…) or as application/sparql-query',
  );
}

/** Refuses a body whose declared charset is not UTF-8 (the protocol requires UTF-8). */
export function hasNonUtf8Charset(contentType: string | undefined): boolean {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
  return charset !== undefined && !/^utf-?8$/i.test(charset);
}
