// Protocol checklist of dereferencing and content negotiation, against a real server on port 0 (names after oxigraph's server tests).
import { isomorphic } from 'rdf-isomorphic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_BASE, MEETING_PATH, startFixtureServer, type FixtureServer } from './fixture-server.js';
import { parseRdf } from './rdf-parse.js';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => server.close());

// An explicit Cache-Control keeps fetch from adding `no-cache` to conditional requests (which forces a full answer).
const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  fetch(server.url + path, { method, headers: { 'cache-control': 'max-age=0', ...headers }, redirect: 'manual' });
const doc = `doc/${MEETING_PATH}`;
const mediaType = (r: Response) => r.headers.get('content-type')?.split(';')[0];

describe('dereferencing', () => {
  it('get_id_redirects_303_to_doc', async () => {
    const r = await get(`id/${MEETING_PATH}`, { accept: 'text/turtle' });
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe(`${server.url}${doc}`);
    expect(r.headers.get('vary')).toMatch(/Accept/);
  });

  it('get_id_with_suffix_keeps_suffix', async () => {
    const r = await get(`id/${MEETING_PATH}.jsonld`);
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe(`${server.url}${doc}.jsonld`);
  });

  it('get_id_behind_proxy_uses_forwarded_host', async () => {
    const r = await get(`id/${MEETING_PATH}`, { 'x-forwarded-host': 'minutes.example.cn', 'x-forwarded-proto': 'https' });
    expect(r.headers.get('location')).toBe(`https://minutes.example.cn/${doc}`);
    const f = await get(`id/${MEETING_PATH}`, { forwarded: 'for=1.2.3.4;proto=https;host="lod.example.net"' });
    expect(f.headers.get('location')).toBe(`https://lod.example.net/${doc}`);
  });

  it('get_doc_describes_the_thing_by_path_under_the_dataset_base', async () => {
    const r = await get(doc, { accept: 'application/n-triples' });
    expect(r.status).toBe(200);
    const quads = await parseRdf(await r.text(), 'application/n-triples');
    const thing = `${FIXTURE_BASE}id/${MEETING_PATH}`;
    const facts = quads.filter((q) => q.subject.value === thing).map((q) => `${q.predicate.value.replace(/.*[#/]/, '')} ${q.object.value}`);
    expect(facts).toContain('sessionNumber 56');
    expect(facts).toContain(`chair ${FIXTURE_BASE}id/person/320402/%E5%BC%A0%E4%B8%89`);
    // labels of linked things, the evidence node, and the page's minutes with their source and tamper flag
    expect(quads.some((q) => q.subject.value.endsWith('%E5%BC%A0%E4%B8%89') && q.object.value === '张三')).toBe(true);
    expect(quads.some((q) => q.subject.value === `${thing}#evidence-1` && q.object.value === '区长张三主持会议')).toBe(true);
    expect(quads.some((q) => q.subject.value === `${thing}/minutes` && q.predicate.value.endsWith('#tampered'))).toBe(true);
  });

  it('get_doc_has_incoming_links', async () => {
    const r = await get(`doc/${MEETING_PATH}/item/1`, { accept: 'application/n-triples' });
    const quads = await parseRdf(await r.text(), 'application/n-triples');
    const incoming = quads.filter((q) => q.object.value === `${FIXTURE_BASE}id/${MEETING_PATH}/item/1`);
    expect(incoming.map((q) => q.subject.value)).toEqual([`${FIXTURE_BASE}id/${MEETING_PATH}`]);
  });

  it('get_doc_unknown_is_404_in_rdf_or_html', async () => {
    const turtle = await get('doc/meeting/999999/2020-01-01/executive-1', { accept: 'text/turtle' });
    expect(turtle.status).toBe(404);
    expect(mediaType(turtle)).toBe('text/turtle');
    expect(await parseRdf(await turtle.text(), 'text/turtle')).toEqual([]);
    const page = await get('doc/meeting/999999/2020-01-01/executive-1', { accept: 'text/html' });
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('<h1>404 Not Found</h1>');
  });

  it('unknown_route_is_404_without_stack', async () => {
    const r = await get('no/such/thing');
    expect(r.status).toBe(404);
    expect(await r.text()).not.toMatch(/\n\s+at /);
  });

  it('post_doc_is_405', async () => {
    const r = await get(doc, { 'content-type': 'text/plain' }, 'POST');
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toContain('GET');
  });
});

describe('content negotiation', () => {
  it('get_doc_no_accept_is_turtle', async () => {
    const r = await get(doc);
    expect(mediaType(r)).toBe('text/turtle');
  });

  it('get_doc_accept_star', async () => {
    expect(mediaType(await get(doc, { accept: '*/*' }))).toBe('text/turtle');
  });

  it('get_doc_accept_substar', async () => {
    expect(mediaType(await get(doc, { accept: 'application/*' }))).toBe('application/ld+json');
    expect(mediaType(await get(doc, { accept: 'text/*' }))).toBe('text/turtle');
  });

  it('get_doc_q_values_order', async () => {
    const r = await get(doc, { accept: 'text/turtle;q=0.5, application/n-triples;q=0.9, text/html;q=0.1' });
    expect(mediaType(r)).toBe('application/n-triples');
  });

  it('get_doc_browser_accept_is_html', async () => {
    const r = await get(doc, { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' });
    expect(mediaType(r)).toBe('text/html');
  });

  it('get_doc_wildcard_exclusion', async () => {
    const r = await get(doc, { accept: 'text/turtle;q=0, */*;q=0.5' });
    expect(r.status).toBe(200);
    expect(mediaType(r)).not.toBe('text/turtle');
  });

  it('get_doc_unsupported_is_406_with_links', async () => {
    const r = await get(doc, { accept: 'image/png' });
    expect(r.status).toBe(406);
    const body = await r.text();
    for (const suffix of ['ttl', 'jsonld', 'nt', 'rdf', 'html']) expect(body).toContain(`href="${server.url}${doc}.${suffix}"`);
  });

  it('get_doc_suffix_selects_format', async () => {
    const cases: [string, string][] = [['ttl', 'text/turtle'], ['jsonld', 'application/ld+json'], ['nt', 'application/n-triples'],
      ['rdf', 'application/rdf+xml'], ['html', 'text/html']];
    for (const [suffix, type] of cases) {
      const r = await get(`${doc}.${suffix}`, { accept: 'image/png' });
      expect(r.status).toBe(200);
      expect(mediaType(r)).toBe(type);
    }
  });

  it('get_doc_headers_vary_cors_link', async () => {
    const r = await get(doc, { accept: 'text/turtle' });
    expect(r.headers.get('vary')).toMatch(/Accept/);
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
    const link = r.headers.get('link') ?? '';
    expect(link).toContain(`<${server.url}${doc}.jsonld>; rel="alternate"; type="application/ld+json"`);
    expect(link).toContain(`<${server.url}${doc}.rdf>; rel="alternate"; type="application/rdf+xml"`);
    expect(r.headers.get('content-location')).toBe(`${server.url}${doc}.ttl`);
    expect(r.headers.get('last-modified')).toBe(new Date('2024-05-02T09:30:00Z').toUTCString());
  });

  it('get_doc_etag_if_none_match_304', async () => {
    const first = await get(`${doc}.ttl`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get(`${doc}.ttl`);
    expect(again.headers.get('etag')).toBe(etag);
    const cached = await get(`${doc}.ttl`, { 'if-none-match': etag as string });
    expect(cached.status).toBe(304);
    expect(await cached.text()).toBe('');
    const other = await get(`${doc}.nt`, { 'if-none-match': etag as string });
    expect(other.status).toBe(200);
  });

  it('get_doc_if_modified_since_304', async () => {
    const cached = await get(`${doc}.ttl`, { 'if-modified-since': new Date('2024-06-01T00:00:00Z').toUTCString() });
    expect(cached.status).toBe(304);
    const stale = await get(`${doc}.ttl`, { 'if-modified-since': new Date('2024-01-01T00:00:00Z').toUTCString() });
    expect(stale.status).toBe(200);
  });

  it('head_doc_has_headers_and_no_body', async () => {
    const r = await get(doc, { accept: 'application/ld+json' }, 'HEAD');
    expect(r.status).toBe(200);
    expect(mediaType(r)).toBe('application/ld+json');
    expect(r.headers.get('etag')).toBeTruthy();
    expect(await r.text()).toBe('');
  });

  it('get_doc_gzip_when_asked', async () => {
    const r = await get(`${doc}.ttl`, { 'accept-encoding': 'gzip' });
    expect(r.headers.get('content-encoding')).toBe('gzip');
    expect(await r.text()).toContain('区长张三主持会议');
  });

  it('gzips every rdf format and sparql results format when asked', async () => {
    const docs = [['ttl', 'text/turtle'], ['nt', 'application/n-triples'], ['jsonld', 'application/ld+json'], ['rdf', 'application/rdf+xml']];
    for (const [suffix, type] of docs) {
      const r = await get(`${doc}.${suffix}`, { 'accept-encoding': 'gzip' });
      expect(mediaType(r), suffix).toBe(type);
      expect(r.headers.get('content-encoding'), suffix).toBe('gzip');
      expect(await r.text(), suffix).toContain('张三');
    }
    const construct = encodeURIComponent('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 100');
    for (const type of ['application/n-triples', 'text/turtle']) {
      const r = await get(`sparql?query=${construct}`, { accept: type, 'accept-encoding': 'gzip' });
      expect(r.status, type).toBe(200);
      expect(r.headers.get('content-encoding'), type).toBe('gzip');
    }
    const plain = await get(`${doc}.nt`, { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  it('every_rdf_format_is_the_same_graph', async () => {
    for (const path of [doc, `doc/${MEETING_PATH}/item/1`, `doc/person/320402/%E5%BC%A0%E4%B8%89`, 'ontology', '.well-known/void']) {
      const graphs = [];
      for (const [suffix, type] of [['ttl', 'text/turtle'], ['nt', 'application/n-triples'], ['jsonld', 'application/ld+json'], ['rdf', 'application/rdf+xml']]) {
        const r = await get(`${path}.${suffix}`);
        if (path === '.well-known/void' && suffix === 'rdf') {
          expect(r.status).toBe(404);
          continue;
        }
        expect(r.status).toBe(200);
        graphs.push(await parseRdf(await r.text(), type));
      }
      expect(graphs[0].length).toBeGreaterThan(0);
      for (const graph of graphs.slice(1)) expect(isomorphic(graph, graphs[0])).toBe(true);
    }
  });

  it('get_doc_rdfxml_refuses_characters_xml_cannot_carry', async () => {
    // the organisation's label holds U+0007, which XML 1.0 cannot carry: 406 rather than a silently altered graph
    const r = await get(`doc/${MEETING_PATH}/item/1/resolution/1.rdf`, { accept: 'application/rdf+xml' });
    expect(r.status).toBe(406);
    const blank = await parseRdf(await (await get(`doc/${MEETING_PATH}/item/1/resolution/1.ttl`)).text(), 'text/turtle');
    const nt = await parseRdf(await (await get(`doc/${MEETING_PATH}/item/1/resolution/1.nt`)).text(), 'application/n-triples');
    const json = await parseRdf(await (await get(`doc/${MEETING_PATH}/item/1/resolution/1.jsonld`)).text(), 'application/ld+json');
    expect(blank.some((q) => q.object.termType === 'BlankNode')).toBe(true);
    expect(isomorphic(nt, blank) && isomorphic(json, blank)).toBe(true);
  });

  it('html_embeds_the_same_graph_as_json_ld', async () => {
    const html = await (await get(`${doc}.html`)).text();
    const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
    expect(match).not.toBeNull();
    const embedded = await parseRdf(match?.[1] ?? '', 'application/ld+json');
    const turtle = await parseRdf(await (await get(`${doc}.ttl`)).text(), 'text/turtle');
    expect(isomorphic(embedded, turtle)).toBe(true);
  });
});
