// Bounded load run on loopback: builds the dev corpus, serves it on 127.0.0.1:0 and drives it with autocannon over a mix
// of dereferencing (303 + Turtle/HTML documents), dump downloads with Range, and the example SPARQL queries.
// Reports errors, p50/p99 latency and req/s; exits non-zero on any error or unexpected status.
//
//   npx tsx bench/load.ts [--duration 60] [--connections 64]
import autocannon from 'autocannon';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EXAMPLE_QUERIES } from '../src/http/query-ui/example-queries.js';
import { startServer, type RunningServer } from '../src/http/server.js';
import { runBuild } from '../src/publish/build.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEV_CORPUS = path.resolve(repoRoot, '../shared/corpus/dev');
const BASE = 'https://data.example.org/jiyao/';

const { values: flags } = parseArgs({
  options: { duration: { type: 'string', default: '60' }, connections: { type: 'string', default: '64' } },
});

/** The example queries that stay on this endpoint (those using SERVICE are refused by design). */
const LOCAL_EXAMPLES = EXAMPLE_QUERIES.filter((example) => !/\bSERVICE\b/i.test(example.query));

/** Statuses the mix is expected to produce: documents, 303 redirects, partial downloads. */
const EXPECTED_STATUSES = new Set(['200', '206', '303']);

/** Paths (under the server) of a few meetings, found with a query so the mix follows the built data. */
async function meetingPaths(serverUrl: string): Promise<string[]> {
  const query = `SELECT DISTINCT ?m WHERE { ?m a <https://w3id.org/jiyao/ontology#Meeting> } ORDER BY ?m LIMIT 8`;
  const response = await fetch(`${serverUrl}sparql?query=${encodeURIComponent(query)}`, { headers: { Accept: 'application/sparql-results+json' } });
  const json = await response.json() as { results: { bindings: Array<{ m: { value: string } }> } };
  return json.results.bindings.map((b) => b.m.value).filter((iri) => iri.startsWith(BASE)).map((iri) => `/${iri.slice(BASE.length)}`);
}

/** One pass of the mix, repeated by every connection: 40% dereferencing, 20% downloads, 40% SPARQL. */
function requestMix(meetings: string[]): autocannon.Request[] {
  const requests: autocannon.Request[] = [];
  meetings.forEach((idPath, i) => {
    const docPath = idPath.replace(/^\/id\//, '/doc/');
    requests.push({ method: 'GET', path: encodeURI(idPath), headers: { accept: 'text/turtle' } });
    requests.push({ method: 'GET', path: encodeURI(docPath), headers: { accept: i % 2 ? 'text/html' : 'text/turtle' } });
    requests.push({ method: 'GET', path: '/downloads/jiyao.nq.gz', headers: { range: `bytes=${i * 1024}-${i * 1024 + 4095}` } });
    const example = LOCAL_EXAMPLES[i % LOCAL_EXAMPLES.length];
    requests.push({ method: 'GET', path: `/sparql?query=${encodeURIComponent(example.query)}`, headers: { accept: 'application/sparql-results+json' } });
    requests.push({ method: 'POST', path: '/sparql', headers: { accept: 'application/sparql-results+json', 'content-type': 'application/sparql-query' }, body: 'ASK { ?s ?p ?o }' });
  });
  return requests;
}

async function buildDataset(tmp: string): Promise<string> {
  const input = path.join(tmp, 'input');
  await cp(DEV_CORPUS, input, { recursive: true, filter: (source) => !source.endsWith('.json') });
  await runBuild({ input, output: path.join(tmp, 'site'), base: BASE, toolVersion: 'load', workers: 2 });
  return path.join(tmp, 'site');
}

function report(result: autocannon.Result, unexpected: number): void {
  const statuses = Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => `${code}: ${stat.count}`).join(', ');
  console.log(`load: ${result.duration.toFixed(0)} s at ${result.connections} connections on loopback, ${result.requests.total} requests`);
  console.log(`  statuses: ${statuses}`);
  console.log(`  errors: ${result.errors} (timeouts ${result.timeouts}), unexpected statuses: ${unexpected}`);
  console.log(`  latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(`  throughput: ${result.requests.average.toFixed(0)} req/s (mean), ${(result.throughput.average / 2 ** 20).toFixed(1)} MiB/s`);
}

async function run(): Promise<number> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'jiyao-load-'));
  let server: RunningServer | undefined;
  try {
    const dataDir = await buildDataset(tmp);
    // Every connection comes from 127.0.0.1, i.e. one client: its share is raised to the connection count.
    const connections = Number(flags.connections);
    server = await startServer({
      dataDir, port: 0, host: '127.0.0.1', timeoutMs: 30_000,
      queryLimits: { maxPerClient: connections, maxQueued: connections },
    });
    const meetings = await meetingPaths(server.url);
    if (meetings.length === 0) throw new Error('the built dataset has no meetings to dereference');
    const result = await autocannon({
      url: server.url.replace('localhost', '127.0.0.1'), connections, duration: Number(flags.duration), requests: requestMix(meetings),
      timeout: 35, // seconds: above the server's 30 s query budget, so a slow answer is measured rather than dropped
    });
    const unexpected = Object.entries(result.statusCodeStats ?? {})
      .filter(([code]) => !EXPECTED_STATUSES.has(code)).reduce((sum, [, stat]) => sum + Number(stat.count), 0);
    report(result, unexpected);
    return result.errors === 0 && result.timeouts === 0 && unexpected === 0 ? 0 : 1;
  } finally {
    await server?.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

process.exitCode = await run();
