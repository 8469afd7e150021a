// Addresses: the public base URL a client used (proxies included) and the mapping to dataset IRIs by path.
import { badRequest } from './errors.js';

/** The request headers and socket facts the public base is rebuilt from. */
export interface BaseRequest {
  headers: Record<string, string | string[] | undefined>;
  /** `http` or `https` as seen by this server. */
  protocol: string;
}

const HOST_PATTERN = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

function firstValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(',')[0]?.trim() || undefined;
}

/** Reads `proto=` and `host=` of the first element of an RFC 7239 `Forwarded` header. */
function parseForwarded(header: string | undefined): { proto?: string; host?: string } {
  const result: { proto?: string; host?: string } = {};
  for (const pair of (header ?? '').split(',')[0].split(';')) {
    const [key, raw] = pair.split('=').map((s) => s?.trim());
    if (!key || raw === undefined) continue;
    const value = raw.replace(/^"(.*)"$/, '$1');
    if (key.toLowerCase() === 'proto') result.proto = value;
    if (key.toLowerCase() === 'host') result.host = value;
  }
  return result;
}

/**
 * The base URL (ending in `/`) the client addressed: `Forwarded`, then `X-Forwarded-Host`/`-Proto`,
 * then `Host` and the socket protocol. Values that are not a plain host or http(s) are ignored.
 */
export function publicBaseOf(request: BaseRequest): string {
  const forwarded = parseForwarded(firstValue(request.headers.forwarded));
  const hosts = [forwarded.host, firstValue(request.headers['x-forwarded-host']), firstValue(request.headers.host)];
  const protos = [forwarded.proto, firstValue(request.headers['x-forwarded-proto']), request.protocol];
  const host = hosts.find((h) => h !== undefined && HOST_PATTERN.test(h)) ?? 'localhost';
  const proto = protos.find((p) => p === 'http' || p === 'https') ?? 'http';
  return `${proto}://${host}/`;
}

/**
 * Normalises a request path to the form the dataset mints (RFC 3986 §6.2.2, the way encodeURIComponent writes it):
 * raw non-ASCII bytes are percent-encoded as UTF-8, escape hex is upper-cased, and escaped letters, digits, `-`, `_`
 * and `~` are decoded. `%2E` stays as sent (the minter escapes `.` segments).
 * @throws HttpError bad-request on a `%` not followed by two hex digits
 */
export function requestPathToIriPath(path: string): string {
  if (/%(?![0-9a-f]{2})/i.test(path)) throw badRequest('The address contains an invalid percent-encoding.');
  // Node reads the request target as latin1: each char above 0x7F is one raw byte of UTF-8 sent unencoded.
  const encoded = path.replace(/[^\x00-\x7f]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return encoded.replace(/%([0-9a-f]{2})/gi, (_escape, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9_~-]/.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}

/** Rewrites a dataset IRI to the same path under the public base, so links work on any host; other IRIs pass through. */
export function localHref(iri: string, datasetBase: string, publicBase: string): string {
  return iri.startsWith(datasetBase) ? publicBase + iri.slice(datasetBase.length) : iri;
}
