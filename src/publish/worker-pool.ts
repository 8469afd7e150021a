// A small pool of worker threads converting pages in parallel; a page over its time budget costs its worker.
import { Worker } from 'node:worker_threads';
import { failedOutcome, type PageJob, type PageOutcome } from './page-job.js';
import type { FromWorker, ToWorker } from './worker-messages.js';
import { conversionWorkerLaunch } from './worker-source.js';

/** Options of {@link convertInWorkers}. */
export interface PoolOptions {
  /** Number of worker threads (at most one per page). */
  size: number;
  /** Module exporting `convertPage`, imported by each worker. */
  converterModule: URL;
  /** Time budget of one page in ms; a worker still busy after it is terminated and the page recorded as 'timeout'. */
  pageTimeoutMs: number;
  /**
   * Takes each page's outcome, in completion order. A worker gets its next page only once the promise it returns
   * settles, so outcomes never pile up in memory faster than they are stored.
   */
  onOutcome: (index: number, outcome: PageOutcome) => Promise<void> | void;
}

interface Slot {
  worker: Worker;
  jobIndex: number | null;
  timer: NodeJS.Timeout | null;
}

/** Converts the pages in worker threads, handing each outcome to `onOutcome`. Rejects on the first unexpected error. */
export function convertInWorkers(jobs: readonly PageJob[], options: PoolOptions): Promise<void> {
  return new Promise((resolve, reject) => new Pool(jobs, options, resolve, reject).start());
}

class Pool {
  private readonly slots = new Set<Slot>();
  private next = 0;
  /** Outcomes taken by onOutcome (its promise settled). */
  private done = 0;
  private isSettled = false;

  constructor(
    private readonly jobs: readonly PageJob[],
    private readonly options: PoolOptions,
    private readonly resolve: () => void,
    private readonly reject: (error: Error) => void,
  ) {}

  start(): void {
    if (this.jobs.length === 0) return this.resolve();
    const size = Math.max(1, Math.min(this.options.size, this.jobs.length));
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    const launch = conversionWorkerLaunch();
    const worker = new Worker(launch.script, {
      execArgv: launch.execArgv,
      workerData: { converterUrl: this.options.converterModule.href },
    });
    const slot: Slot = { worker, jobIndex: null, timer: null };
    this.slots.add(slot);
    worker.on('message', (message: FromWorker) => this.onMessage(slot, message));
    worker.on('error', (error) => this.fail(new Error(`conversion worker failed: ${error.message}`)));
    worker.on('exit', (code) => {
      if (this.slots.has(slot) && !this.isSettled) this.fail(new Error(`conversion worker exited with code ${code}`));
    });
  }

  private onMessage(slot: Slot, message: FromWorker): void {
    if (this.isSettled) return;
    if (message.kind === 'fatal') {
      const file = this.jobs[message.id]?.relativePath ?? '?';
      return this.fail(new Error(`converting ${file}: ${message.message}`));
    }
    if (message.kind === 'outcome') {
      if (slot.timer) clearTimeout(slot.timer);
      slot.jobIndex = null;
      return this.record(message.id, message.outcome, slot);
    }
    this.dispatch(slot);
  }

  private dispatch(slot: Slot): void {
    if (this.isSettled) return;
    if (this.next >= this.jobs.length) return this.retire(slot);
    const id = this.next++;
    slot.jobIndex = id;
    slot.timer = setTimeout(() => this.onTimeout(slot, id), this.options.pageTimeoutMs);
    const message: ToWorker = { id, job: this.jobs[id] };
    slot.worker.postMessage(message);
  }

  private onTimeout(slot: Slot, id: number): void {
    if (this.isSettled || slot.jobIndex !== id) return;
    this.retire(slot);
    const seconds = this.options.pageTimeoutMs / 1000;
    this.record(id, failedOutcome(this.jobs[id], 'timeout', `conversion took longer than ${seconds} s`), null);
    if (!this.isSettled && this.next < this.jobs.length) this.spawn();
  }

  /** Hands the outcome over; once it is taken, `slot` (null: a retired worker) gets its next page. */
  private record(id: number, outcome: PageOutcome, slot: Slot | null): void {
    let taken: Promise<void>;
    try {
      taken = Promise.resolve(this.options.onOutcome(id, outcome));
    } catch (error) {
      taken = Promise.reject(error);
    }
    taken.then(() => {
      if (++this.done === this.jobs.length) this.settle(() => this.resolve());
      else if (slot) this.dispatch(slot);
    }, (error: unknown) => this.fail(error instanceof Error ? error : new Error(String(error))));
  }

  /** Stops a worker that has no more work (or overran its budget). */
  private retire(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    this.slots.delete(slot);
    void slot.worker.terminate();
  }

  private fail(error: Error): void {
    this.settle(() => this.reject(error));
  }

  private settle(finish: () => void): void {
    if (this.isSettled) return;
    this.isSettled = true;
    for (const slot of [...this.slots]) this.retire(slot);
    finish();
  }
}
