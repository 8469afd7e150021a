// CORS for a public read-only dataset, the method guard, and the body cap of every route but /sparql.
import type { RequestHandler } from 'express';
import { methodNotAllowed, payloadTooLarge } from './errors.js';

const READ_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/** `Access-Control-Allow-Origin: *` on every response; answers preflight OPTIONS with 204. */
export const allowAnyOrigin: RequestHandler = (req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', 'ETag, Link, Content-Location, Content-Length, Content-Range, Retry-After, X-Request-Id');
  if (req.method === 'OPTIONS' && !req.path.startsWith('/sparql')) {
    res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'Accept, Accept-Language, If-None-Match, If-Modified-Since, Range');
    res.setHeader('Access-Control-Max-Age', '86400');
    res.status(204).end();
    return;
  }
  next();
};

/** Outside /sparql only GET and HEAD are served, and no request may carry a body above `maxBodyBytes`. */
export function readOnlyGuard(maxBodyBytes: number): RequestHandler {
  return (req, _res, next) => {
    if (req.path === '/sparql' || req.path.startsWith('/sparql/')) return next();
    if (!READ_METHODS.includes(req.method)) throw methodNotAllowed(READ_METHODS);
    if (Number(req.get('content-length') ?? 0) > maxBodyBytes) throw payloadTooLarge(maxBodyBytes);
    next();
  };
}
