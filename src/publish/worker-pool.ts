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
  /** Called after each page, in completion order. */
  onOutcome?: (index: number, outcome: PageOutcome) => void;
}

interface Slot {
  worker: Worker;
  jobIndex: number | null;
  timer: NodeJS.Timeout | null;
}

/** Converts the pages in worker threads; outcomes come back in job order. Rejects on the first unexpected error. */
export function convertInWorkers(jobs: readonly PageJob[], options: PoolOptions): Promise<PageOutcome[]> {
  return new Promise((resolve, reject) => new Pool(jobs, options, resolve, reject).start());
}

class Pool {
  private readonly outcomes: Array<PageOutcome | undefined>;
  private readonly slots = new Set<Slot>();
  private next = 0;
  private done = 0;
  private isSettled = false;

  constructor(
    private readonly jobs: readonly PageJob[],
    private readonly options: PoolOptions,
    private readonly resolve: (outcomes: PageOutcome[]) => void,
    private readonly reject: (error: Error) => void,
  ) {
    this.outcomes = new Array(jobs.length);
  }

  start(): void {
    if (this.jobs.length === 0) return this.resolve([]);
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
      this.record(message.id, message.outcome);
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
    this.record(id, failedOutcome(this.jobs[id], 'timeout', `conversion took longer than ${seconds} s`));
    if (!this.isSettled && this.next < this.jobs.length) this.spawn();
  }

  private record(id: number, outcome: PageOutcome): void {
    this.outcomes[id] = outcome;
    this.done++;
    this.options.onOutcome?.(id, outcome);
    if (this.done === this.jobs.length) this.settle(() => this.resolve(this.outcomes as PageOutcome[]));
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
