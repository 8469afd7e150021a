// createQueryLimiter: 429 past a client's share, 503 past the global queue, both with Retry-After; fair turns; slots freed.
import express from 'express';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { readServeConfig } from '../../src/config/serve-config.js';
import { clientKeyOf, createQueryLimiter, type QueryLimiter, type QueryLimiterOptions } from '../../src/http/limits.js';

/** A server whose /q handler holds each admitted request until the test releases it by its name. */
interface GatedServer {
  url: string;
  limiter: QueryLimiter;
  started: string[];
  release(name: string): void;
  close(): Promise<void>;
}

let current: GatedServer | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

async function gatedServer(options: QueryLimiterOptions): Promise<GatedServer> {
  const gates = new Map<string, () => void>();
  const started: string[] = [];
  const limiter = createQueryLimiter(options);
  const app = express();
  app.get('/q', limiter, (req, res) => {
    const name = String(req.query.name);
    started.push(name);
    gates.set(name, () => res.type('text/plain').send(`done ${name}`));
  });
  const server: Server = createServer(app);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  current = {
    url: `http://127.0.0.1:${port}`, limiter, started,
    release: (name) => gates.get(name)?.(),
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
  return current;
}

/** Sends a request as `client` (through X-Forwarded-For, trusted with one proxy hop). */
function send(server: GatedServer, client: string, name: string): Promise<Response> {
  return fetch(`${server.url}/q?name=${name}`, { headers: { 'X-Forwarded-For': `203.0.113.9, ${client}` } });
}

/** Waits until the limiter holds `count` requests in all (running + queued). */
async function settled(server: GatedServer, count: number): Promise<void> {
  while (server.limiter.state().running + server.limiter.state().queued !== count) await new Promise((r) => setTimeout(r, 5));
}

/** Releases the first `count` requests in the order the limiter starts them. */
async function drain(server: GatedServer, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    while (server.started.length < i + 1) await new Promise((r) => setTimeout(r, 5));
    server.release(server.started[i]);
  }
}

describe('createQueryLimiter', () => {
  it('answers 429 with Retry-After to a client over its share, and 503 when the queue is full', async () => {
    const server = await gatedServer({ maxRunning: 1, maxQueued: 2, maxPerClient: 2, retryAfterSeconds: 7, trustedProxyHops: 1 });
    const a1 = send(server, '10.0.0.1', 'a1');
    const a2 = send(server, '10.0.0.1', 'a2');
    await settled(server, 2);
    const a3 = await send(server, '10.0.0.1', 'a3');
    expect(a3.status).toBe(429);
    expect(a3.headers.get('retry-after')).toBe('7');
    expect(await a3.text()).toMatch(/too many queries/);
    const b1 = send(server, '10.0.0.2', 'b1');
    await settled(server, 3);
    const c1 = await send(server, '10.0.0.3', 'c1');
    expect(c1.status).toBe(503);
    expect(c1.headers.get('retry-after')).toBe('7');
    await drain(server, 3);
    expect((await Promise.all([a1, a2, b1])).map((r) => r.status)).toEqual([200, 200, 200]);
    expect(server.limiter.state()).toEqual({ running: 0, queued: 0, clients: 0 });
  });

  it('lets the client served longest ago go next, so a burst does not starve others', async () => {
    const server = await gatedServer({ maxRunning: 1, maxQueued: 10, maxPerClient: 5, trustedProxyHops: 1 });
    const answers = [send(server, '10.0.0.1', 'a1')];
    await settled(server, 1);
    for (const [i, name] of ['a2', 'a3', 'a4'].entries()) {
      answers.push(send(server, '10.0.0.1', name));
      await settled(server, i + 2);
    }
    answers.push(send(server, '10.0.0.2', 'b1'));
    await settled(server, 5);
    await drain(server, 5);
    await Promise.all(answers);
    expect(server.started).toEqual(['a1', 'b1', 'a2', 'a3', 'a4']);
  });

  it('answers 503 to a request that waits longer than maxWaitMs, and frees its place', async () => {
    const server = await gatedServer({ maxRunning: 1, maxQueued: 5, maxPerClient: 5, maxWaitMs: 50 });
    const first = send(server, 'x', 'first');
    await settled(server, 1);
    const waited = await send(server, 'x', 'second');
    expect(waited.status).toBe(503);
    expect(waited.headers.get('retry-after')).toBe('5');
    expect(server.limiter.state().queued).toBe(0);
    server.release('first');
    expect((await first).status).toBe(200);
  });

  it('frees the slot of a client that disconnects while waiting', async () => {
    const server = await gatedServer({ maxRunning: 1, maxQueued: 5, maxPerClient: 5 });
    const first = send(server, 'x', 'first');
    await settled(server, 1);
    const abort = new AbortController();
    const gone = fetch(`${server.url}/q?name=gone`, { signal: abort.signal }).catch(() => 'aborted');
    await settled(server, 2);
    abort.abort();
    expect(await gone).toBe('aborted');
    await settled(server, 1);
    server.release('first');
    await first;
    await settled(server, 0);
    expect(server.started).toEqual(['first']);
  });
});

describe('clientKeyOf', () => {
  const request = (forwarded?: string) => ({
    socket: { remoteAddress: '127.0.0.1' },
    get: (name: string) => (name === 'x-forwarded-for' ? forwarded : undefined),
  }) as unknown as express.Request;

  it('ignores X-Forwarded-For unless proxies are trusted', () => {
    expect(clientKeyOf(request('198.51.100.1'))).toBe('127.0.0.1');
    expect(clientKeyOf(request('198.51.100.1'), 0)).toBe('127.0.0.1');
  });
  it('takes the address the trusted proxy saw, not a forged one further left', () => {
    expect(clientKeyOf(request('6.6.6.6, 198.51.100.1'), 1)).toBe('198.51.100.1');
    expect(clientKeyOf(request('6.6.6.6, 198.51.100.1, 10.0.0.2'), 2)).toBe('198.51.100.1');
    expect(clientKeyOf(request(undefined), 1)).toBe('127.0.0.1');
  });
});

describe('serve settings of the limiter', () => {
  it('default to a 30 s query timeout and the documented limits, and read the environment', () => {
    expect(readServeConfig({ data: 'd' }, {})).toMatchObject({
      queryTimeoutMs: 30_000, maxRunningQueries: 2, maxQueuedQueries: 32, maxQueriesPerClient: 4, trustedProxyHops: 0,
    });
    expect(readServeConfig({ data: 'd' }, {
      SPARQL_MAX_RUNNING: '3', SPARQL_MAX_QUEUED: '10', SPARQL_MAX_PER_CLIENT: '2', TRUST_PROXY_HOPS: '1',
    })).toMatchObject({ maxRunningQueries: 3, maxQueuedQueries: 10, maxQueriesPerClient: 2, trustedProxyHops: 1 });
    expect(() => readServeConfig({ data: 'd' }, { TRUST_PROXY_HOPS: '99' })).toThrow(/TRUST_PROXY_HOPS/);
  });
});
