// Runs the dataset-wide phases of a build side by side: some on this thread, some in worker threads. A phase that fails
// stops the others, and the build fails only once every phase has stopped, so nothing writes into a dataset folder
// that is being removed.
import { Worker } from 'node:worker_threads';
import { BuildError } from './build-options.js';
import {
  PHASE_TITLES, type DatasetPhaseHandovers, type DatasetPhaseInputs, type DatasetPhaseJob, type DatasetPhaseResults,
  type FromPhaseWorker, type ToPhaseWorker,
} from './dataset-phase-jobs.js';
import { workerLaunch } from './worker-source.js';

/** Inputs a worker may have waiting before {@link PhaseWorker.send} waits: bounds the memory they hold. */
const MAX_WAITING_INPUTS = 8;

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

/** A job running in a worker thread. */
export interface PhaseWorker<J extends DatasetPhaseJob> {
  /** The job's result, once its worker has exited. */
  readonly result: Promise<DatasetPhaseResults[J['kind']]>;
  /** What the job hands over before it ends; rejects if it ends without. */
  readonly handover: Promise<DatasetPhaseHandovers[J['kind']]>;
  /** Sends the job an input; waits while the worker has too many not yet taken. Does nothing once it has stopped. */
  send(input: DatasetPhaseInputs[J['kind']]): Promise<void>;
  /** Tells the job its input is complete. */
  end(): void;
}

/** Phases started together; {@link finished} waits for all of them. */
export class DatasetPhases {
  private readonly controller = new AbortController();
  private readonly running: Array<Promise<unknown>> = [];
  private readonly workers = new Set<Worker>();
  private failure: BuildError | null = null;

  /** Runs `phase` on this thread; its `signal` aborts when another phase fails. */
  onThisThread<T>(title: string, phase: (signal: AbortSignal) => Promise<T>): Promise<T> {
    return this.track(title, Promise.resolve().then(() => phase(this.controller.signal)));
  }

  /** Starts `job` in a worker thread of its own; the worker is stopped when another phase fails. */
  inWorker<J extends DatasetPhaseJob>(job: J): PhaseWorker<J> {
    const launch = workerLaunch('dataset-phase-worker');
    const worker = new Worker(launch.script, { execArgv: launch.execArgv, workerData: job });
    this.workers.add(worker);
    if (this.failure) void worker.terminate();
    let waiting = 0;
    let hasExited = false;
    let room: (() => void) | null = null;
    const wake = () => {
      room?.();
      room = null;
    };
    let handOver!: (value: unknown) => void;
    let withhold!: (error: unknown) => void;
    const handover = new Promise((resolve, reject) => {
      handOver = resolve;
      withhold = reject;
    });
    const result = new Promise((resolve, reject) => {
      let answer: FromPhaseWorker | null = null;
      let crash: Error | null = null;
      worker.on('message', (message: FromPhaseWorker) => {
        if (message.kind === 'taken') {
          waiting--;
          return wake();
        }
        if (message.kind === 'handover') return handOver(message.value);
        answer ??= message;
        void worker.terminate(); // the job has settled; a handle it left open must not keep the build waiting
      });
      worker.on('error', (error) => { crash ??= error; });
      worker.on('exit', (code) => {
        hasExited = true;
        wake();
        this.workers.delete(worker);
        if (answer?.kind === 'done') {
          resolve(answer.result);
          withhold(new Error('it ended without handing over what it should have')); // no effect once handed over
        } else if (answer?.kind === 'failed') reject(new Error(answer.message));
        else if (crash) reject(crash);
        else if (this.failure) reject(this.failure);
        else reject(new Error(`its worker stopped (exit code ${code}) before it finished`));
      });
    });
    const tracked = this.track(PHASE_TITLES[job.kind], result as Promise<DatasetPhaseResults[J['kind']]>);
    tracked.catch(withhold); // a handover still awaited when the job fails never comes
    handover.catch(() => {}); // a job that hands nothing over
    const post = (message: ToPhaseWorker) => {
      if (!hasExited) worker.postMessage(message);
    };
    return {
      result: tracked,
      handover: handover as Promise<DatasetPhaseHandovers[J['kind']]>,
      send: async (input) => {
        post({ kind: 'input', input });
        waiting++;
        while (waiting >= MAX_WAITING_INPUTS && !hasExited) await new Promise<void>((resolve) => { room = resolve; });
      },
      end: () => post({ kind: 'end' }),
    };
  }

  /** Waits until every phase has ended (each worker has exited); throws the first failure as a BuildError. */
  async finished(): Promise<void> {
    await Promise.allSettled(this.running);
    if (this.failure) throw this.failure;
  }

  private track<T>(title: string, phase: Promise<T>): Promise<T> {
    const tracked = phase.catch((error: unknown) => {
      throw this.fail(title, error);
    });
    tracked.catch(() => {}); // seen through finished(); never an unhandled rejection meanwhile
    this.running.push(tracked);
    return tracked;
  }

  private fail(title: string, error: unknown): BuildError {
    if (this.failure) return this.failure; // this phase was stopped because of it
    this.failure = new BuildError(`${title}: ${firstLine(error)}`);
    this.controller.abort(this.failure);
    for (const worker of this.workers) void worker.terminate();
    return this.failure;
  }
}
