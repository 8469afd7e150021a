// /search against real servers: a built dataset (JSON and HTML hits, filters, paging, 400s), a hostile label, no index.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/http/server.js';
import { searchIndexOfQuads, writeSearchIndexFile } from '../../src/search/index.js';
import { EmbeddedStore } from '../../src/store/embedded-store.js';
import { JY } from '../../src/vocab/index.js';
import { BUILT_BASE } from '../search/built-dataset.js';
import { serveSampleDataset } from './sample-server.js';
import { makeFixtureDataset, startFixtureServer, type FixtureServer } from './fixture-server.js';

interface Hit {
  iri: string; href: string; label: string;
  type: { iri: string; zh: string | null; en: string | null } | null;
  snippet: { text: string; highlights: [number, number][]; html: string };
}
interface Answer { total: number; page: number; size: number; mode: string; notice?: string; hits: Hit[] }

const sample = serveSampleDataset();
const server = { get url(): string { return sample.url(); } };

const get = (base: string, query: string, accept = 'application/json') => fetch(`${base}search?${query}`, { headers: { accept } });
const json = async (query: string) => {
  const response = await get(server.url, query);
  expect(response.status).toBe(200);
  return response.json() as Promise<Answer>;
};
const q = (text: string) => `q=${encodeURIComponent(text)}`;

describe('full-text search, JSON', () => {
  it('gives each hit its IRI, type with Chinese and English labels, label and highlighted snippet', async () => {
    const answer = await json(q('区工信局'));
    const [first] = answer.hits;
    expect(answer.mode).toBe('full-text');
    expect(first.iri).toBe(`${BUILT_BASE}id/org/320402/${encodeURIComponent('常州市天宁区工业和信息化局')}`);
    expect(first.href.startsWith(server.url)).toBe(true);
    expect(first.type).toEqual({ iri: JY.Organization, zh: expect.any(String), en: 'Organization' });
    expect(first.label).toBe('常州市天宁区工业和信息化局');
    expect(first.snippet.html).toContain('<mark>');
    expect(answer.hits.some((h) => h.type?.iri === JY.Resolution && h.snippet.html.includes('<mark>区工信局</mark>'))).toBe(true);
  });

  it('folds traditional queries and filters by type', async () => {
    const awards = await json(`${q('區長質量獎')}&type=Award`);
    expect(awards.hits.length).toBeGreaterThan(0);
    expect(awards.hits.every((h) => h.type?.iri === JY.Award)).toBe(true);
    const people = await json(`q=${encodeURIComponent('区')}&type=${encodeURIComponent(JY.Person)}`);
    expect(people.hits.every((h) => h.type?.iri === JY.Person)).toBe(true);
  });

  it('pages with page and size', async () => {
    const all = await json(`${q('质量')}&size=100`);
    const second = await json(`${q('质量')}&size=2&page=2`);
    expect(second.page).toBe(2);
    expect(second.total).toBe(all.total);
    expect(second.hits.map((h) => h.iri)).toEqual(all.hits.slice(2, 4).map((h) => h.iri));
  });
});

describe('full-text search, HTML', () => {
  it('lists hits as links with marked snippets and type names', async () => {
    const response = await get(server.url, q('区长质量奖'), 'text/html');
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('vary')).toMatch(/accept/i);
    const html = await response.text();
    expect(html).toContain('<mark>区长质量奖</mark>');
    expect(html).toContain(`href="${server.url}id/meeting/`);
    expect(html).toContain('Award');
  });

  it('shows the form without a query', async () => {
    const response = await get(server.url, '', 'text/html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('name="q"');
  });
});

describe('bad queries get a 400 in the negotiated format', () => {
  const cases: Array<[string, string]> = [
    ['empty', 'q='],
    ['blank', 'q=%20%20'],
    ['huge', q('长'.repeat(201))],
    ['repeated', 'q=a&q=b'],
    ['nothing to search', q('《》!?')],
    ['malformed UTF-8', 'q=%E5%8C'],
    ['page 0', `${q('区')}&page=0`],
    ['size over 100', `${q('区')}&size=101`],
    ['unknown type', `${q('区')}&type=Spaceship`],
  ];
  for (const [name, query] of cases) {
    it(`${name}: JSON and HTML`, async () => {
      const asJson = await get(server.url, query);
      expect(asJson.status).toBe(400);
      expect(((await asJson.json()) as { message: string }).message.length).toBeGreaterThan(0);
      const asHtml = await get(server.url, query, 'text/html');
      expect(asHtml.status).toBe(400);
      expect(asHtml.headers.get('content-type')).toContain('text/html');
    });
  }
  it('accepts a 200-character query', async () => {
    expect((await get(server.url, q('长'.repeat(200)))).status).toBe(200);
  });
});

describe('hostile labels and datasets without an index', () => {
  let fixture: FixtureServer;
  let indexed: RunningServer;
  let indexedStore: EmbeddedStore;
  beforeAll(async () => {
    fixture = await startFixtureServer();
    const nquads = await readFile(fileURLToPath(new URL('../fixtures/dataset/jiyao.nq', import.meta.url)), 'utf8');
    const dir = await makeFixtureDataset();
    await writeSearchIndexFile(dir, searchIndexOfQuads(new Parser({ format: 'N-Quads' }).parse(nquads) as Quad[]));
    indexedStore = await EmbeddedStore.open({ nquads: [nquads], standby: false });
    indexed = await startServer({ dataDir: dir, port: 0, host: '127.0.0.1', store: indexedStore });
  }, 60_000);
  afterAll(async () => {
    await fixture?.close();
    await indexed?.close();
    await indexedStore?.close();
  });

  it('escapes a hostile label in the page and the snippet', async () => {
    const html = await (await get(indexed.url, q('区工信局'), 'text/html')).text();
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('\u202E');
    expect(html).toMatch(/<mark>区工信局<\/mark>&lt;script&gt;/);
  });

  it('falls back to a labels-only search with an explanation when the dataset has no index', async () => {
    const response = await get(fixture.url, q('第56次'));
    expect(response.status).toBe(200);
    const answer = (await response.json()) as Answer;
    expect(answer.mode).toBe('labels-only');
    expect(answer.notice).toMatch(/search\/index\.sqlite/);
    expect(answer.hits.length).toBeGreaterThan(0);
    const html = await (await get(fixture.url, q('第56次'), 'text/html')).text();
    expect(html).toContain('class="warning"');
  });

  it('falls back the same way on a dataset built with the older search/index.json, naming it', async () => {
    const dir = await makeFixtureDataset();
    await mkdir(path.join(dir, 'search'));
    await writeFile(path.join(dir, 'search', 'index.json'), '{"format":"jiyao-search-index","version":1,"documents":[],"postings":{},"aliases":[]}\n');
    const old = await startServer({ dataDir: dir, port: 0, host: '127.0.0.1', store: indexedStore });
    try {
      const answer = (await (await get(old.url, q('第56次'))).json()) as Answer;
      expect(answer.mode).toBe('labels-only');
      expect(answer.notice).toMatch(/search\/index\.json/);
      expect(answer.hits.length).toBeGreaterThan(0);
    } finally {
      await old.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
