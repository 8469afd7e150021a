// Refusals of a public read-only endpoint: each answered with the right status and no side effect (no write, no outbound request, no file).
import { once } from 'node:events';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server.js';

let fixture: FixtureServer;
let listener: Server;
let listenerUrl: string;
/** Every request the local "victim" listener received (SSRF probe). */
const outbound: string[] = [];
/** Every response body seen, checked at the end for stack traces and local paths. */
const bodies: string[] = [];
let quadsBefore: number;

beforeAll(async () => {
  fixture = await startFixtureServer();
  listener = createServer((req, res) => {
    outbound.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'Content-Type': 'text/turtle' }).end('<urn:x> <urn:y> <urn:z> .\n');
  });
  listener.listen(0, '127.0.0.1');
  await once(listener, 'listening');
  listenerUrl = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
  await mkdir(path.join(fixture.dataDir, 'reports'), { recursive: true });
  await writeFile(path.join(fixture.dataDir, 'reports', 'probe-secret.json'), '{"secret":"probe-secret-content"}\n');
  await writeFile(path.join(fixture.dataDir, 'ontology', 'probe-listing.ttl'), '# probe-listing\n');
  quadsBefore = await fixture.store.countQuads();
}, 60_000);

afterAll(async () => {
  listener?.close();
  await fixture?.close();
});

/** A raw HTTP request: the path goes out exactly as written (fetch would normalise `..`). */
function raw(pathAndQuery: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}) {
  const url = new URL(fixture.url);
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: pathAndQuery, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        bodies.push(body);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const form = (params: Record<string, string>) => ({
  method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(params).toString(),
});

/** The dataset is exactly as loaded: same number of quads, and the probe triple is absent. */
async function expectUnchanged(): Promise<void> {
  expect(await fixture.store.countQuads()).toBe(quadsBefore);
  const probe = await raw(`/sparql?query=${encodeURIComponent('ASK { <urn:a> ?p ?o }')}`, { headers: { Accept: 'application/sparql-results+json' } });
  expect(JSON.parse(probe.body)).toMatchObject({ boolean: false });
}

describe('SPARQL Update is refused with 403 and changes nothing', () => {
  const update = 'INSERT DATA { <urn:a> <urn:b> <urn:c> }';
  it('update= in the URL', async () => {
    expect((await raw(`/sparql?update=${encodeURIComponent(update)}`)).status).toBe(403);
    await expectUnchanged();
  });
  it('update= in a form POST', async () => {
    const answer = await raw('/sparql', form({ update }));
    expect(answer.status).toBe(403);
    expect(answer.body).toMatch(/read-only/);
    await expectUnchanged();
  });
  it('an application/sparql-update body', async () => {
    expect((await raw('/sparql', { method: 'POST', headers: { 'Content-Type': 'application/sparql-update' }, body: update })).status).toBe(403);
    await expectUnchanged();
  });
  it('an update sent as query=', async () => {
    expect((await raw('/sparql', form({ query: `DELETE WHERE { ?s ?p ?o } ; ${update}` }))).status).toBe(403);
    await expectUnchanged();
  });
});

describe('LOAD and SERVICE are refused before any outbound request (no SSRF)', () => {
  it('LOAD <local listener> → 403, the listener sees nothing', async () => {
    for (const text of [`LOAD <${listenerUrl}/data.ttl>`, `LOAD SILENT <${listenerUrl}/data.ttl> INTO GRAPH <urn:g>`]) {
      expect((await raw('/sparql', form({ update: text }))).status).toBe(403);
      expect((await raw('/sparql', form({ query: text }))).status).toBe(403);
    }
    expect(outbound).toEqual([]);
    await expectUnchanged();
  });

  it('SERVICE anywhere in a query → 403, the listener sees nothing', async () => {
    const service = `SERVICE <${listenerUrl}/sparql> { ?s ?p ?o }`;
    const queries = [
      `SELECT * WHERE { ${service} }`,
      `select * where { service silent <${listenerUrl}/sparql> { ?s ?p ?o } }`,
      `SELECT * WHERE { ?a ?b ?c OPTIONAL { ${service} } }`,
      `SELECT * WHERE { ?a ?b ?c FILTER EXISTS { ${service} } }`,
      `SELECT * WHERE { { SELECT * WHERE { ${service} } } }`,
      `ASK { ${service} }`,
      `CONSTRUCT { ?s ?p ?o } WHERE { ${service} }`,
      `BASE <${listenerUrl}/> SELECT * WHERE { SERVICE <sparql> { ?s ?p ?o } }`,
    ];
    for (const query of queries) {
      const answer = await raw(`/sparql?query=${encodeURIComponent(query)}`);
      expect(answer.status, query).toBe(403);
      expect(answer.body).toMatch(/SERVICE is not allowed/);
    }
    expect(outbound).toEqual([]);
  });
});

describe('oversized bodies → 413', () => {
  it('a query body over the cap', async () => {
    const big = `SELECT * WHERE { ?s ?p ?o } # ${'x'.repeat(80 * 1024)}`;
    expect((await raw('/sparql', { method: 'POST', headers: { 'Content-Type': 'application/sparql-query' }, body: big })).status).toBe(413);
    expect((await raw('/sparql', form({ query: big }))).status).toBe(413);
  });
  it('a body on any other route', async () => {
    const answer = await raw('/downloads/', { headers: { 'Content-Type': 'text/plain', 'Content-Length': String(200 * 1024) }, body: 'x'.repeat(200 * 1024) });
    expect(answer.status).toBe(413);
  });
});

describe('path traversal under /downloads is refused', () => {
  const attempts = [
    '/downloads/../manifest.json', '/downloads/%2e%2e/manifest.json', '/downloads/%2e%2e%2fmanifest.json',
    '/downloads/%2E%2E%2Fmanifest.json', '/downloads/..%2fmanifest.json', '/downloads/..%5cmanifest.json',
    '/downloads/%5c..%5cmanifest.json', '/downloads/..\\manifest.json', '/downloads/....//manifest.json',
    '/downloads/%252e%252e%252fmanifest.json', '/downloads/..%00/manifest.json', '/downloads/.%2e/reports/probe-secret.json',
    '/downloads/%2e%2e/reports/probe-secret.json', '/downloads//etc/passwd', '/downloads/%2fetc%2fpasswd',
    '/downloads/.jiyao.nq.gz.sha256', '/downloads/jiyao.nq.gz%00.txt',
  ];
  for (const attempt of attempts) {
    it(attempt, async () => {
      const answer = await raw(attempt);
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(answer.body).not.toMatch(/manifestVersion|probe-secret-content|root:x:0/);
    });
  }
  it('while the real files are served', async () => {
    expect((await raw('/downloads/jiyao.nq.gz.sha256')).body).toMatch(/^[0-9a-f]{64} {2}jiyao\.nq\.gz\n$/);
  });
});

describe('no directory listing outside /downloads/', () => {
  it('lists /downloads/', async () => {
    expect((await raw('/downloads/', { headers: { Accept: 'application/json' } })).body).toMatch(/jiyao\.nq\.gz/);
  });
  for (const folder of ['/reports/', '/reports', '/ontology/', '/doc/', '/id/', '/downloads/../reports/', '/sparql/ui/../../reports/']) {
    it(folder, async () => {
      const answer = await raw(folder, { headers: { Accept: 'text/html' } });
      expect(answer.body).not.toMatch(/probe-secret|probe-listing/);
    });
  }
});

describe('header injection', () => {
  const injections = ['%0d%0aSet-Cookie:%20pwned=1', '%0aX-Injected:%201', '%E5%98%8A%E5%98%8DSet-Cookie:%20pwned=1', '\u560a\u560dX-Injected: 1'];
  for (const injection of injections) {
    it(`CR/LF in a path that ends up in Location/Link/Content-Location: ${JSON.stringify(injection)}`, async () => {
      for (const target of [`/id/meeting/${injection}`, `/doc/meeting/${injection}`, `/downloads${injection}`, `/sparql?query=${injection}`]) {
        const answer = await raw(target.replace(/[^\x21-\x7e]/g, encodeURIComponent));
        expect(answer.headers['set-cookie']).toBeUndefined();
        expect(answer.headers['x-injected']).toBeUndefined();
        for (const value of Object.values(answer.headers)) expect(String(value)).not.toMatch(/[\r\n]/);
        expect(answer.status).toBeLessThan(500);
      }
    });
  }
  it('a forged Host or X-Forwarded-Host does not reach Location', async () => {
    const answer = await raw('/id/meeting/320402/2023-05-10/executive-56', { headers: { 'X-Forwarded-Host': 'evil.example"><script>', Accept: 'text/turtle' } });
    expect(answer.status).toBe(303);
    expect(answer.headers.location).not.toMatch(/evil|script/);
  });
  it('a hostile X-Request-Id is replaced, not echoed', async () => {
    const answer = await raw('/health', { headers: { 'X-Request-Id': 'abc"} {"level":60,"msg":"forged' } });
    expect(answer.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('no response body carries a stack trace or a server path', () => {
  it('across every refusal above', () => {
    expect(bodies.length).toBeGreaterThan(40);
    for (const body of bodies) {
      expect(body).not.toMatch(/\n\s+at [^\n]+:\d+:\d+/);
      expect(body).not.toMatch(/node_modules|\/work\/|[A-Z]:\\|Error: /);
    }
  });
});
