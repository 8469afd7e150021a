// One oxigraph worker thread seen from the main thread: started with its data, ready on a message, one request at a time.
import { Worker } from 'node:worker_threads';
import { StoreUnavailableError } from './store.js';
import type { WorkerInit, WorkerReply, WorkerRequest } from './worker-messages.js';
import { resolveWorkerScript } from './worker-script.js';

type Pending = { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void };
/** A request before the handle numbers it. */
export type RequestBody =
  | Omit<Extract<WorkerRequest, { type: 'query' }>, 'id'>
  | Omit<Extract<WorkerRequest, { type: 'count' }>, 'id'>;

/** A loaded worker. Crashes reject every pending request with {@link StoreUnavailableError}. */
export class WorkerHandle {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private isDead = false;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: WorkerReply) => this.settle(reply));
    worker.on('error', (error) => this.die(`the query engine crashed: ${error.message}`));
    worker.on('exit', () => this.die('the query engine stopped'));
  }

  /** Starts a worker and resolves once it reports its data loaded (no polling); `signal` stops it while it loads. */
  static async start(init: WorkerInit, signal?: AbortSignal): Promise<WorkerHandle> {
    const script = await resolveWorkerScript('oxigraph-worker');
    const worker =
      script.kind === 'file'
        ? new Worker(new URL(script.href), { workerData: init })
        : new Worker(script.code, { eval: true, workerData: init });
    return new Promise((resolve, reject) => {
      const fail = (message: string): void => {
        signal?.removeEventListener('abort', onAbort);
        void worker.terminate();
        reject(new StoreUnavailableError(`the query engine could not load its data: ${message}`));
      };
      const onAbort = (): void => fail('stopped while loading');
      const onMessage = (reply: WorkerReply): void => {
        signal?.removeEventListener('abort', onAbort);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (reply.type === 'ready') resolve(new WorkerHandle(worker));
        else fail(reply.type === 'load-failed' ? reply.message : `unexpected ${reply.type}`);
      };
      const onError = (error: Error): void => fail(error.message);
      const onExit = (): void => fail('the worker exited');
      worker.once('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      if (signal?.aborted) onAbort();
      else signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Whether the worker has exited or crashed. */
  get isAlive(): boolean {
    return !this.isDead;
  }

  /** Sends one request; the reply arrives when the worker has finished it. */
  request(body: RequestBody): Promise<WorkerReply> {
    if (this.isDead) return Promise.reject(new StoreUnavailableError('the query engine is not running'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...body, id } as WorkerRequest);
    });
  }

  /** Stops the thread at once, even inside a running query. */
  async terminate(): Promise<void> {
    this.die('the query engine was stopped');
    await this.worker.terminate();
  }

  private settle(reply: WorkerReply): void {
    if (!('id' in reply)) return;
    const pending = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    pending?.resolve(reply);
  }

  private die(message: string): void {
    if (this.isDead) return;
    this.isDead = true;
    for (const pending of this.pending.values()) pending.reject(new StoreUnavailableError(message));
    this.pending.clear();
  }
}
