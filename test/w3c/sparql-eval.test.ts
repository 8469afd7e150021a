// Runs the W3C SPARQL 1.1 query evaluation and CSV/TSV result tests through the HTTP endpoint (SPARQL 1.1 Protocol).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sparqljs from 'sparqljs';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore, type DataSource } from '../../src/store/embedded-store.js';
import type { QueryOptions, Store } from '../../src/store/store.js';
import { compareResults } from './compare.js';
import { startEndpoint, type RunningEndpoint } from './endpoint.js';
import { KNOWN_FAILURES } from './known-failures.js';
import { loadEvalTests, type EvalTest } from './manifest.js';
import { comparison, parseCsv, parseSrj, parseSrx, parseTsv, parseTurtleResult, type ResultSet } from './result-sets.js';

const FORMAT_BY_EXTENSION: Record<string, string> = {
  '.ttl': 'text/turtle', '.rdf': 'application/rdf+xml', '.nt': 'application/n-triples', '.nq': 'application/n-quads',
};

const fileOf = (iri: string): string => fileURLToPath(iri);
const formatOf = (iri: string): string => FORMAT_BY_EXTENSION[path.extname(iri)];

/** qt:data goes into the real default graph (union mode off), each qt:graphData into the graph named by its IRI. */
function sourcesOf(test: EvalTest): DataSource[] {
  const data = test.data ? [{ path: fileOf(test.data), format: formatOf(test.data), baseIri: test.data }] : [];
  const named = test.graphData.map((iri) => ({ path: fileOf(iri), format: formatOf(iri), baseIri: iri, graph: iri }));
  return [...data, ...named];
}

/** One endpoint for the whole suite; the store behind it is swapped when the test data changes. */
class SwitchableStore implements Store {
  current: EmbeddedStore | undefined;
  private key = '';
  async use(key: string, sources: DataSource[]): Promise<void> {
    if (key === this.key && this.current) return;
    await this.current?.close();
    this.current = undefined;
    this.key = key;
    this.current = await EmbeddedStore.open({ sources, unionDefaultGraph: false, standby: false });
  }
  query(sparql: string, options: QueryOptions) {
    return this.current!.query(sparql, options);
  }
  countQuads() {
    return this.current!.countQuads();
  }
  async close() {
    await this.current?.close();
  }
}

function expectedOf(test: EvalTest): ResultSet {
  const text = readFileSync(fileOf(test.result), 'utf8');
  switch (path.extname(test.result)) {
    case '.srx': return parseSrx(text);
    case '.srj': return parseSrj(text);
    case '.tsv': return parseTsv(text);
    case '.csv': return parseCsv(text);
    default: return parseTurtleResult(text, test.result);
  }
}

function acceptFor(test: EvalTest): string {
  if (test.isCsvTest) return 'text/csv';
  if (test.result.endsWith('.tsv')) return 'text/tab-separated-values';
  return 'application/sparql-results+json, application/n-triples;q=0.9';
}

function parseAnswer(contentType: string, text: string): ResultSet {
  if (contentType.startsWith('application/sparql-results+json')) return parseSrj(text);
  if (contentType.startsWith('text/csv')) return parseCsv(text);
  if (contentType.startsWith('text/tab-separated-values')) return parseTsv(text);
  return { kind: 'graph', quads: new Parser({ format: 'application/n-triples', blankNodePrefix: '' }).parse(text) };
}

/** Runs one test; undefined = passed, otherwise the reason. */
async function run(test: EvalTest, store: SwitchableStore, endpoint: RunningEndpoint): Promise<string | undefined> {
  const sources = sourcesOf(test);
  await store.use(JSON.stringify(sources), sources);
  // The protocol has no base parameter: the query file's IRI becomes its base through a BASE declaration.
  const query = `BASE <${test.query}>\n${readFileSync(fileOf(test.query), 'utf8')}`;
  const response = await fetch(endpoint.url, {
    method: 'POST',
    headers: { 'content-type': 'application/sparql-query', accept: acceptFor(test) },
    body: query,
  });
  const text = await response.text();
  if (!response.ok) return `HTTP ${response.status}: ${text.trim()}`;
  const isOrdered = !!(new sparqljs.Parser().parse(query) as { order?: unknown[] }).order;
  const [actual, expected] = [parseAnswer(response.headers.get('content-type') ?? '', text), expectedOf(test)];
  comparison.isNumericByValue = false;
  if (compareResults(actual, expected, isOrdered) !== undefined) strictFailures.add(test.id);
  comparison.isNumericByValue = true;
  return compareResults(actual, expected, isOrdered);
}

/** Tests that pass only because numeric literals are compared by value (oxigraph writes them canonically). */
const strictFailures = new Set<string>();

const tests = loadEvalTests().sort((a, b) => sourcesKey(a).localeCompare(sourcesKey(b)));
function sourcesKey(test: EvalTest): string {
  return JSON.stringify(sourcesOf(test));
}

describe('W3C SPARQL 1.1 query evaluation through the protocol', () => {
  const store = new SwitchableStore();
  let endpoint: RunningEndpoint;
  const outcomes = new Map<string, string | undefined>();
  beforeAll(async () => {
    endpoint = await startEndpoint(store);
  });
  afterAll(async () => {
    await endpoint.close();
    await store.close();
  });

  for (const test of tests) {
    it(`${test.id}: ${test.name}`, async () => {
      const failure = await run(test, store, endpoint).catch((error: Error) => `runner error: ${error.message}`);
      outcomes.set(test.id, failure);
      const known = KNOWN_FAILURES[test.id];
      if (known) expect(failure, `${test.id} is listed as a known failure (${known}) but passes: remove it`).toBeDefined();
      else expect(failure).toBeUndefined();
    });
  }

  it('passes at least 95% of the approved tests', () => {
    const approved = tests.filter((test) => test.isApproved);
    const passed = approved.filter((test) => outcomes.has(test.id) && outcomes.get(test.id) === undefined);
    const strict = passed.filter((test) => !strictFailures.has(test.id));
    console.log(`W3C SPARQL 1.1 evaluation: approved ${passed.length}/${approved.length} passed ` +
      `(${strict.length} with numeric lexical forms compared strictly); ` +
      `all ${[...outcomes.values()].filter((o) => o === undefined).length}/${tests.length}`);
    for (const [id, failure] of outcomes) if (failure) console.log(`  ${id}: ${failure.slice(0, 300)}`);
    expect(passed.length / approved.length).toBeGreaterThanOrEqual(0.95);
  });
});
