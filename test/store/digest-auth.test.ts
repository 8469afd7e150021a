// Tests HTTP Digest authentication: RFC 7616's worked examples, challenge parsing, and a round trip with a digest server.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DigestFetch, digestAuthorization, parseDigestChallenge } from '../../src/store/digest-auth.js';

/** RFC 7616 section 3.9.1: user Mufasa, password "Circle of Life", GET /dir/index.html. */
const RFC_CREDENTIALS = { user: 'Mufasa', password: 'Circle of Life' };
const RFC_REQUEST = { method: 'GET', uri: '/dir/index.html', nonceCount: 1, cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ' };
const rfcChallenge = (algorithm: string) => parseDigestChallenge(`Digest realm="http-auth@example.org", qop="auth, auth-int",
  algorithm=${algorithm}, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"`)!;

describe('digestAuthorization', () => {
  it('computes RFC 7616 example responses for MD5 and SHA-256', () => {
    expect(digestAuthorization(rfcChallenge('MD5'), RFC_CREDENTIALS, RFC_REQUEST)).toContain('response="8ca523f5e9506fed4657c9700eebdbec"');
    expect(digestAuthorization(rfcChallenge('SHA-256'), RFC_CREDENTIALS, RFC_REQUEST))
      .toContain('response="753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"');
  });

  it('parses the challenge Virtuoso sends', () => {
    const header = 'Digest realm="SPARQL", domain="/sparql-graph-crud-auth", nonce="e4a4a66bfca5ed44d62b44eb3cd94808", opaque="5ebe2294ecd0e0f08eab7690d2a6ee69", stale="false", qop="auth", algorithm="MD5"';
    expect(parseDigestChallenge(header)).toEqual({
      realm: 'SPARQL', nonce: 'e4a4a66bfca5ed44d62b44eb3cd94808', opaque: '5ebe2294ecd0e0f08eab7690d2a6ee69', algorithm: 'MD5', qop: ['auth'],
    });
    expect(parseDigestChallenge('Basic realm="x"')).toBeNull();
  });
});

/** A server that checks Digest MD5/qop=auth the way RFC 7616 says, answering 204 or 401 with a fresh challenge. */
function digestServer(user: string, password: string): Server {
  const realm = 'test', nonce = 'n0nce';
  const md5 = (text: string) => createHash('md5').update(text).digest('hex');
  const isValid = (req: IncomingMessage): boolean => {
    const header = req.headers.authorization ?? '';
    const field = (name: string) => new RegExp(`${name}="?([^",]+)"?`).exec(header)?.[1];
    const ha1 = md5(`${user}:${realm}:${password}`), ha2 = md5(`${req.method}:${req.url}`);
    const expected = md5(`${ha1}:${nonce}:${field('nc')}:${field('cnonce')}:auth:${ha2}`);
    return header.startsWith('Digest ') && field('uri') === req.url && field('response') === expected;
  };
  return createServer((req, res) => {
    req.resume();
    if (isValid(req)) return void res.writeHead(204).end();
    res.writeHead(401, { 'www-authenticate': `Digest realm="${realm}", nonce="${nonce}", qop="auth", algorithm="MD5"` }).end();
  });
}

describe('DigestFetch', () => {
  let server: Server, url: string;
  beforeAll(async () => {
    server = digestServer('dba', 'secret');
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/sparql-graph-crud-auth?graph=${encodeURIComponent('http://x/g')}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers the challenge and reuses the nonce on the next request', async () => {
    const client = new DigestFetch({ user: 'dba', password: 'secret' });
    expect((await client.fetch(url, { method: 'PUT', body: 'a' })).status).toBe(204);
    expect((await client.fetch(url, { method: 'DELETE' })).status).toBe(204);
  });

  it('returns the 401 when the password is wrong or no credentials are given', async () => {
    expect((await new DigestFetch({ user: 'dba', password: 'wrong' }).fetch(url, { method: 'PUT', body: 'a' })).status).toBe(401);
    expect((await new DigestFetch(undefined).fetch(url, { method: 'PUT', body: 'a' })).status).toBe(401);
  });
});
