// Rendered documents are kept per (format, host, path): a repeat request is answered without the store, with the same
// bytes and headers; conneg, 304, HEAD, gzip and proxy hosts behave as on the first request.
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/http/server.js';
import { EmbeddedStore } from '../../src/store/embedded-store.js';
import type { QueryOptions, QueryResult, Store } from '../../src/store/store.js';
import { makeFixtureDataset, MEETING_PATH } from './fixture-server.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/dataset/jiyao.nq', import.meta.url));

/** The embedded store, counting the CONSTRUCT queries that reach it. */
class CountingStore implements Store {
  constructs = 0;
  constructor(private readonly inner: Store) {}
  query(sparql: string, options: QueryOptions): Promise<QueryResult> {
    if (/^\s*CONSTRUCT/.test(sparql)) this.constructs++;
    return this.inner.query(sparql, options);
  }
  countQuads(): Promise<number> { return this.inner.countQuads(); }
  close(): Promise<void> { return this.inner.close(); }
}

let dataDir: string;
let store: CountingStore;
let server: RunningServer;
beforeAll(async () => {
  dataDir = await makeFixtureDataset();
  store = new CountingStore(await EmbeddedStore.open({ nquads: [await readFile(FIXTURE, 'utf8')], standby: false }));
  server = await startServer({ dataDir, port: 0, host: '127.0.0.1', store });
});
afterAll(async () => {
  await server?.close();
  await store?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const get = (docPath: string, headers: Record<string, string> = {}, method = 'GET') =>
  fetch(server.url + docPath, { method, headers: { 'cache-control': 'max-age=0', ...headers } });
const doc = `doc/${MEETING_PATH}`;

describe('rendered document cache', () => {
  it('answers a repeat request without the store, with the same bytes and headers', async () => {
    const first = await get(doc, { accept: 'text/turtle' });
    const body = await first.text();
    const asked = store.constructs;
    expect(asked).toBeGreaterThan(0);
    const again = await get(doc, { accept: 'text/turtle' });
    expect(await again.text()).toBe(body);
    expect(store.constructs).toBe(asked);
    for (const header of ['etag', 'content-type', 'vary', 'link', 'content-location', 'last-modified']) {
      expect(again.headers.get(header), header).toBe(first.headers.get(header));
    }
  });

  it('keeps formats apart and renders another format from the described triples', async () => {
    const turtle = await get(doc, { accept: 'text/turtle' });
    const asked = store.constructs;
    const html = await get(doc, { accept: 'text/html' });
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await html.text()).toMatch(/^<!doctype html>/i);
    expect(html.headers.get('etag')).not.toBe(turtle.headers.get('etag'));
    expect(store.constructs).toBe(asked);
  });

  it('answers 304 to the cached ETag, and HEAD with headers only', async () => {
    const first = await get(doc, { accept: 'application/ld+json' });
    await first.arrayBuffer();
    const etag = first.headers.get('etag')!;
    const fresh = await get(doc, { accept: 'application/ld+json', 'if-none-match': etag });
    expect(fresh.status).toBe(304);
    expect(await fresh.text()).toBe('');
    const head = await get(doc, { accept: 'application/ld+json' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(etag);
    expect(await head.text()).toBe('');
  });

  it('compresses a cached document when asked', async () => {
    const plain = await (await get(`${doc}.ttl`)).text();
    const response = await get(`${doc}.ttl`, { 'accept-encoding': 'gzip' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(await response.text()).toBe(plain); // fetch decodes the gzip body
  });

  it('links to the host each client used, not the host of an earlier request', async () => {
    await (await get(doc, { accept: 'text/html' })).text();
    const proxied = await get(doc, { accept: 'text/html', 'x-forwarded-host': 'minutes.example.cn', 'x-forwarded-proto': 'https' });
    const html = await proxied.text();
    expect(html).toContain(`https://minutes.example.cn/id/${MEETING_PATH}`);
    expect(html).not.toContain(`${server.url}id/${MEETING_PATH}`);
    expect(proxied.headers.get('link')).toContain(`<https://minutes.example.cn/doc/${MEETING_PATH}.ttl>`);
  });

  it('does not keep a not-found answer', async () => {
    const before = store.constructs;
    expect((await get('doc/meeting/000000/1900-01-01/none', { accept: 'text/turtle' })).status).toBe(404);
    expect((await get('doc/meeting/000000/1900-01-01/none', { accept: 'text/turtle' })).status).toBe(404);
    expect(store.constructs).toBe(before + 4);
  });
});
