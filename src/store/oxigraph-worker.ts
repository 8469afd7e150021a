// Worker thread entry: holds one oxigraph store and answers queries synchronously, off the HTTP event loop.
// Written so that it also runs when transpiled to CommonJS (see worker-script.ts): no import.meta, no top-level await.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type * as Oxigraph from 'oxigraph';
import type { DataSource, WorkerInit, WorkerReply, WorkerRequest } from './worker-messages.js';

const SELECT_FORMAT = 'application/sparql-results+json';
const GRAPH_FORMAT = 'application/n-triples';
/** oxigraph's message when a results format does not fit the query form (checked before evaluation). */
const WRONG_FORM = /^Not supported (RDF format|SPARQL query results format) media type/;
/** oxigraph's parser messages start with the position, e.g. `error at 1:17: expected one of …`. */
const SYNTAX_ERROR = /^error at \d+:\d+/;

const init = workerData as WorkerInit;
const ox = createRequire(init.requireBase)('oxigraph') as typeof Oxigraph;
const port = parentPort!;

function send(reply: WorkerReply): void {
  port.postMessage(reply);
}

function loadSource(store: Oxigraph.Store, source: DataSource): void {
  const input = source.text ?? readFileSync(source.path!, 'utf8');
  store.load(input, {
    format: source.format ?? 'application/n-quads',
    base_iri: source.baseIri,
    to_graph_name: source.graph === undefined ? undefined : ox.namedNode(source.graph),
  });
}

function datasetOptions(request: Extract<WorkerRequest, { type: 'query' }>): Record<string, unknown> {
  const options: Record<string, unknown> = { base_iri: request.baseIri };
  if (request.defaultGraphUris !== undefined || request.namedGraphUris !== undefined) {
    options.default_graph = (request.defaultGraphUris ?? []).map((iri) => ox.namedNode(iri));
    options.named_graphs = (request.namedGraphUris ?? []).map((iri) => ox.namedNode(iri));
  } else {
    options.use_default_graph_as_union = init.unionDefaultGraph;
  }
  return options;
}

/** Runs the query as SELECT/ASK first; oxigraph refuses a mismatched format before evaluating, so the retry is cheap. */
function runQuery(store: Oxigraph.Store, request: Extract<WorkerRequest, { type: 'query' }>): WorkerReply {
  const options = datasetOptions(request);
  let text: string;
  try {
    text = store.query(request.sparql, { ...options, results_format: SELECT_FORMAT }) as string;
  } catch (error) {
    if (!WRONG_FORM.test(messageOf(error))) throw error;
    const ntriples = store.query(request.sparql, { ...options, results_format: GRAPH_FORMAT }) as string;
    return checkedQuads(request, ntriples);
  }
  const parsed = JSON.parse(text) as { boolean?: boolean; results?: { bindings: unknown[] } };
  if (typeof parsed.boolean === 'boolean') return { type: 'boolean', id: request.id, value: parsed.boolean };
  const rows = parsed.results?.bindings.length ?? 0;
  if (request.maxRows !== undefined && rows > request.maxRows) return tooLarge(request.id, request.maxRows);
  return { type: 'bindings', id: request.id, json: text };
}

function checkedQuads(request: Extract<WorkerRequest, { type: 'query' }>, ntriples: string): WorkerReply {
  if (request.maxRows !== undefined) {
    let lines = 0;
    for (let at = ntriples.indexOf('\n'); at !== -1; at = ntriples.indexOf('\n', at + 1)) lines++;
    if (lines > request.maxRows) return tooLarge(request.id, request.maxRows);
  }
  return { type: 'quads', id: request.id, ntriples };
}

function tooLarge(id: number, maxRows: number): WorkerReply {
  return { type: 'failed', id, failure: 'too-large', maxRows, message: `more than ${maxRows} rows` };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function answer(store: Oxigraph.Store, request: WorkerRequest): WorkerReply {
  try {
    if (request.type === 'count') return { type: 'count', id: request.id, value: store.size };
    return runQuery(store, request);
  } catch (error) {
    const message = messageOf(error);
    // A WebAssembly.RuntimeError (a trap) leaves the engine's memory in an unknown state: every later query would fail too.
    if (error instanceof Error && error.name === 'RuntimeError') return { type: 'failed', id: request.id, failure: 'poisoned', message };
    return { type: 'failed', id: request.id, failure: SYNTAX_ERROR.test(message) ? 'syntax' : 'engine', message };
  }
}

function start(): void {
  const store = new ox.Store();
  try {
    for (const source of init.sources) loadSource(store, source);
  } catch (error) {
    send({ type: 'load-failed', message: messageOf(error) });
    return;
  }
  port.on('message', (request: WorkerRequest) => send(answer(store, request)));
  send({ type: 'ready', quadCount: store.size });
}

start();
