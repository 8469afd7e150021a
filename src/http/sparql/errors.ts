// The endpoint's one mapping from errors (protocol, store, body parser) to HTTP status, headers and a one-line message.
import {
  QuerySyntaxError, QueryTimeoutError, ResultTooLargeError, StoreError, StoreUnavailableError,
} from '../../store/store.js';

/** An error answered as `status` with a plain-text `message` (never a stack trace). */
export class ProtocolError extends Error {
  constructor(readonly status: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
    this.name = 'ProtocolError';
  }
}

/** 400: the request is malformed. */
export const badRequest = (message: string): ProtocolError => new ProtocolError(400, message);
/** 403: the request asks for something this read-only endpoint never does (update, LOAD, SERVICE). */
export const forbidden = (message: string): ProtocolError => new ProtocolError(403, message);
/** 415: a POST body in a media type or charset the protocol does not allow. */
export const unsupportedMediaType = (message: string): ProtocolError => new ProtocolError(415, message);
/** 406: none of the formats the client accepts is available; lists those that are. */
export const notAcceptable = (available: string[]): ProtocolError =>
  new ProtocolError(406, `none of the accepted media types is available; available: ${available.join(', ')}`);
/** 405: a method other than GET, POST or OPTIONS. */
export const methodNotAllowed = (): ProtocolError =>
  new ProtocolError(405, 'use GET or POST for SPARQL queries', { Allow: 'GET, HEAD, POST, OPTIONS' });

/** Errors thrown by body-parser carry a `type` and a `status`. */
interface BodyParserError {
  type?: string;
  status?: number;
}

const BODY_PARSER_MESSAGES: Record<string, [number, string]> = {
  'entity.too.large': [413, 'the request body is too large'],
  'parameters.too.many': [413, 'too many form parameters'],
  'charset.unsupported': [415, 'the request body must be UTF-8'],
  'encoding.unsupported': [415, 'unsupported Content-Encoding'],
  'entity.parse.failed': [400, 'the request body could not be parsed'],
  'request.aborted': [400, 'the request was aborted'],
};

/**
 * Maps any error to an answer. Timeouts and an unavailable store → 503 with Retry-After; a result over the row cap
 * → 400 (the query, not the request body, is at fault, so not 413); unknown errors → 500 with a generic message.
 */
export function toProtocolError(error: unknown, retryAfterSeconds: number): ProtocolError {
  if (error instanceof ProtocolError) return error;
  const retry = { 'Retry-After': String(retryAfterSeconds) };
  if (error instanceof QuerySyntaxError) return badRequest(`query syntax error: ${firstLine(error.message)}`);
  if (error instanceof QueryTimeoutError) return new ProtocolError(503, error.message, retry);
  if (error instanceof StoreUnavailableError) return new ProtocolError(503, 'the query engine is unavailable; try again shortly', retry);
  if (error instanceof ResultTooLargeError) return badRequest(error.message);
  if (error instanceof StoreError) return new ProtocolError(500, `query evaluation failed: ${firstLine(error.message)}`);
  const known = BODY_PARSER_MESSAGES[(error as BodyParserError | undefined)?.type ?? ''];
  if (known) return new ProtocolError(known[0], known[1]);
  return new ProtocolError(500, 'internal server error');
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0];
}
