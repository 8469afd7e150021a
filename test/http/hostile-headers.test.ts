// Security headers on every answer, a CSP that lets the pages and the query UI work, and one pino line per request with its id.
import { rm } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/http/server.js';
import { MEETING_PATH, makeFixtureDataset } from './fixture-server.js';

let server: RunningServer;
let dataDir: string;
const logLines: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  dataDir = await makeFixtureDataset();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  server = await startServer({ dataDir, port: 0, host: '127.0.0.1', logger: pino({ level: 'info' }, sink) });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, server.url), { headers, redirect: 'manual' });

/** Parses a Content-Security-Policy header into directive → sources. */
function parseCsp(header: string | null): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Whether `directive` (or default-src) of the policy allows a same-origin URL. */
function allowsSelf(csp: Map<string, string[]>, directive: string): boolean {
  return (csp.get(directive) ?? csp.get('default-src') ?? []).includes("'self'");
}

const PAGES = ['/', `/doc/${MEETING_PATH}`, '/downloads/', '/ontology', '/void', '/no/such/page'];

describe('security headers', () => {
  for (const path of [...PAGES, '/sparql?query=ASK%20%7B%7D', '/downloads/jiyao.nq.gz', '/health']) {
    it(`on ${path}`, async () => {
      const response = await get(path, { Accept: 'text/html' });
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('referrer-policy')).toBeTruthy();
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      const csp = parseCsp(response.headers.get('content-security-policy'));
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      await response.arrayBuffer();
    });
  }

  for (const path of PAGES) {
    it(`the HTML of ${path} needs no script or style its CSP forbids`, async () => {
      const response = await get(path, { Accept: 'text/html' });
      const csp = parseCsp(response.headers.get('content-security-policy'));
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1]);
      for (const attributes of scripts) {
        if (/type="application\/(?:ld\+)?json"/.test(attributes)) continue;
        expect(/src="\/[^/]/.test(attributes) && allowsSelf(csp, 'script-src'), `script ${attributes} on ${path}`).toBe(true);
      }
      for (const [, href] of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/gi)) {
        expect(href.startsWith('/') && allowsSelf(csp, 'style-src'), href).toBe(true);
      }
      if (/<style\b|style="/.test(html)) expect(csp.get('style-src')).toContain("'unsafe-inline'");
    });
  }

  it('the query UI at /sparql: its CSP allows its own scripts and styles, nothing from other hosts', async () => {
    const response = await get('/sparql', { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' });
    expect(response.status).toBe(200);
    const csp = parseCsp(response.headers.get('content-security-policy'));
    const html = await response.text();
    const assets = [
      ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gi)].map((m) => ({ href: m[1], directive: 'script-src', type: /javascript/ })),
      ...[...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/gi)].map((m) => ({ href: m[1], directive: 'style-src', type: /css/ })),
    ];
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const asset of assets) {
      expect(asset.href.startsWith('/') && allowsSelf(csp, asset.directive), asset.href).toBe(true);
      const file = await get(asset.href);
      expect(file.status, asset.href).toBe(200);
      expect(file.headers.get('content-type')).toMatch(asset.type);
      await file.arrayBuffer();
    }
    for (const [, attributes] of html.matchAll(/<script\b([^>]*)>/gi)) {
      expect(/\bsrc=/.test(attributes) || /type="application\/json"/.test(attributes), attributes).toBe(true);
    }
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    for (const sources of csp.values()) expect(sources.filter((s) => /^https?:|^\*$/.test(s))).toEqual([]);
  });
});

describe('structured logs with request ids', () => {
  it('echoes a well-formed X-Request-Id and logs one JSON line with it', async () => {
    const response = await get('/health', { 'X-Request-Id': 'trace-42.a_b' });
    await response.arrayBuffer();
    expect(response.headers.get('x-request-id')).toBe('trace-42.a_b');
    await new Promise((r) => setTimeout(r, 20));
    const line = logLines.find((l) => l.requestId === 'trace-42.a_b');
    expect(line).toMatchObject({ msg: 'request', method: 'GET', path: '/health', status: 200, level: 30 });
    expect(typeof line?.ms).toBe('number');
  });

  it('makes up an id when none (or a hostile one) is sent, and logs refusals too', async () => {
    const response = await get(`/sparql?update=${encodeURIComponent('CLEAR ALL')}`, { 'X-Request-Id': 'a\tb' });
    await response.arrayBuffer();
    expect(response.status).toBe(403);
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((r) => setTimeout(r, 20));
    expect(logLines.find((l) => l.requestId === id)).toMatchObject({ status: 403, path: '/sparql' });
  });

  it('answers an invalid path without a stack, and every log line is structured JSON', async () => {
    const response = await get(`/doc/${'%C0%AF'.repeat(3)}`, { Accept: 'text/html' });
    const body = await response.text();
    expect(body).not.toMatch(/\n\s+at [^\n]+:\d+:\d+/);
    expect(logLines.every((l) => typeof l.time === 'number' && typeof l.level === 'number')).toBe(true);
  });
});
