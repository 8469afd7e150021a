// The Store contract every SPARQL engine behind the endpoint implements (embedded oxigraph now, a remote endpoint later).
import type { Quad, Term } from '@rdfjs/types';

/** Options of one query. */
export interface QueryOptions {
  /** Wall-clock budget in milliseconds; past it the query is abandoned with {@link QueryTimeoutError}. */
  timeoutMs: number;
  /** Protocol `default-graph-uri` values: when this or `namedGraphUris` is given, the dataset is exactly these graphs. */
  defaultGraphUris?: string[];
  /** Protocol `named-graph-uri` values. */
  namedGraphUris?: string[];
  /** Largest number of solutions (SELECT) or triples (CONSTRUCT/DESCRIBE) returned; more → {@link ResultTooLargeError}. Default: unlimited. */
  maxRows?: number;
  /** Base IRI for relative IRIs in the query text (default: none). */
  baseIri?: string;
  /**
   * The query form, when the caller already knows it (from its own parse, or because it wrote the query). A hint:
   * an engine that would otherwise have to find it out (the embedded one tries SELECT first) can skip that step.
   */
  form?: 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';
}

/** One solution: variable name (without `?`) → bound term; unbound variables are absent. */
export type Bindings = Record<string, Term>;

/** A SELECT answer. */
export interface BindingsResult {
  kind: 'bindings';
  variables: string[];
  rows: Bindings[];
  /**
   * The same solutions as SPARQL 1.1 Query Results JSON, as the engine wrote it, when the store has that text and it
   * follows the standard (the embedded store; not Virtuoso, whose JSON has its own blank-node and literal forms).
   * An endpoint answering in that format sends it as is instead of encoding `rows` again.
   */
  json?: string;
}

/** The answer of a query, by query form. */
export type QueryResult =
  | { kind: 'boolean'; value: boolean }
  | BindingsResult
  | { kind: 'quads'; quads: Quad[] };

/** A read-only SPARQL 1.1 query engine over one RDF dataset. */
export interface Store {
  /** Runs a SPARQL query; rejects with one of the typed errors below. */
  query(sparql: string, options: QueryOptions): Promise<QueryResult>;
  /** Number of quads in the dataset (all graphs). */
  countQuads(): Promise<number>;
  /** Releases threads and memory; later calls reject with {@link StoreUnavailableError}. */
  close(): Promise<void>;
}

/** Base class of the store's errors, so callers can tell them from programming errors. */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The query ran past its `timeoutMs` and was abandoned. */
export class QueryTimeoutError extends StoreError {
  constructor(readonly timeoutMs: number) {
    super(`query did not finish within ${timeoutMs} ms`);
  }
}

/** The engine could not parse the query (message from the engine). */
export class QuerySyntaxError extends StoreError {}

/** The engine is closed, still starting, or crashed. */
export class StoreUnavailableError extends StoreError {}

/** The result has more rows than `maxRows` allows; nothing is cut silently. */
export class ResultTooLargeError extends StoreError {
  constructor(readonly maxRows: number) {
    super(`the result has more than ${maxRows} rows; add a LIMIT or narrow the query`);
  }
}
