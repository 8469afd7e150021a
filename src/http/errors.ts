// HTTP errors: named helpers that create them and the one mapping from error kind to status.

/** What went wrong, in terms a client can act on. */
export type HttpErrorKind =
  | 'bad-request'
  | 'not-found'
  | 'method-not-allowed'
  | 'not-acceptable'
  | 'payload-too-large'
  | 'unavailable'
  | 'internal';

/** Extra data for an error response. */
export interface HttpErrorDetails {
  /** Media types on offer (406). */
  available?: readonly string[];
  /** Links to each representation on offer (406), listed in the body. */
  alternates?: readonly { href: string; mediaType: string }[];
  /** Methods the route takes (405). */
  allow?: readonly string[];
  /** Seconds to wait before retrying (503). */
  retryAfterSeconds?: number;
}

/** An error whose message is safe to show to the client (one line, no stack). */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly kind: HttpErrorKind,
    message: string,
    /** Extra data for the response: formats on offer (406), allowed methods (405), seconds to wait (503). */
    readonly details: HttpErrorDetails = {},
  ) {
    super(message);
  }
}

/** The request is malformed (empty query, bad escape …). */
export const badRequest = (message: string): HttpError => new HttpError('bad-request', message);
/** Nothing is published under this path. */
export const notFound = (message = 'No resource is published under this address.'): HttpError =>
  new HttpError('not-found', message);
/** The route exists but does not take this method. */
export const methodNotAllowed = (allow: readonly string[]): HttpError =>
  new HttpError('method-not-allowed', `Use ${allow.join(', ')}.`, { allow });
/** None of the formats on offer is acceptable; `available` are media types. */
export const notAcceptable = (
  available: readonly string[],
  alternates: readonly { href: string; mediaType: string }[] = [],
): HttpError =>
  new HttpError('not-acceptable', `None of the accepted formats is available. Available: ${available.join(', ')}.`, { available, alternates });
/** The request body is over the cap. */
export const payloadTooLarge = (limit: number): HttpError =>
  new HttpError('payload-too-large', `Request bodies are limited to ${limit} bytes.`);
/** The store cannot answer now; try again after `retryAfterSeconds`. */
export const serviceUnavailable = (message: string, retryAfterSeconds = 5): HttpError =>
  new HttpError('unavailable', message, { retryAfterSeconds });

const STATUS_OF_KIND: Record<HttpErrorKind, number> = {
  'bad-request': 400,
  'not-found': 404,
  'method-not-allowed': 405,
  'not-acceptable': 406,
  'payload-too-large': 413,
  unavailable: 503,
  internal: 500,
};

/** Error names of the store layer (src/store) mapped by name so http does not depend on their classes. */
const STORE_ERROR_KINDS: Record<string, HttpErrorKind> = {
  StoreUnavailableError: 'unavailable',
  QueryTimeoutError: 'unavailable',
};

/**
 * The one mapping from any thrown value to an {@link HttpError} with a client-safe message.
 * Unknown errors become `internal` with a generic message (the original is for the log only).
 */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  const name = error instanceof Error ? error.name : '';
  const storeKind = STORE_ERROR_KINDS[name];
  if (storeKind) {
    const message = name === 'QueryTimeoutError' ? 'The query took too long; try again later.' : 'The data store is not available; try again later.';
    return serviceUnavailable(message);
  }
  if (name === 'RdfXmlError') return new HttpError('not-acceptable', (error as Error).message);
  const status = typeof (error as { status?: unknown })?.status === 'number' ? (error as { status: number }).status : 0;
  if (status === 413) return new HttpError('payload-too-large', 'The request body is too large.');
  if (status >= 400 && status < 500) return badRequest('The request could not be read.');
  return new HttpError('internal', 'Internal server error.');
}

/** HTTP status code of an error kind. */
export function statusOf(error: HttpError): number {
  return STATUS_OF_KIND[error.kind];
}
