// Formats and responses of the change feed and page graphs (Atom, N-Quads: not resource-description formats).
import type { Request, Response } from 'express';
import { notAcceptable } from './errors.js';
import { pickByAccept } from './negotiate.js';
import { etagOf, headerUri } from './respond.js';

/** One representation of a feed or graph. */
export interface FeedFormat {
  name: 'json' | 'jsonld' | 'atom' | 'nquads' | 'ntriples' | 'turtle';
  mediaType: string;
  /** Media types also taken as this one. */
  aliases: readonly string[];
  contentType: string;
}

/** The change feed: JSON first (the default), ActivityStreams JSON-LD, Atom. */
export const CHANGE_FEED_FORMATS: readonly FeedFormat[] = [
  { name: 'json', mediaType: 'application/json', aliases: [], contentType: 'application/json; charset=utf-8' },
  {
    name: 'jsonld', mediaType: 'application/ld+json', aliases: ['application/activity+json'],
    contentType: 'application/ld+json; profile="https://www.w3.org/ns/activitystreams"; charset=utf-8',
  },
  { name: 'atom', mediaType: 'application/atom+xml', aliases: [], contentType: 'application/atom+xml; charset=utf-8' },
];

/** A page graph: N-Quads first (the bytes the change log's SHA-256 is of), N-Triples, Turtle. */
export const GRAPH_FORMATS: readonly FeedFormat[] = [
  { name: 'nquads', mediaType: 'application/n-quads', aliases: [], contentType: 'application/n-quads; charset=utf-8' },
  { name: 'ntriples', mediaType: 'application/n-triples', aliases: [], contentType: 'application/n-triples; charset=utf-8' },
  { name: 'turtle', mediaType: 'text/turtle', aliases: ['application/x-turtle'], contentType: 'text/turtle; charset=utf-8' },
];

/**
 * Picks among `offered` by the Accept header (q-values, specificity, `q=0`), ties going to the order of `offered`,
 * as for resource formats (pickByAccept). No or empty Accept gives the first. Nothing acceptable → 406.
 */
export function negotiateFeedFormat(accept: string | undefined, offered: readonly FeedFormat[]): FeedFormat {
  const format = pickByAccept(accept, offered);
  if (!format) throw notAcceptable(offered.map((f) => f.mediaType));
  return format;
}

/** What {@link sendFeedBody} writes. */
export interface FeedBody {
  body: string;
  format: FeedFormat;
  lastModified?: Date;
  /** Seconds shared caches may keep it. */
  maxAgeSeconds: number;
}

/** Writes a feed or graph body with Vary, ETag, Last-Modified, Cache-Control; 304 when the client's copy is current. */
export function sendFeedBody(req: Request, res: Response, answer: FeedBody): void {
  res.vary('Accept');
  res.setHeader('Content-Type', answer.format.contentType);
  res.setHeader('ETag', etagOf(answer.body));
  res.setHeader('Cache-Control', `public, max-age=${answer.maxAgeSeconds}`);
  if (answer.lastModified) res.setHeader('Last-Modified', answer.lastModified.toUTCString());
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  res.status(200).send(answer.body);
}

/**
 * 410 Gone as JSON, with `Link: <dump>; rel="related"`: the change is no longer (or never was) in the retained log,
 * so the client must start over from the full dump. `details` is merged into the body.
 */
export function sendGone(res: Response, message: string, dumpUrl: string, details: Record<string, unknown> = {}): void {
  res.vary('Accept');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Link', `<${headerUri(dumpUrl)}>; rel="related"; type="application/gzip"`);
  res.status(410).type('application/json; charset=utf-8')
    .send(`${JSON.stringify({ status: 410, error: 'Gone', message, dump: dumpUrl, ...details }, null, 2)}\n`);
}
