// The messages exchanged between EmbeddedStore (main thread), the oxigraph worker thread and its gunzip thread.
import type { MessagePort } from 'node:worker_threads';

/** One input of the embedded dataset. Exactly one of `text` and `path` is set. */
export interface DataSource {
  /** The RDF text itself. */
  text?: string;
  /**
   * A file the worker reads itself, streaming (memory stays bounded whatever its size); a name ending in `.gz` is
   * gunzipped on the way.
   */
  path?: string;
  /** With `path`: the SHA-256 (hex) its bytes must have; the load fails when they differ. Default: not checked. */
  sha256?: string;
  /**
   * Skip oxigraph's validation of IRIs and language tags (about 30 % less load time). Only for data that this program
   * wrote and whose checksum was verified: invalid terms would be loaded as they are. Default false.
   */
  lenient?: boolean;
  /** Media type understood by oxigraph (default `application/n-quads`; also `text/turtle`, `application/n-triples`, `application/rdf+xml`, `application/trig`). */
  format?: string;
  /** Graph IRI that triples go into; absent → as written in the data (the default graph for triple formats). */
  graph?: string;
  /** Base IRI for relative IRIs in the data. */
  baseIri?: string;
}

/** How to start a thread: a file URL to run, or CommonJS code to evaluate (both can travel in `workerData`). */
export type WorkerScript = { kind: 'file'; href: string } | { kind: 'eval'; code: string };

/** `workerData` of a worker. */
export interface WorkerInit {
  /** A file URL inside the project, so the worker resolves `oxigraph` from the project's node_modules. */
  requireBase: string;
  /** The gunzip thread the worker starts for each `.gz` source. */
  gunzipScript: WorkerScript;
  sources: DataSource[];
  /** Whether the default graph is the union of all named graphs (when the request names no dataset). */
  unionDefaultGraph: boolean;
}

/** Main → worker. */
export type WorkerRequest =
  | {
      type: 'query';
      id: number;
      sparql: string;
      baseIri?: string;
      defaultGraphUris?: string[];
      namedGraphUris?: string[];
      maxRows?: number;
      /** The caller says the query is a CONSTRUCT or DESCRIBE: ask for triples first instead of solutions. */
      expectsTriples?: boolean;
    }
  | { type: 'count'; id: number };

/** Why a request failed in the worker. */
/** `poisoned`: the WebAssembly engine trapped (e.g. a stack overflow); the worker must not be used again. */
export type WorkerFailure = 'syntax' | 'too-large' | 'engine' | 'poisoned';

/** Worker → main. */
export type WorkerReply =
  | { type: 'ready'; quadCount: number }
  | { type: 'load-failed'; message: string }
  | { type: 'boolean'; id: number; value: boolean }
  | { type: 'bindings'; id: number; json: string }
  | { type: 'quads'; id: number; ntriples: string }
  | { type: 'count'; id: number; value: number }
  | { type: 'failed'; id: number; failure: WorkerFailure; message: string; maxRows?: number };

/** `workerData` of a gunzip thread. */
export interface GunzipThreadInit {
  path: string;
  /** Where the chunks go; the reader answers each chunk it takes with a message, so at most a few are in flight. */
  port: MessagePort;
  /** `[0]`: messages posted so far; the reader blocks on it (Atomics.wait) while no message is waiting. */
  posted: Int32Array;
}

/** Gunzip thread → oxigraph worker. */
export type GunzipMessage =
  | { type: 'chunk'; bytes: Uint8Array }
  /** The whole file was read; `sha256` is that of its (compressed) bytes. */
  | { type: 'end'; sha256: string }
  | { type: 'failed'; message: string };
