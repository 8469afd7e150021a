// The SPARQL query UI: example queries (parsed, run on two converted corpus pages), the page, its assets and routing.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { Parser as N3Parser } from 'n3';
import { Parser as SparqlParser } from 'sparqljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_UI_SCRIPT } from '../../src/http/query-ui/client-script.js';
import { createQueryUiRouter, EXAMPLE_QUERIES, renderQueryUiPage, wantsQueryUi } from '../../src/http/query-ui/index.js';
import { convertPage } from '../../src/publish/convert-page.js';
import { toNQuads } from '../../src/rdf/serialize.js';
import { EmbeddedStore } from '../../src/store/embedded-store.js';
import type { Bindings } from '../../src/store/store.js';
import { startEndpoint, type RunningEndpoint } from '../w3c/endpoint.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus/dev');
const PAGES = ['seed-tianning-56.txt', 'dev-11-kunshan-66.html'];
const BASE = 'https://data.example.org/';

let store: EmbeddedStore;
let endpoint: RunningEndpoint;
/** Decoded text of each page by the urn:sha256 of its bytes (the prov:wasDerivedFrom of pages without a URL). */
const pageTextBySource = new Map<string, string>();

beforeAll(async () => {
  const documents: string[] = [];
  for (const fileName of PAGES) {
    const bytes = await readFile(path.join(CORPUS, fileName));
    const { quads } = convertPage(bytes, { fileName, base: BASE, toolVersion: '0.0.0-test', graphKey: fileName });
    documents.push(toNQuads(quads));
    pageTextBySource.set(`urn:sha256:${createHash('sha256').update(bytes).digest('hex')}`, bytes.toString('utf8'));
  }
  store = await EmbeddedStore.open({ nquads: documents, standby: false });
  endpoint = await startEndpoint(store, { queryUi: createQueryUiRouter({ endpointPath: '/sparql' }) });
});
afterAll(async () => {
  await endpoint.close();
  await store.close();
});

function example(id: string): string {
  const found = EXAMPLE_QUERIES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no example ${id}`);
  return found.query;
}

/** Runs an example and returns its rows with every term reduced to its lexical value. */
async function run(id: string): Promise<Record<string, string>[]> {
  const result = await store.query(example(id), { timeoutMs: 20_000 });
  if (result.kind !== 'bindings') throw new Error(`${id} is not a SELECT`);
  return result.rows.map((row: Bindings) => Object.fromEntries(Object.entries(row).map(([name, term]) => [name, term.value])));
}

describe('example queries run on converted corpus pages', () => {
  it('counts meetings per district and year', async () => {
    const rows = await run('meetings-per-district-year');
    expect(rows).toContainEqual({ district: '常州市天宁区', divisionCode: '320402', year: '2021', meetings: '1' });
    expect(rows).toContainEqual({ district: '昆山市', divisionCode: '320583', year: '2023', meetings: '1' });
  });

  it('lists chairs with their post', async () => {
    const rows = await run('meeting-chairs');
    expect(rows).toContainEqual(expect.objectContaining({ chairName: '许小波', post: '区长', date: '2021-01-23' }));
    expect(rows).toContainEqual(expect.objectContaining({ chairName: '沈立新', post: '市长', date: '2023-05-25' }));
  });

  it('ranks departments by resolutions proposed', async () => {
    const rows = await run('proposing-departments');
    expect(rows.length).toBeGreaterThan(1);
    expect(rows).toContainEqual(expect.objectContaining({ name: '常州市天宁区工业和信息化局', shortNames: '区工信局', resolutions: '1' }));
    const counts = rows.map((row) => Number(row.resolutions));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('lists award recipients', async () => {
    const rows = await run('award-recipients');
    expect(rows).toContainEqual(expect.objectContaining({ recipientName: '江苏康进医疗器材有限公司', awardName: '区长质量奖', awardYear: '2020' }));
  });

  it('finds the tampered page and its spam term, not the clean one', async () => {
    const rows = await run('tampered-sources');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ title: '区政府第56次常务会议纪要', spamTerms: '澳门现金赌场' });
  });

  it('lists resolutions approved in principle with their next step', async () => {
    const rows = await run('approved-in-principle');
    expect(rows).toContainEqual(expect.objectContaining({ position: '1', proposer: '常州市天宁区市场监督管理局', nextStep: '提交区委常委会审议' }));
    expect(rows).toContainEqual(expect.objectContaining({ position: '3', nextStep: '以区政府名义印发' }));
  });

  it('returns the evidence of the chair, and its offsets point at the quote in the page', async () => {
    const rows = await run('chair-evidence');
    const tianning = rows.find((row) => row.chairName === '许小波');
    expect(tianning?.quote).toContain('区长许小波');
    for (const row of rows) {
      const text = pageTextBySource.get(row.source);
      expect(text, `page of ${row.source}`).toBeDefined();
      expect(text?.slice(Number(row.start), Number(row.end))).toBe(row.quote);
    }
  });
});

const NAMESPACES: Record<string, string> = {
  jy: 'https://w3id.org/jiyao/ontology#', dcterms: 'http://purl.org/dc/terms/', foaf: 'http://xmlns.com/foaf/0.1/',
  org: 'http://www.w3.org/ns/org#', prov: 'http://www.w3.org/ns/prov#', skos: 'http://www.w3.org/2004/02/skos/core#',
  schema: 'https://schema.org/', xsd: 'http://www.w3.org/2001/XMLSchema#', rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#', wdt: 'http://www.wikidata.org/prop/direct/',
};

/** Published vocabulary: terms named in ONTOLOGY-CORE.md (`prefix:Local`), jy: terms of the ontology, paths of its shapes. */
async function publishedTerms(): Promise<Set<string>> {
  const core = await readFile(path.resolve(REPO_ROOT, '../shared/ONTOLOGY-CORE.md'), 'utf8');
  const terms = new Set<string>();
  for (const [, prefix, local] of core.matchAll(/\b(jy|dcterms|foaf|org|prov|skos|schema|rdfs|rdf):([A-Za-z]\w*)/g)) {
    terms.add(NAMESPACES[prefix] + local);
  }
  const ontology = new N3Parser().parse(await readFile(path.join(REPO_ROOT, 'ontology/jiyao.ttl'), 'utf8'));
  for (const quad of ontology) if (quad.subject.value.startsWith(NAMESPACES.jy)) terms.add(quad.subject.value);
  const shapes = new N3Parser().parse(await readFile(path.join(REPO_ROOT, 'ontology/shapes.ttl'), 'utf8'));
  for (const quad of shapes) if (quad.predicate.value === 'http://www.w3.org/ns/shacl#path') terms.add(quad.object.value);
  terms.add(`${NAMESPACES.rdf}type`);
  return terms;
}

/** Every IRI a parsed query names (datatypes of literals excluded). */
function namedIris(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => namedIris(item, found));
  else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.termType === 'NamedNode') found.add(record.value as string);
    else for (const [key, value] of Object.entries(record)) if (key !== 'datatype' && key !== 'prefixes') namedIris(value, found);
  }
  return found;
}

function hasService(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasService);
  if (node === null || typeof node !== 'object') return false;
  return (node as { type?: unknown }).type === 'service' || Object.values(node).some(hasService);
}

describe('example queries are well-formed and use the published vocabulary', () => {
  it('has unique ids, both titles, and each parses with sparqljs with the right prefixes', () => {
    expect(new Set(EXAMPLE_QUERIES.map((e) => e.id)).size).toBe(EXAMPLE_QUERIES.length);
    for (const { id, title, query } of EXAMPLE_QUERIES) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(title.en.length * title.zh.length).toBeGreaterThan(0);
      const parsed = new SparqlParser().parse(query) as { queryType?: string; prefixes: Record<string, string> };
      expect(parsed.queryType, id).toBe('SELECT');
      for (const [prefix, iri] of Object.entries(parsed.prefixes)) expect(iri, `${id} ${prefix}:`).toBe(NAMESPACES[prefix]);
    }
  });

  it('names only published terms, apart from Wikidata in the federated example', async () => {
    const published = await publishedTerms();
    for (const { id, query } of EXAMPLE_QUERIES) {
      const iris = [...namedIris(new SparqlParser().parse(query))];
      const foreign = iris.filter((iri) => !published.has(iri) && !iri.startsWith(NAMESPACES.wdt) && iri !== 'https://query.wikidata.org/sparql');
      expect(foreign, id).toEqual([]);
    }
  });

  it('has exactly one federated example, and says it must run elsewhere', () => {
    const federated = EXAMPLE_QUERIES.filter((e) => hasService(new SparqlParser().parse(e.query)));
    expect(federated.map((e) => e.id)).toEqual(['wikidata-divisions']);
    expect(federated[0].title.en).toMatch(/your own endpoint/);
    expect(federated[0].query).toMatch(/refuses SERVICE/);
    expect(federated[0].query).toContain('wdt:P442 ?p442');
  });

  it('is shown verbatim in docs/queries.md', async () => {
    const doc = await readFile(path.join(REPO_ROOT, 'docs/queries.md'), 'utf8');
    for (const { id, query } of EXAMPLE_QUERIES) expect(doc, id).toContain(`\`\`\`sparql\n${query}\`\`\``);
  });
});

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8';

describe('query UI routing', () => {
  it('gives a browser the page with every example, escaped', async () => {
    const response = await fetch(endpoint.url, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
    expect(response.headers.get('vary')).toMatch(/Accept/);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const page = await response.text();
    expect(page).toMatch(/<html lang="zh-Hans">/);
    for (const href of ['href="/"', 'href="/downloads/"', 'href="/ontology"']) expect(page).toContain(href);
    for (const example of EXAMPLE_QUERIES) {
      expect(page).toContain(`<option value="${example.id}">`);
      expect(page).toContain(example.title.zh);
    }
    expect(page).toContain('PREFIX jy: &lt;https://w3id.org/jiyao/ontology#&gt;');
    const block = /<script type="application\/json" id="jy-query-ui-config">(.*?)<\/script>/s.exec(page)?.[1] ?? '';
    expect(JSON.parse(block)).toEqual({ endpointPath: '/sparql', examples: EXAMPLE_QUERIES });
  });

  it('keeps the service description for RDF clients', async () => {
    for (const accept of ['text/turtle', '*/*', undefined]) {
      const response = await fetch(endpoint.url, { headers: accept ? { accept } : {} });
      expect(response.headers.get('content-type'), String(accept)).toMatch(/^text\/turtle/);
      expect(await response.text()).toContain('http://www.w3.org/ns/sparql-service-description#');
    }
  });

  it('answers a browser query with results, and refuses the federated example', async () => {
    const query = (text: string) => fetch(`${endpoint.url}?query=${encodeURIComponent(text)}`, { headers: { accept: BROWSER_ACCEPT } });
    const answered = await query(EXAMPLE_QUERIES[0].query);
    expect(answered.status).toBe(200);
    expect(answered.headers.get('content-type')).toMatch(/^application\/sparql-results\+xml/);
    const refused = await query(EXAMPLE_QUERIES.find((e) => e.id === 'wikidata-divisions')?.query ?? '');
    expect(refused.status).toBe(403);
  });

  it('serves every file the page links, with its content type, from the installed bundle', async () => {
    const page = await (await fetch(`${endpoint.url}/ui/`)).text();
    const links = [...page.matchAll(/(?:src|href)="(\/sparql\/ui\/[^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, '&'));
    expect(links).toHaveLength(4);
    const origin = new URL(endpoint.url).origin;
    const expected: Record<string, RegExp> = { js: /^text\/javascript/, css: /^text\/css/ };
    for (const link of links) {
      const response = await fetch(origin + link);
      expect(response.status, link).toBe(200);
      expect(response.headers.get('content-type'), link).toMatch(expected[/\.(js|css)\?/.exec(link)?.[1] ?? '']);
    }
    const bundle = await (await fetch(`${endpoint.url}/ui/yasgui.min.js`)).text();
    const installed = await readFile(path.join(REPO_ROOT, 'node_modules/@zazuko/yasgui/build/yasgui.min.js'), 'utf8');
    expect(bundle).toBe(installed);
    expect((await fetch(`${endpoint.url}/ui/no-such-file.js`)).status).toBe(404);
  });
});

describe('query UI page and negotiation', () => {
  it('cannot be broken out of by an example', () => {
    const hostile = { id: 'x', title: { en: '<img src=x onerror=alert(1)>', zh: '"><b>' }, query: 'SELECT * { } # </script><script>alert(1)</script> <!-- \u2028' };
    const page = renderQueryUiPage({ endpointPath: '/sparql', assetsPath: '/sparql/ui', versions: {}, examples: [hostile] });
    expect(page).not.toMatch(/<img|<b>|<script>alert/);
    expect(page.match(/<\/script/gi)).toHaveLength(3);
    const block = /<script type="application\/json" id="jy-query-ui-config">(.*?)<\/script>/s.exec(page)?.[1] ?? '';
    expect(JSON.parse(block).examples[0]).toEqual(hostile);
  });

  it('wants the UI only for a GET without query that prefers HTML', () => {
    const request = (method: string, accept: string | undefined, query: Record<string, string> = {}) =>
      ({ method, query, headers: accept === undefined ? {} : { accept } }) as unknown as Parameters<typeof wantsQueryUi>[0];
    expect(wantsQueryUi(request('GET', BROWSER_ACCEPT))).toBe(true);
    expect(wantsQueryUi(request('GET', 'text/html'))).toBe(true);
    expect(wantsQueryUi(request('GET', 'text/turtle, text/html;q=0.5'))).toBe(false);
    expect(wantsQueryUi(request('GET', '*/*'))).toBe(false);
    expect(wantsQueryUi(request('GET', undefined))).toBe(false);
    expect(wantsQueryUi(request('GET', BROWSER_ACCEPT, { query: 'ASK {}' }))).toBe(false);
    expect(wantsQueryUi(request('POST', BROWSER_ACCEPT))).toBe(false);
  });

  it('refuses an endpoint path that is not an absolute path', () => {
    expect(() => createQueryUiRouter({ endpointPath: 'sparql' })).toThrow(TypeError);
  });
});

describe('query UI browser script', () => {
  /** Runs query-ui.js against the real page's config block, with a recording stand-in for YASGUI and the DOM. */
  function startScript() {
    const page = renderQueryUiPage({ endpointPath: '/sparql', assetsPath: '/sparql/ui', versions: {}, examples: EXAMPLE_QUERIES });
    const configText = /<script type="application\/json" id="jy-query-ui-config">(.*?)<\/script>/s.exec(page)?.[1] ?? '';
    const select = { value: '', onChange: () => undefined as void, addEventListener(_: string, listener: () => void) { this.onChange = listener; } };
    const elements: Record<string, unknown> = { 'jy-query-ui-config': { textContent: configText }, 'jy-yasgui': {}, 'jy-example-select': select };
    const tabs = new Map<string, { name: string; yasqe: { value: string }; requestConfig: { endpoint: string } }>();
    const state = { config: undefined as undefined | { requestConfig: { endpoint: string } }, selected: '' };
    class FakeYasgui {
      static Yasqe = { defaults: { autocompleters: ['prefixes', 'property', 'class', 'variables'], value: '' } };
      constructor(_root: unknown, config: { requestConfig: { endpoint: string } }) { state.config = config; }
      getTab(id: string) { return tabs.get(id); }
      selectTabId(id: string) { state.selected = id; }
      addTab(_active: boolean, tab: { id: string; name: string; yasqe: { value: string }; requestConfig: { endpoint: string } }) { tabs.set(tab.id, tab); state.selected = tab.id; }
    }
    const window = { Yasgui: FakeYasgui, location: { href: 'https://data.example.org/sparql' } };
    runInNewContext(QUERY_UI_SCRIPT, { window, document: { getElementById: (id: string) => elements[id] ?? null }, URL, JSON });
    return { select, tabs, state, Yasgui: FakeYasgui };
  }

  it('starts YASGUI offline on the absolute endpoint and opens a chosen example in its own tab', () => {
    const { select, tabs, state, Yasgui } = startScript();
    expect(Yasgui.Yasqe.defaults.autocompleters).toEqual(['prefixes', 'variables']);
    expect(Yasgui.Yasqe.defaults.value).toBe(EXAMPLE_QUERIES[0].query);
    expect(state.config?.requestConfig.endpoint).toBe('https://data.example.org/sparql');
    const award = EXAMPLE_QUERIES.find((e) => e.id === 'award-recipients');
    select.value = 'award-recipients';
    select.onChange();
    expect(tabs.get('example-award-recipients')).toMatchObject({ name: award?.title.zh, yasqe: { value: award?.query } });
    expect(select.value).toBe('');
    state.selected = '';
    select.value = 'award-recipients';
    select.onChange();
    expect(tabs.size).toBe(1);
    expect(state.selected).toBe('example-award-recipients');
  });
});
