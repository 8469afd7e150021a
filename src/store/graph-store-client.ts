// SPARQL 1.1 Graph Store Protocol client: replace (PUT) or remove (DELETE) one named graph, with Digest authentication.
import { setTimeout as sleep } from 'node:timers/promises';
import { DigestFetch, type Credentials } from './digest-auth.js';

/**
 * SQL state 40001 (Virtuoso: `SR172: Transaction deadlocked`): concurrent replacements of graphs sharing subjects can
 * deadlock; the loser is rolled back whole (its graph stays as it was) and must be sent again.
 */
const DEADLOCK = /\b40001\b|deadlock/i;

/** A graph store request that failed; the message is one line. */
export class GraphStoreError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
    this.name = 'GraphStoreError';
  }
}

/** Options of {@link GraphStoreClient}. */
export interface GraphStoreClientOptions {
  /** The graph store endpoint, e.g. Virtuoso's `http://127.0.0.1:8890/sparql-graph-crud-auth`. */
  graphStoreUrl: string;
  /** Sent with HTTP Digest authentication when the store asks. Default: none. */
  credentials?: Credentials;
  /** Time budget of one request in ms. Default 300 000. */
  timeoutMs?: number;
  /** Attempts of a request that the store rolled back for a deadlock. Default 8. */
  deadlockAttempts?: number;
  /** fetch implementation (tests). Default: the global fetch. */
  fetch?: typeof fetch;
}

/**
 * Graph Store requests naming the graph with the standard `?graph=` parameter (Virtuoso 7.2 reads it as well as its own
 * `?graph-uri=`). A PUT replaces the graph in one request, so readers see either the old graph or the new one.
 */
export class GraphStoreClient {
  private readonly client: DigestFetch;

  constructor(private readonly options: GraphStoreClientOptions) {
    this.client = new DigestFetch(options.credentials, options.fetch ?? fetch);
  }

  /** Replaces graph `graph` with the N-Triples `ntriples` (201 Created or 200/204 for an existing graph). */
  async putGraph(graph: string, ntriples: string): Promise<void> {
    const body = Buffer.from(ntriples, 'utf8');
    await this.send('PUT', graph, { 'content-type': 'application/n-triples' }, body, [200, 201, 204]);
  }

  /** Removes graph `graph`; a graph that is already absent (404) counts as removed. */
  async deleteGraph(graph: string): Promise<void> {
    await this.send('DELETE', graph, {}, undefined, [200, 202, 204, 404]);
  }

  /** Sends the request, again after a short random pause while the store reports a deadlock (a bounded number of times). */
  private async send(method: string, graph: string, headers: Record<string, string>, body: Buffer | undefined, ok: number[]): Promise<void> {
    const attempts = this.options.deadlockAttempts ?? 8;
    for (let attempt = 1; ; attempt++) {
      const response = await this.request(method, graph, headers, body);
      const text = await response.text();
      if (ok.includes(response.status)) return;
      if (attempt < attempts && response.status >= 500 && DEADLOCK.test(text)) {
        await sleep(50 * 2 ** Math.min(attempt, 5) * (0.5 + Math.random()));
        continue;
      }
      throw this.failure(response.status, text, `${method} ${graph}`);
    }
  }

  private async request(method: string, graph: string, headers: Record<string, string>, body: Buffer | undefined): Promise<Response> {
    const url = new URL(this.options.graphStoreUrl);
    url.searchParams.set('graph', graph);
    try {
      return await this.client.fetch(url.href, {
        method, headers, body, signal: AbortSignal.timeout(this.options.timeoutMs ?? 300_000),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      const reason = cause ?? (error instanceof Error ? error.message : String(error));
      throw new GraphStoreError(`the graph store at ${this.options.graphStoreUrl} is unreachable (${reason})`);
    }
  }

  private failure(status: number, text: string, what: string): GraphStoreError {
    if (status === 401) {
      const hint = this.options.credentials ? 'the user name or password was refused' : 'pass --user and --password';
      return new GraphStoreError(`${what}: the graph store asks for authentication (${hint})`, 401);
    }
    const detail = errorDetail(text);
    return new GraphStoreError(`${what}: HTTP ${status}${detail ? ` ${detail}` : ''}`, status);
  }
}

/** The first meaningful line of an error body; Virtuoso sends an HTML page, whose tags are dropped. */
function errorDetail(text: string): string {
  const plain = text.replace(/<(head|style|script)[^]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, '\n');
  const lines = plain.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const at = lines.findIndex((line) => /^(Virtuoso|Error)\b/i.test(line));
  return (at === -1 ? lines.slice(0, 1) : lines.slice(at, at + 2)).join(' ').slice(0, 200);
}
