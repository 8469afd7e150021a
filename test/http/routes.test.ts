// The other routes against a real server: HTML pages, ontology, downloads (Range, traversal), VoID, health, search, 503.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { StoreUnavailableError, type Store } from '../../src/store/store.js';
import { FIXTURE_BASE, MEETING_PATH, startFixtureServer, type FixtureServer } from './fixture-server.js';
import { parseRdf } from './rdf-parse.js';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => server.close());

const get = (p: string, headers: Record<string, string> = {}) => fetch(server.url + p, { headers, redirect: 'manual' });
const page = async (p: string) => (await get(p, { accept: 'text/html' })).text();

describe('resource pages', () => {
  it('escapes hostile labels wherever they appear', async () => {
    for (const p of [`doc/${MEETING_PATH}/item/1/resolution/1`, 'doc/org/320402/%E5%8C%BA%E5%B7%A5%E4%BF%A1%E5%B1%80']) {
      const html = await page(p);
      expect(html).toContain('区工信局&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39; \uFFFDevil\uFFFD');
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('\u202E');
      expect(html).not.toContain('\u0007');
      expect(html.match(/<script/g)).toHaveLength(1); // only the JSON-LD block
    }
  });

  it('keeps the JSON-LD block closed when a string holds </script>', async () => {
    const html = await page(`doc/${MEETING_PATH}/minutes`);
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(block).not.toContain('</');
    const quads = await parseRdf(block, 'application/ld+json');
    expect(quads.some((q) => q.object.value === '澳门赌场</script><script>alert(1)</script>')).toBe(true);
  });

  it('warns on tampered minutes and on their meeting, not elsewhere', async () => {
    expect(await page(`doc/${MEETING_PATH}/minutes`)).toContain('class="warning"');
    expect(await page(`doc/${MEETING_PATH}`)).toContain('class="warning"');
    expect(await page('doc/meeting/320402/2023-06-01/executive-57')).not.toContain('class="warning"');
  });

  it('shows the evidence quote with offsets and a link to the source page', async () => {
    const html = await page(`doc/${MEETING_PATH}`);
    expect(html).toContain('<blockquote>区长张三主持会议</blockquote>');
    expect(html).toMatch(/120–128/);
    expect(html).toContain('href="http://www.tianning.gov.cn/art/2023/5/12/art_56.html"');
  });

  it('links both ways, on this host, with zh labels and English ontology labels', async () => {
    const html = await page('doc/person/320402/%E5%BC%A0%E4%B8%89');
    expect(html).toContain('lang="zh-Hans"');
    expect(html).toContain(`href="${server.url}id/meeting/320402/2023-05-10/executive-56"`);
    expect(html).toContain('天宁区人民政府第57次常务会议');
    expect(html).toMatch(/<span class="en">chair<\/span>/);
    const meeting = await page(`doc/${MEETING_PATH}`);
    expect(meeting).toContain(`href="${server.url}id/person/320402/%E5%BC%A0%E4%B8%89"`);
    expect(meeting).toContain(`href="${server.url}ontology#chair"`);
  });

  it('sends a CSP that allows the inline styles and no scripts', async () => {
    const csp = (await get(`doc/${MEETING_PATH}.html`)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("script-src 'none'");
  });
});

describe('ontology', () => {
  it('documents classes and properties with zh/en labels, definitions, domain and range', async () => {
    const html = await page('ontology');
    expect(html).toContain('id="Meeting"');
    expect(html).toMatch(/会议 <span class="en">Meeting<\/span>/);
    expect(html).toContain('One sitting of a government body');
    expect(html).toMatch(/id="quote"[\s\S]*?rdfs:domain[\s\S]*?Evidence/);
  });

  it('serves Turtle by suffix and raw files under /ontology/', async () => {
    const quads = await parseRdf(await (await get('ontology.ttl')).text(), 'text/turtle');
    expect(quads.some((q) => q.subject.value === 'https://w3id.org/jiyao/ontology#Meeting')).toBe(true);
    const context = await get('ontology/context.jsonld');
    expect(context.status).toBe(200);
    expect(JSON.parse(await context.text())).toHaveProperty('@context');
    expect((await get('ontology/..%2Fmanifest.json')).status).toBe(404);
  });
});

describe('downloads', () => {
  it('lists the files as JSON and HTML', async () => {
    const json = await (await get('downloads/', { accept: 'application/json' })).json() as { files: { name: string; bytes: number }[] };
    expect(json.files.map((f) => f.name)).toEqual(['jiyao.nq.gz', 'jiyao.nq.gz.sha256']);
    expect(await page('downloads/')).toContain(`href="${server.url}downloads/jiyao.nq.gz"`);
    expect((await get('downloads')).status).toBe(301);
  });

  it('answers a Range request with 206 and the right bytes', async () => {
    const bytes = await readFile(path.join(server.dataDir, 'downloads', 'jiyao.nq.gz'));
    const whole = await get('downloads/jiyao.nq.gz');
    expect(whole.headers.get('content-length')).toBe(String(bytes.length));
    expect(whole.headers.get('etag')).toBeTruthy();
    expect(Buffer.from(await whole.arrayBuffer()).equals(bytes)).toBe(true);
    const part = await get('downloads/jiyao.nq.gz', { range: 'bytes=10-99' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 10-99/${bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(10, 100))).toBe(true);
  });

  it('refuses path traversal and anything outside the folder', async () => {
    for (const p of ['downloads/..%2Fmanifest.json', 'downloads/%2E%2E%2Fmanifest.json', 'downloads/.hidden', 'downloads/..%5Cmanifest.json']) {
      const r = await get(p);
      expect([400, 404]).toContain(r.status);
      expect(await r.text()).not.toContain('"base"');
    }
    expect((await get('manifest.json')).status).toBe(404);
    expect((await get('reports/')).status).toBe(404);
  });
});

describe('void, health, landing, search', () => {
  it('serves /.well-known/void that parses', async () => {
    for (const [accept, type] of [['text/turtle', 'text/turtle'], ['application/ld+json', 'application/ld+json'], ['application/n-triples', 'application/n-triples']]) {
      const r = await get('.well-known/void', { accept });
      const quads = await parseRdf(await r.text(), type);
      expect(quads.some((q) => q.object.value === 'http://rdfs.org/ns/void#Dataset')).toBe(true);
    }
  });

  it('reports health', async () => {
    const r = await get('health');
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: 'ok', triples: 47 });
  });

  it('shows the landing page with title, counts and examples', async () => {
    const html = await page('');
    expect(html).toContain('<h1>纪要测试数据集</h1>');
    expect(html).toMatch(/会议<\/th><td>2</);
    expect(html).toContain(`href="${server.url}sparql"`);
    expect(html).toContain(`href="${server.url}id/${MEETING_PATH}"`);
  });

  it('searches labels, escaping the query, and rejects empty or huge queries', async () => {
    const json = await (await get(`search?q=${encodeURIComponent('第56次')}`, { accept: 'application/json' })).json() as { hits: { iri: string }[] };
    expect(json.hits.map((h) => h.iri)).toEqual([`${FIXTURE_BASE}id/${MEETING_PATH}/minutes`, `${FIXTURE_BASE}id/${MEETING_PATH}`]);
    const hostile = await get(`search?q=${encodeURIComponent('"))} DROP ALL #')}`, { accept: 'application/json' });
    expect(hostile.status).toBe(200);
    expect((await hostile.json() as { hits: unknown[] }).hits).toEqual([]);
    expect(await page(`search?q=${encodeURIComponent('<script>')}`)).toContain('value="&lt;script&gt;"');
    expect((await get('search?q=%20', { accept: 'application/json' })).status).toBe(400);
    expect((await get(`search?q=${'长'.repeat(201)}`, { accept: 'application/json' })).status).toBe(400);
  });
});

describe('store down', () => {
  it('answers 503 with Retry-After and no stack', async () => {
    const down: Store = {
      query: () => Promise.reject(new StoreUnavailableError('worker crashed at /secret/path.js:1:2')),
      countQuads: () => Promise.reject(new StoreUnavailableError('down')),
      close: () => Promise.resolve(),
    };
    const app = createApp({ store: down, dataDir: server.dataDir, base: FIXTURE_BASE });
    const http = createServer(app);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    try {
      const address = http.address() as { port: number };
      for (const p of [`doc/${MEETING_PATH}`, 'health']) {
        const r = await fetch(`http://127.0.0.1:${address.port}/${p}`, { headers: { accept: 'application/json' } });
        expect(r.status).toBe(503);
        expect(r.headers.get('retry-after')).toBe('5');
        expect(await r.text()).not.toContain('/secret/path.js');
      }
    } finally {
      await new Promise((resolve) => http.close(resolve));
    }
  });
});
