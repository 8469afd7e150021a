// Sending a representation: Content-Type, Vary, ETag, Last-Modified, Link alternates and 304 when the client is fresh.
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { notAcceptable, notFound } from './errors.js';
import { FORMATS, negotiateFormat, type Format, type FormatName } from './negotiate.js';

/** One alternate representation of the same resource. */
export interface AlternateLink {
  href: string;
  mediaType: string;
}

/** What {@link sendRepresentation} writes. */
export interface Representation {
  body: string | Buffer;
  format: Format;
  /** Dataset build time: the Last-Modified of everything derived from the data. */
  lastModified?: Date;
  alternates?: readonly AlternateLink[];
  /** Set Content-Location when the format was chosen by Accept rather than by suffix. */
  contentLocation?: string;
  /** The body's ETag when already known (a cached document); computed from the body otherwise. */
  etag?: string;
}

/** A strong ETag: the SHA-256 of the body, base64url, quoted. */
export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** Percent-encodes what may not appear in a header URI (non-ASCII, spaces, `<>"`), keeping existing escapes. */
export function headerUri(href: string): string {
  return href.replace(/[^\x21-\x7e]|[<>"]/gu, (c) => encodeURIComponent(c));
}

/** `<href>; rel="alternate"; type="…"` for each alternate, comma-separated. */
export function linkHeader(alternates: readonly AlternateLink[]): string {
  return alternates.map((a) => `<${headerUri(a.href)}>; rel="alternate"; type="${a.mediaType}"`).join(', ');
}

/**
 * Writes a negotiated representation. Answers 304 without a body when If-None-Match or
 * If-Modified-Since shows the client's copy is current; HEAD gets the headers only (express drops the body).
 */
export function sendRepresentation(req: Request, res: Response, representation: Representation): void {
  const { body, format, lastModified, alternates = [], contentLocation, etag } = representation;
  res.vary('Accept');
  res.setHeader('Content-Type', format.contentType);
  res.setHeader('ETag', etag ?? etagOf(body));
  if (lastModified) res.setHeader('Last-Modified', lastModified.toUTCString());
  if (alternates.length > 0) res.setHeader('Link', linkHeader(alternates));
  if (contentLocation) res.setHeader('Content-Location', headerUri(contentLocation));
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  res.status(200).send(body);
}

/**
 * Negotiates among `available` (suffix first, then Accept) or throws 406 listing what is on offer.
 * @param alternateHref - the URL of each offered format, for the 406 body
 */
export function chooseFormat(
  req: Request,
  available: readonly FormatName[],
  suffix?: string,
  alternateHref?: (format: Format) => string,
): Format {
  const format = negotiateFormat({ accept: req.get('accept'), suffix }, available);
  if (format) return format;
  if (suffix !== undefined) throw notFound(`This resource is not offered as .${suffix}.`);
  const offered = available.map((name) => FORMATS[name]);
  throw notAcceptable(
    offered.map((f) => f.mediaType),
    alternateHref ? offered.map((f) => ({ href: alternateHref(f), mediaType: f.mediaType })) : [],
  );
}
