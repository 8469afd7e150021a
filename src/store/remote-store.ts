// The remote Store: a SPARQL 1.1 Protocol endpoint (Virtuoso first) reached with Node's fetch, errors typed, no partial results.
import { DigestFetch, type Credentials } from './digest-auth.js';
import { countGraphs } from './graph-counts.js';
import { planRemoteQuery, type RemoteQueryForm } from './remote-query-plan.js';
import { ACCEPT_BY_FORM, errorFromFetch, errorFromStatus, protocolBody } from './remote-request.js';
import { decodeAnswer, refusePartialAnswer } from './remote-results.js';
import { StoreUnavailableError, type QueryOptions, type QueryResult, type Store } from './store.js';

/** Options of {@link RemoteStore}. */
export interface RemoteStoreOptions {
  /** The SPARQL 1.1 query endpoint, e.g. `http://127.0.0.1:8890/sparql`. */
  queryUrl: string;
  /**
   * The dataset's graphs are those whose IRI starts with this (jiyao's `{base}graph/`): {@link RemoteStore.countQuads}
   * counts only them, so the store's own graphs (Virtuoso keeps ~2,500 system triples) are left out. Default: all graphs.
   */
  graphPrefix?: string;
  /**
   * `virtuoso` (default) also sends Virtuoso's `timeout` parameter (the server abandons the query too) and runs
   * DESCRIBE in its CBD mode (without it Virtuoso 7 describes nothing from the union default graph);
   * `sparql11` sends only standard protocol parameters.
   */
  dialect?: 'virtuoso' | 'sparql11';
  /** Credentials for an endpoint behind HTTP Digest authentication (Virtuoso's `/sparql-auth`). Default: none. */
  credentials?: Credentials;
  /** fetch implementation (tests). Default: the global fetch. */
  fetch?: typeof fetch;
}

/** A pragma that makes Virtuoso describe from all graphs (Concise Bounded Description). */
const VIRTUOSO_DESCRIBE_PRAGMA = 'DEFINE sql:describe-mode "CBD"\n';

/**
 * A {@link Store} over a remote endpoint. Queries are parsed first (syntax errors and updates never leave the process),
 * POSTed form-urlencoded, and answered as SPARQL JSON results (SELECT/ASK) or N-Triples (CONSTRUCT/DESCRIBE).
 * Unreachable or failing (5xx) endpoints → StoreUnavailableError; past `timeoutMs`, or a partial "anytime" answer →
 * QueryTimeoutError; more than `maxRows`, or an answer cut at the server's row cap → ResultTooLargeError. It holds no
 * connection state, so it works again as soon as the endpoint is back.
 */
export class RemoteStore implements Store {
  private readonly closing = new AbortController();
  private readonly client: DigestFetch;
  private readonly dialect: 'virtuoso' | 'sparql11';

  constructor(private readonly options: RemoteStoreOptions) {
    const url = new URL(options.queryUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new StoreUnavailableError(`the store URL must be http(s): ${options.queryUrl}`);
    }
    this.client = new DigestFetch(options.credentials, options.fetch ?? fetch);
    this.dialect = options.dialect ?? 'virtuoso';
  }

  async query(sparql: string, options: QueryOptions): Promise<QueryResult> {
    this.assertOpen();
    const plan = planRemoteQuery(sparql, { baseIri: options.baseIri, maxRows: options.maxRows });
    const text = plan.form === 'DESCRIBE' && this.dialect === 'virtuoso' ? VIRTUOSO_DESCRIBE_PRAGMA + plan.text : plan.text;
    const context = { form: plan.form, timeoutMs: options.timeoutMs, maxRows: options.maxRows };
    const { body, headers } = await this.send(text, plan.form, options);
    return decodeAnswer(body, headers, context);
  }

  /** Quads in the dataset's graphs (those under `graphPrefix`), summed from one count per graph ({@link countGraphs}). */
  async countQuads(): Promise<number> {
    let quads = 0;
    for (const count of (await this.graphCounts()).values()) quads += count;
    return quads;
  }

  /** The IRIs of the non-empty named graphs of the dataset (those under `graphPrefix`), sorted. */
  async listGraphs(): Promise<string[]> {
    return [...(await this.graphCounts()).keys()].sort();
  }

  private graphCounts(): Promise<Map<string, number>> {
    return countGraphs(this, this.options.graphPrefix, ADMIN_TIMEOUT_MS);
  }

  async close(): Promise<void> {
    this.closing.abort(new StoreUnavailableError('the store is closed'));
  }

  /** POSTs the query and reads the whole answer within `timeoutMs`; partial answers are refused here. */
  private async send(query: string, form: RemoteQueryForm, options: QueryOptions): Promise<{ body: string; headers: Headers }> {
    const endpoint = this.options.queryUrl;
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const serverTimeoutMs = this.dialect === 'virtuoso' ? options.timeoutMs : undefined;
    const body = protocolBody({ query, defaultGraphUris: options.defaultGraphUris, namedGraphUris: options.namedGraphUris, serverTimeoutMs });
    try {
      const response = await this.client.fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: ACCEPT_BY_FORM[form] },
        body: body.toString(),
        signal: AbortSignal.any([timeout, this.closing.signal]),
      });
      const text = await response.text();
      if (!response.ok) throw errorFromStatus(response.status, text, options.timeoutMs, endpoint);
      refusePartialAnswer(response.headers, { form, timeoutMs: options.timeoutMs });
      return { body: text, headers: response.headers };
    } catch (error) {
      if (this.closing.signal.aborted) throw new StoreUnavailableError('the store is closed');
      throw errorFromFetch(error, timeout, options.timeoutMs, endpoint);
    }
  }

  private assertOpen(): void {
    if (this.closing.signal.aborted) throw new StoreUnavailableError('the store is closed');
  }
}

/** Time budget of a quad count or graph list (a full scan on a large store). */
const ADMIN_TIMEOUT_MS = 120_000;
