// The embedded Store: oxigraph in a worker thread, a loaded standby worker to take over when a query times out.
import { bindingsResult, decodeQuads } from './result-decoding.js';
import {
  QuerySyntaxError, QueryTimeoutError, ResultTooLargeError, StoreError, StoreUnavailableError,
  type QueryOptions, type QueryResult, type Store,
} from './store.js';
import { WorkerHandle, type RequestBody } from './worker-handle.js';
import type { DataSource, WorkerInit, WorkerReply } from './worker-messages.js';
import { REQUIRE_BASE, resolveWorkerScript } from './worker-script.js';

export type { DataSource } from './worker-messages.js';

/** Options of {@link EmbeddedStore.open}. */
export interface EmbeddedStoreOptions {
  /** N-Quads documents given as text (not file paths); each page's quads in its own named graph. Default: none. */
  nquads?: string[];
  /**
   * More inputs: files (read inside the worker, streaming, gunzipped when named *.gz: a dump of any size loads in
   * bounded memory besides the store itself) or texts in any oxigraph format, optionally into a given graph.
   */
  sources?: DataSource[];
  /** Whether a query that names no dataset sees the union of all graphs as its default graph. Default: true. */
  unionDefaultGraph?: boolean;
  /**
   * Keep a second loaded worker ready to replace one killed by a timeout, so that the next query does not wait for a
   * reload. It loads once the first worker is ready, and doubles the store's memory (docs/benchmarks.md). Without
   * it, the query after a timeout waits for the data to load again. Default: true.
   */
  standby?: boolean;
}

interface Job {
  body: RequestBody;
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
  isSettled: boolean;
  /** Whether the job was handed to a worker (a timeout then means that worker is stuck in it). */
  isDispatched: boolean;
  timeoutMs?: number;
  timer?: NodeJS.Timeout;
}

/**
 * oxigraph run off the event loop. Queries run one at a time in the active worker; oxigraph cannot cancel a query,
 * so a query past its timeout has its worker terminated, the standby worker is promoted and a new standby is loaded
 * in the background.
 */
export class EmbeddedStore implements Store {
  private active: Promise<WorkerHandle>;
  private standby: Promise<WorkerHandle> | undefined;
  private readonly queue: Job[] = [];
  private running: Job | undefined;
  private isClosed = false;
  /** Aborted by close(): stops workers that are still loading (a standby can take a minute on a big dump). */
  private readonly closing = new AbortController();

  private constructor(private readonly init: WorkerInit, private readonly hasStandby: boolean, first: WorkerHandle) {
    this.active = Promise.resolve(first);
    this.standby = hasStandby ? this.startWorker() : undefined;
  }

  /** Loads the data into a worker and resolves once it reports ready. */
  static async open(options: EmbeddedStoreOptions): Promise<EmbeddedStore> {
    const sources = [...(options.nquads ?? []).map((text) => ({ text })), ...(options.sources ?? [])];
    const init: WorkerInit = {
      requireBase: REQUIRE_BASE, gunzipScript: await resolveWorkerScript('gunzip-thread'), sources,
      unionDefaultGraph: options.unionDefaultGraph ?? true,
    };
    const first = await WorkerHandle.start(init);
    return new EmbeddedStore(init, options.standby ?? true, first);
  }

  async query(sparql: string, options: QueryOptions): Promise<QueryResult> {
    const { timeoutMs, baseIri, defaultGraphUris, namedGraphUris, maxRows, form } = options;
    const expectsTriples = form === 'CONSTRUCT' || form === 'DESCRIBE';
    const reply = await this.enqueue({ type: 'query', sparql, baseIri, defaultGraphUris, namedGraphUris, maxRows, expectsTriples }, timeoutMs);
    switch (reply.type) {
      case 'boolean':
        return { kind: 'boolean', value: reply.value };
      case 'bindings':
        return bindingsResult(reply.json);
      case 'quads':
        return { kind: 'quads', quads: decodeQuads(reply.ntriples) };
      default:
        throw toError(reply);
    }
  }

  async countQuads(): Promise<number> {
    const reply = await this.enqueue({ type: 'count' }, undefined);
    if (reply.type !== 'count') throw toError(reply);
    return reply.value;
  }

  async close(): Promise<void> {
    this.isClosed = true;
    this.closing.abort();
    for (const job of this.queue.splice(0)) this.settle(job, new StoreUnavailableError('the store is closed'));
    const workers = [this.active, this.standby].filter((w): w is Promise<WorkerHandle> => w !== undefined);
    await Promise.all(workers.map((w) => w.then((handle) => handle.terminate(), () => undefined)));
  }

  private enqueue(body: RequestBody, timeoutMs: number | undefined): Promise<WorkerReply> {
    if (this.isClosed) return Promise.reject(new StoreUnavailableError('the store is closed'));
    return new Promise((resolve, reject) => {
      const job: Job = { body, resolve, reject, isSettled: false, isDispatched: false, timeoutMs };
      // While queued, a job may wait at most its timeout; once a worker has it, its own clock starts (see pump).
      if (timeoutMs !== undefined) {
        job.timer = setTimeout(() => this.expire(job, timeoutMs), timeoutMs);
        const clear = (): void => clearTimeout(job.timer);
        job.resolve = (reply) => (clear(), resolve(reply));
        job.reject = (error) => (clear(), reject(error));
      }
      this.queue.push(job);
      this.pump();
    });
  }

  /** Starts the next queued job when no job is running. */
  private pump(): void {
    if (this.running || this.isClosed) return;
    const job = this.queue.shift();
    if (!job) return;
    this.running = job;
    this.active
      .then((worker) => {
        if (job.isSettled) return undefined; // timed out while the worker was loading: nobody waits for the answer
        // The time a replacement worker spends loading does not count against the query.
        if (job.timeoutMs !== undefined) {
          const timeoutMs = job.timeoutMs;
          clearTimeout(job.timer);
          job.timer = setTimeout(() => this.expire(job, timeoutMs), timeoutMs);
        }
        job.isDispatched = true;
        return worker.request(job.body);
      })
      .then((reply) => this.settleReply(job, reply), (error: Error) => this.fail(job, error))
      .finally(() => {
        if (this.running === job) this.running = undefined;
        this.pump();
      });
  }

  private settleReply(job: Job, reply: WorkerReply | undefined): void {
    if (reply === undefined) return;
    if (reply.type === 'failed' && reply.failure === 'poisoned') this.replaceActive();
    this.settle(job, reply);
  }

  private fail(job: Job, error: Error): void {
    if (!job.isSettled && error instanceof StoreUnavailableError) this.replaceActive();
    this.settle(job, error);
  }

  private expire(job: Job, timeoutMs: number): void {
    if (job.isSettled) return;
    const queued = this.queue.indexOf(job);
    if (queued !== -1) this.queue.splice(queued, 1);
    this.settle(job, new QueryTimeoutError(timeoutMs));
    // Only a worker busy with the job is stuck; one still loading for it is left to finish.
    if (this.running === job && job.isDispatched) {
      this.running = undefined;
      this.replaceActive();
      this.pump();
    }
  }

  private settle(job: Job, outcome: WorkerReply | Error): void {
    if (job.isSettled) return;
    job.isSettled = true;
    if (outcome instanceof Error) job.reject(outcome);
    else job.resolve(outcome);
  }

  /** Kills the active worker (it may be stuck in a query), promotes the standby and loads a new standby. */
  private replaceActive(): void {
    const old = this.active;
    this.active = this.standby ?? this.startWorker();
    this.standby = this.hasStandby ? this.startWorker() : undefined;
    void old.then((worker) => worker.terminate(), () => undefined);
  }

  private startWorker(): Promise<WorkerHandle> {
    const started = WorkerHandle.start(this.init, this.closing.signal);
    started.catch(() => undefined); // a failed start surfaces on the query that awaits it
    return started;
  }
}

function toError(reply: WorkerReply): StoreError {
  if (reply.type !== 'failed') return new StoreUnavailableError(`unexpected reply ${reply.type} from the query engine`);
  if (reply.failure === 'syntax') return new QuerySyntaxError(reply.message);
  if (reply.failure === 'too-large') return new ResultTooLargeError(reply.maxRows ?? 0);
  return new StoreError(reply.message);
}
