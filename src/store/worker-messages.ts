// The messages exchanged between EmbeddedStore (main thread) and the oxigraph worker thread.

/** One input of the embedded dataset. Exactly one of `text` and `path` is set. */
export interface DataSource {
  /** The RDF text itself. */
  text?: string;
  /** A file the worker reads itself (keeps big dumps off the main thread). */
  path?: string;
  /** Media type understood by oxigraph (default `application/n-quads`; also `text/turtle`, `application/n-triples`, `application/rdf+xml`, `application/trig`). */
  format?: string;
  /** Graph IRI that triples go into; absent → as written in the data (the default graph for triple formats). */
  graph?: string;
  /** Base IRI for relative IRIs in the data. */
  baseIri?: string;
}

/** `workerData` of a worker. */
export interface WorkerInit {
  /** A file URL inside the project, so the worker resolves `oxigraph` from the project's node_modules. */
  requireBase: string;
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
