// Content negotiation for every route: one table of formats and one function that picks among them.
import Negotiator from 'negotiator';

/** Names of the representations the server can produce. */
export type FormatName = 'turtle' | 'jsonld' | 'ntriples' | 'rdfxml' | 'html' | 'json';

/** One representation: its media type, the path suffix that selects it, and media types also taken as it. */
export interface Format {
  name: FormatName;
  mediaType: string;
  /** Path suffix without the dot (`ttl`), or undefined when no suffix selects it. */
  suffix?: string;
  aliases: readonly string[];
  /** Full Content-Type header value. */
  contentType: string;
}

/** Every format, by name. */
export const FORMATS: Readonly<Record<FormatName, Format>> = {
  turtle: { name: 'turtle', mediaType: 'text/turtle', suffix: 'ttl', aliases: ['application/x-turtle'], contentType: 'text/turtle; charset=utf-8' },
  jsonld: { name: 'jsonld', mediaType: 'application/ld+json', suffix: 'jsonld', aliases: ['application/json'], contentType: 'application/ld+json; charset=utf-8' },
  ntriples: { name: 'ntriples', mediaType: 'application/n-triples', suffix: 'nt', aliases: [], contentType: 'application/n-triples; charset=utf-8' },
  rdfxml: { name: 'rdfxml', mediaType: 'application/rdf+xml', suffix: 'rdf', aliases: [], contentType: 'application/rdf+xml; charset=utf-8' },
  html: { name: 'html', mediaType: 'text/html', suffix: 'html', aliases: ['application/xhtml+xml'], contentType: 'text/html; charset=utf-8' },
  json: { name: 'json', mediaType: 'application/json', aliases: [], contentType: 'application/json; charset=utf-8' },
};

/** The RDF formats a resource description is offered in, first = default for `*\/*`. */
export const RDF_FORMATS: readonly FormatName[] = ['turtle', 'jsonld', 'ntriples', 'rdfxml'];

/** Splits a known format suffix off a path: `/doc/a.ttl` → `{ path: '/doc/a', suffix: 'ttl' }`. */
export function splitFormatSuffix(path: string): { path: string; suffix?: string } {
  const match = /\.([a-z]+)$/.exec(path);
  if (match && Object.values(FORMATS).some((f) => f.suffix === match[1])) {
    return { path: path.slice(0, -match[0].length), suffix: match[1] };
  }
  return { path };
}

/**
 * Picks the representation to send. A suffix decides alone (undefined if the route does not offer it);
 * otherwise the Accept header is matched with q-values, specificity and `q=0` exclusions, ties going
 * to the order of `available`. No or empty Accept means the first of `available`.
 * @returns the chosen format, or undefined when nothing acceptable is on offer (→ 406)
 */
export function negotiateFormat(
  request: { accept?: string; suffix?: string },
  available: readonly FormatName[],
): Format | undefined {
  const offered = available.map((name) => FORMATS[name]);
  if (request.suffix !== undefined) return offered.find((f) => f.suffix === request.suffix);
  return pickByAccept(request.accept, offered);
}

/** Anything offered under a media type (and aliases): resource formats, feed formats. */
export interface Offer {
  mediaType: string;
  aliases: readonly string[];
}

/**
 * Matches an Accept header against `offered` with q-values, specificity and `q=0` exclusions, ties going to the
 * order of `offered`; no or empty Accept gives the first. Undefined when nothing acceptable is on offer.
 */
export function pickByAccept<T extends Offer>(accept: string | undefined, offered: readonly T[]): T | undefined {
  if (!accept || !accept.trim()) return offered[0];
  const byMediaType = new Map<string, T>();
  for (const format of offered) byMediaType.set(format.mediaType, format);
  for (const format of offered) for (const alias of format.aliases) if (!byMediaType.has(alias)) byMediaType.set(alias, format);
  const chosen = new Negotiator({ headers: { accept } }).mediaType([...byMediaType.keys()]);
  return chosen === undefined ? undefined : byMediaType.get(chosen);
}
