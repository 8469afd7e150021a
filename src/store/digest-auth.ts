// HTTP Digest access authentication (RFC 7616: MD5 or SHA-256, qop=auth) over Node's fetch, as Virtuoso's Graph Store asks.
import { createHash, randomBytes } from 'node:crypto';

/** A user name and password. */
export interface Credentials {
  user: string;
  password: string;
}

/** The parameters of a `WWW-Authenticate: Digest …` challenge. */
export interface DigestChallenge {
  realm: string;
  nonce: string;
  opaque?: string;
  /** `MD5` (Virtuoso's), `MD5-sess`, `SHA-256` or `SHA-256-sess`. Default MD5. */
  algorithm: string;
  /** The qop options offered (`auth`, `auth-int`); empty for an RFC 2069 challenge. */
  qop: string[];
}

/** A server asked for authentication the client cannot give (no credentials, or a scheme other than Digest). */
export class AuthenticationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthenticationError';
  }
}

/** Name=value pairs of a challenge: values quoted ("…", with \-escapes) or bare tokens. */
const CHALLENGE_PARAM = /([a-zA-Z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g;

/** Parses a `WWW-Authenticate` header; null when it holds no Digest challenge. */
export function parseDigestChallenge(header: string | null): DigestChallenge | null {
  if (!header) return null;
  const start = header.search(/\bDigest\s/i);
  if (start === -1) return null;
  const params: Record<string, string> = {};
  for (const match of header.slice(start + 'Digest'.length).matchAll(CHALLENGE_PARAM)) {
    params[match[1].toLowerCase()] = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3];
  }
  if (params.nonce === undefined || params.realm === undefined) return null;
  return {
    realm: params.realm, nonce: params.nonce, opaque: params.opaque, algorithm: params.algorithm ?? 'MD5',
    qop: (params.qop ?? '').split(',').map((q) => q.trim()).filter(Boolean),
  };
}

function hasher(algorithm: string): (text: string) => string {
  const name = algorithm.replace(/-sess$/i, '').toUpperCase();
  const nodeName = name === 'MD5' ? 'md5' : name === 'SHA-256' ? 'sha256' : undefined;
  if (!nodeName) throw new AuthenticationError(`unsupported digest algorithm ${algorithm}`);
  return (text) => createHash(nodeName).update(text, 'utf8').digest('hex');
}

/** What one Authorization header is computed from. */
export interface DigestRequest {
  method: string;
  /** Request target as sent: path and query (`/sparql-graph-crud-auth?graph-uri=…`). */
  uri: string;
  /** Nonce count, 1 for the first use of a nonce. */
  nonceCount: number;
  /** Client nonce; random when absent. */
  cnonce?: string;
}

/** The `Authorization: Digest …` header value answering `challenge` (qop=auth when offered). */
export function digestAuthorization(challenge: DigestChallenge, credentials: Credentials, request: DigestRequest): string {
  const hash = hasher(challenge.algorithm);
  const cnonce = request.cnonce ?? randomBytes(8).toString('hex');
  const nc = request.nonceCount.toString(16).padStart(8, '0');
  let ha1 = hash(`${credentials.user}:${challenge.realm}:${credentials.password}`);
  if (/-sess$/i.test(challenge.algorithm)) ha1 = hash(`${ha1}:${challenge.nonce}:${cnonce}`);
  const ha2 = hash(`${request.method}:${request.uri}`);
  const useQop = challenge.qop.includes('auth');
  if (!useQop && challenge.qop.length > 0) throw new AuthenticationError(`unsupported digest qop ${challenge.qop.join(',')}`);
  const response = useQop ? hash(`${ha1}:${challenge.nonce}:${nc}:${cnonce}:auth:${ha2}`) : hash(`${ha1}:${challenge.nonce}:${ha2}`);
  const fields = [
    `username="${quoted(credentials.user)}"`, `realm="${quoted(challenge.realm)}"`, `nonce="${quoted(challenge.nonce)}"`,
    `uri="${quoted(request.uri)}"`, `algorithm=${challenge.algorithm}`, `response="${response}"`,
  ];
  if (challenge.opaque !== undefined) fields.push(`opaque="${quoted(challenge.opaque)}"`);
  if (useQop) fields.push('qop=auth', `nc=${nc}`, `cnonce="${cnonce}"`);
  return `Digest ${fields.join(', ')}`;
}

function quoted(value: string): string {
  return value.replace(/(["\\])/g, '\\$1');
}

/**
 * fetch with Digest authentication: the first request goes out bare (or with the last nonce), a 401 with a Digest
 * challenge is answered once. Bodies must be strings or buffers so that they can be sent twice.
 */
export class DigestFetch {
  private challenge: DigestChallenge | undefined;
  private nonceCount = 0;

  constructor(private readonly credentials: Credentials | undefined, private readonly fetchImpl: typeof fetch = fetch) {}

  /** Sends the request, answering a Digest challenge; other responses (including a second 401) are returned as they are. */
  async fetch(url: string, init: RequestInit & { body?: string | Buffer | Uint8Array }): Promise<Response> {
    const first = await this.fetchImpl(url, this.withAuthorization(url, init));
    if (first.status !== 401 || !this.credentials) return first;
    const challenge = parseDigestChallenge(first.headers.get('www-authenticate'));
    if (!challenge) return first;
    await first.body?.cancel();
    this.challenge = challenge;
    this.nonceCount = 0;
    return this.fetchImpl(url, this.withAuthorization(url, init));
  }

  private withAuthorization(url: string, init: RequestInit): RequestInit {
    if (!this.credentials || !this.challenge) return init;
    const target = new URL(url);
    const authorization = digestAuthorization(this.challenge, this.credentials, {
      method: (init.method ?? 'GET').toUpperCase(), uri: `${target.pathname}${target.search}`, nonceCount: ++this.nonceCount,
    });
    return { ...init, headers: { ...(init.headers as Record<string, string> | undefined), authorization } };
  }
}
