// A crashed and restarted Virtuoso: jiyao answers 503 with Retry-After while it is down and recovers by
// itself when it is back — no restart of jiyao (issue 5, "faults").
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/http/server.js';
import { runBuild } from '../../src/publish/build.js';
import { loadDataset } from '../../src/publish/load-dataset.js';
import { RemoteStore } from '../../src/store/remote-store.js';
import { startVirtuoso, type VirtuosoServer } from './virtuoso-server.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = path.resolve(repoRoot, '../shared/corpus/dev');
const BASE = 'http://jiyao.test/';
const MEETING = 'doc/meeting/320402/2021-01-23/executive-56';
const DIVISION = 'doc/division/320402';

describe('jiyao over a Virtuoso that crashes and comes back', () => {
  let tmp: string;
  let virtuoso: VirtuosoServer;
  let server: { url: string; close(): Promise<void> };
  let store: RemoteStore;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'jiyao-restart-'));
    const input = path.join(tmp, 'pages');
    await mkdir(input);
    await copyFile(path.join(CORPUS, 'seed-tianning-56.txt'), path.join(input, 'seed-tianning-56.txt'));
    const site = path.join(tmp, 'site');
    await runBuild({ input, output: site, base: BASE, toolVersion: '0.0.0-test', workers: 1 });
    virtuoso = await startVirtuoso();
    await loadDataset({ dataDir: site, store: { queryUrl: virtuoso.queryUrl, user: virtuoso.user, password: virtuoso.password } });
    store = new RemoteStore({ queryUrl: virtuoso.queryUrl, graphPrefix: `${BASE}graph/` });
    server = await startServer({ dataDir: site, store, port: 0, host: '127.0.0.1' });
  }, 240_000);

  afterAll(async () => {
    await server?.close();
    await store?.close();
    await virtuoso?.stop();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  const ask = () => fetch(`${server.url}sparql?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`, { headers: { accept: 'application/sparql-results+json' } });
  const describeMeeting = () => fetch(`${server.url}${MEETING}`, { headers: { accept: 'text/turtle' } });
  const describeDivision = () => fetch(`${server.url}${DIVISION}`, { headers: { accept: 'text/turtle' } });

  it('answers while the store is up', async () => {
    const response = await ask();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ boolean: true });
    expect((await describeMeeting()).status).toBe(200);
  });

  it('answers 503 with Retry-After while the store is down, for queries and descriptions', async () => {
    await virtuoso.crash();
    const query = await ask();
    expect(query.status).toBe(503);
    expect(Number(query.headers.get('retry-after'))).toBeGreaterThan(0);
    // A thing not described before needs the store: 503. One described before comes from the cache.
    const resource = await describeDivision();
    expect(resource.status).toBe(503);
    expect(Number(resource.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await describeMeeting()).status).toBe(200);
  }, 60_000);

  it('recovers by itself once the store is back', async () => {
    await virtuoso.restart();
    const response = await ask();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ boolean: true });
    expect((await describeDivision()).status).toBe(200);
  }, 240_000);
});
