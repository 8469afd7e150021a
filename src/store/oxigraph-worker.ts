// Worker thread entry: holds one oxigraph store and answers queries synchronously, off the HTTP event loop.
// Written so that it also runs when transpiled to CommonJS (see worker-script.ts): no import.meta, no top-level await.
import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { MessageChannel, parentPort, receiveMessageOnPort, Worker, workerData } from 'node:worker_threads';
import type * as Oxigraph from 'oxigraph';
import type {
  DataSource, GunzipMessage, GunzipThreadInit, WorkerInit, WorkerReply, WorkerRequest, WorkerScript,
} from './worker-messages.js';

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

/** Bytes read from a plain file per chunk. */
const READ_BYTES = 1 << 20;

/** The file's bytes in chunks, read synchronously (oxigraph pulls them as it parses). */
function* plainChunks(path: string, hash: Hash): Generator<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const buffer = new Uint8Array(READ_BYTES);
      const length = readSync(fd, buffer, 0, READ_BYTES, null);
      if (length === 0) return;
      const bytes = buffer.subarray(0, length);
      hash.update(bytes);
      yield bytes;
    }
  } finally {
    closeSync(fd);
  }
}

function startThread(script: WorkerScript, options: ConstructorParameters<typeof Worker>[1]): Worker {
  return script.kind === 'file' ? new Worker(new URL(script.href), options) : new Worker(script.code, { ...options, eval: true });
}

/** The inflated bytes of a .gz file, from a gunzip thread; blocks only while that thread has no chunk ready. */
function* gunzippedChunks(path: string, onDigest: (sha256: string) => void): Generator<Uint8Array> {
  const posted = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const threadInit: GunzipThreadInit = { path, port: port2, posted };
  const thread = startThread(init.gunzipScript, { workerData: threadInit, transferList: [port2] });
  try {
    for (;;) {
      const count = Atomics.load(posted, 0);
      const received = receiveMessageOnPort(port1);
      if (!received) {
        Atomics.wait(posted, 0, count);
        continue;
      }
      port1.postMessage('taken');
      const message = received.message as GunzipMessage;
      if (message.type === 'chunk') yield message.bytes;
      else if (message.type === 'failed') throw new Error(`${path}: ${message.message}`);
      else return onDigest(message.sha256);
    }
  } finally {
    port1.close();
    void thread.terminate();
  }
}

/** SHA-256 of a file's bytes, read synchronously. */
function fileDigest(path: string): string {
  const hash = createHash('sha256');
  for (const bytes of plainChunks(path, hash)) void bytes;
  return hash.digest('hex');
}

function checkDigest(path: string, actual: string, expected: string): void {
  if (actual === expected.toLowerCase()) return;
  throw new Error(`${path} changed since its checksum was verified (SHA-256 ${actual.slice(0, 12)}…, expected ${expected.slice(0, 12)}…)`);
}

/**
 * The file's bytes in chunks (inflated when it ends in .gz). With `sha256`, the file is checked before (so that a
 * file replaced since start-up fails at once, not after a full parse) and the bytes read are checked at the end.
 */
function* fileChunks(path: string, sha256: string | undefined): Generator<Uint8Array> {
  if (sha256 !== undefined) checkDigest(path, fileDigest(path), sha256);
  let actual = '';
  if (path.endsWith('.gz')) {
    yield* gunzippedChunks(path, (digest) => (actual = digest));
  } else {
    const hash = createHash('sha256');
    yield* plainChunks(path, hash);
    actual = hash.digest('hex');
  }
  if (sha256 !== undefined) checkDigest(path, actual, sha256);
}

/** Loads one source in one load() call, so that a blank node label means the same node throughout the file. */
function loadSource(store: Oxigraph.Store, source: DataSource): void {
  let failure: unknown;
  const chunks = source.path === undefined ? undefined : (function* remembered(path: string): Generator<Uint8Array> {
    try {
      yield* fileChunks(path, source.sha256);
    } catch (error) {
      failure = error; // oxigraph rethrows it wrapped, with the stack in the message
      throw error;
    }
  })(source.path);
  try {
    store.load(chunks ?? source.text ?? '', {
      format: source.format ?? 'application/n-quads',
      base_iri: source.baseIri,
      to_graph_name: source.graph === undefined ? undefined : ox.namedNode(source.graph),
      lenient: source.lenient ?? false,
    });
  } catch (error) {
    if (failure instanceof Error) throw failure;
    if (source.path !== undefined && error instanceof Error) error.message = `${source.path}: ${error.message}`;
    throw error;
  } finally {
    chunks?.return(undefined); // stops a gunzip thread still running when parsing failed
  }
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

/**
 * Runs the query as SELECT/ASK first, or as CONSTRUCT/DESCRIBE first when the caller said so; oxigraph refuses a
 * mismatched format before evaluating, but after parsing and planning (≈ 40 % of a small CONSTRUCT), hence the hint.
 */
function runQuery(store: Oxigraph.Store, request: Extract<WorkerRequest, { type: 'query' }>): WorkerReply {
  const options = datasetOptions(request);
  if (request.expectsTriples) {
    try {
      return checkedQuads(request, store.query(request.sparql, { ...options, results_format: GRAPH_FORMAT }) as string);
    } catch (error) {
      if (!WRONG_FORM.test(messageOf(error))) throw error;
    }
  }
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
