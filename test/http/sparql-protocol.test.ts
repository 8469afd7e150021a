// W3C SPARQL 1.1 Protocol tests (protocol/manifest.ttl) for the query operation, against a live endpoint on port 0.
// The update_* tests (SPARQL Update expected to succeed) are left out: the endpoint is read-only by design. The
// bad_update_* tests stay: they expect a 4xx, which a read-only endpoint gives.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataFactory, type Store as N3Store, type Term } from 'n3';
import { describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../src/store/embedded-store.js';
import { startEndpoint } from '../w3c/endpoint.js';
import { listItems, one, readManifest, SPARQL11_DIR } from '../w3c/manifest.js';

const MF = 'http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#';
const HT = 'http://www.w3.org/2011/http#';
const UT = 'http://www.w3.org/2009/sparql/tests/test-update#';
const CNT = 'http://www.w3.org/2011/content#';
const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';

const { graph, iri } = readManifest(path.join(SPARQL11_DIR, 'protocol/manifest.ttl'));
const entries = listItems(graph, one(graph, DataFactory.namedNode(iri), `${MF}entries`))
  .filter((test) => !test.value.split('#')[1].startsWith('update_'));

const FORMAT_TYPES: Record<string, RegExp> = {
  boolean: /^application\/sparql-results\+(json|xml)/,
  tabular: /^(application\/sparql-results\+(json|xml)|text\/csv|text\/tab-separated-values)/,
  RDF: /^(text\/turtle|application\/n-triples|application\/rdf\+xml|application\/ld\+json)/,
};

function graphDataOf(g: N3Store, test: Term) {
  return g.getObjects(test, `${UT}graphData`, null).map((node) => ({
    path: fileURLToPath(one(g, node, `${UT}graph`)!.value),
    format: 'application/n-triples',
    graph: one(g, node, RDFS_LABEL)!.value,
  }));
}

async function checkRequest(g: N3Store, request: Term, endpointUrl: string): Promise<void> {
  const method = one(g, request, `${HT}methodName`)!.value;
  const target = endpointUrl + one(g, request, `${HT}absolutePath`)!.value.replace(/^\/sparql\//, '');
  const headers: Record<string, string> = {};
  for (const header of listItems(g, one(g, request, `${HT}headers`))) {
    headers[one(g, header, `${HT}fieldName`)!.value] = one(g, header, `${HT}fieldValue`)!.value;
  }
  const chars = one(g, one(g, request, `${HT}body`) ?? DataFactory.blankNode('none'), `${CNT}chars`)?.value;
  // Bytes, not a string, so fetch adds no Content-Type of its own.
  const response = await fetch(target, { method, headers, body: chars === undefined ? undefined : Buffer.from(chars) });
  const text = await response.text();
  const expected = one(g, request, `${HT}resp`)!;
  const classes = g.getObjects(expected, `${MF}expectedStatus`, null).map((term) => term.value.slice(-3, -2));
  expect(classes, `status ${response.status}: ${text}`).toContain(String(response.status)[0]);
  const format = one(g, expected, `${MF}expectedFormat`)?.value;
  if (format) expect(response.headers.get('content-type')).toMatch(FORMAT_TYPES[format]);
  const isTrue = one(g, expected, `${MF}expectedBoolean`)?.value;
  if (isTrue !== undefined) expect(JSON.parse(text).boolean).toBe(isTrue === 'true');
}

describe('W3C SPARQL 1.1 Protocol (query operation)', () => {
  it('has the query tests', () => {
    expect(entries.length).toBe(27);
  });
  for (const test of entries) {
    it(`${test.value.split('#')[1]}: ${one(graph, test, `${MF}name`)?.value}`, async () => {
      const store = await EmbeddedStore.open({ sources: graphDataOf(graph, test), standby: false });
      const endpoint = await startEndpoint(store);
      try {
        const requests = listItems(graph, one(graph, one(graph, test, `${MF}action`)!, `${HT}requests`));
        for (const request of requests) await checkRequest(graph, request, endpoint.url);
      } finally {
        await endpoint.close();
        await store.close();
      }
    });
  }
});
