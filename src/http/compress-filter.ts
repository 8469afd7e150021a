// Which responses compression() may gzip: what `compressible` knows, plus the RDF text types its mime-db lacks.
import compression from 'compression';
import type { Request, Response } from 'express';

/** Text types jiyao serves that mime-db does not mark compressible (N-Triples and N-Quads run 5–10× smaller gzipped). */
const ALSO_COMPRESSIBLE = new Set(['application/n-triples', 'application/n-quads', 'application/trig']);

/** The media type of a Content-Type header value, lower case, without parameters. */
function mediaTypeOf(contentType: unknown): string {
  return typeof contentType === 'string' ? contentType.split(';')[0].trim().toLowerCase() : '';
}

/** compression()'s `filter`: its own rule, or one of the RDF text types above. */
export function shouldCompress(req: Request, res: Response): boolean {
  return ALSO_COMPRESSIBLE.has(mediaTypeOf(res.getHeader('Content-Type'))) || compression.filter(req, res);
}
