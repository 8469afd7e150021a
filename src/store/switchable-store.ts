// A Store that delegates to a current store and can be switched to another at run time (blue/green reloads).
import { StoreUnavailableError, type QueryOptions, type QueryResult, type Store } from './store.js';

/** A switch that did not happen: the candidate failed its check, or the switchable store was closed meanwhile. */
export class StoreSwitchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreSwitchError';
  }
}

/** Options of {@link SwitchableStore.switchTo}. */
export interface SwitchOptions {
  /** Checks the candidate before any query reaches it; a rejection keeps the current store. Default: no check. */
  verify?: (candidate: Store) => Promise<void>;
  /**
   * Runs in the same synchronous step that makes the candidate current, so no call starts between the two: for what
   * must change together with the store (the static parts of the build it holds). Its error rejects the switch's
   * promise, but the switch has happened.
   */
  onSwitch?: (candidate: Store) => void;
}

/** A switch that happened. */
export interface SwitchOutcome {
  /** Settles once the previous store's running calls have finished and it is closed (rejects if its close fails). */
  previousClosed: Promise<void>;
}

/** One store and the calls running on it. */
interface Generation {
  store: Store;
  running: number;
  /** Set once a newer store took over: starts closing the store (idempotent). */
  release?: () => void;
  /** Settles when the store has closed, once released. */
  closed?: Promise<void>;
}

/**
 * Delegates every call to the current store. {@link switchTo} checks a candidate and then makes it current in one
 * step: calls that start afterwards go to it, calls already running finish on the store they started on, and that
 * store is closed when the last of them has. Switches run one at a time, in the order asked.
 */
export class SwitchableStore implements Store {
  private current: Generation;
  /** Replaced stores still finishing calls. */
  private readonly retired = new Set<Generation>();
  private queue: Promise<unknown> = Promise.resolve();
  private isClosed = false;

  constructor(initial: Store) {
    this.current = { store: initial, running: 0 };
  }

  /** The store new calls go to. */
  get active(): Store {
    return this.current.store;
  }

  query(sparql: string, options: QueryOptions): Promise<QueryResult> {
    return this.run((store) => store.query(sparql, options));
  }

  countQuads(): Promise<number> {
    return this.run((store) => store.countQuads());
  }

  /**
   * Verifies `candidate` and makes it current. The switchable store owns the candidate from here on: it is closed
   * when the check fails (rejecting with {@link StoreSwitchError}, the current store kept), or later when replaced.
   */
  switchTo(candidate: Store, options: SwitchOptions = {}): Promise<SwitchOutcome> {
    const attempt = this.queue.then(() => this.verifyAndSwap(candidate, options));
    this.queue = attempt.catch(() => undefined);
    return attempt;
  }

  /**
   * Closes the current store and any replaced one still finishing calls (those calls then fail as on any closed
   * store); later calls reject with {@link StoreUnavailableError}, and a switch still being verified is refused.
   */
  async close(): Promise<void> {
    if (this.isClosed) return;
    this.isClosed = true;
    const closing = [this.current.store.close()];
    for (const generation of [...this.retired]) {
      this.release(generation);
      closing.push(generation.closed!);
    }
    await Promise.allSettled(closing);
  }

  private async run<T>(call: (store: Store) => Promise<T>): Promise<T> {
    if (this.isClosed) throw new StoreUnavailableError('the store is closed');
    const generation = this.current;
    generation.running++;
    try {
      return await call(generation.store);
    } finally {
      generation.running--;
      if (generation.running === 0 && this.retired.has(generation)) this.release(generation);
    }
  }

  private async verifyAndSwap(candidate: Store, options: SwitchOptions): Promise<SwitchOutcome> {
    if (this.isClosed) return this.refuse(candidate, 'the store is closed');
    if (candidate === this.current.store) return { previousClosed: Promise.resolve() };
    try {
      await options.verify?.(candidate);
    } catch (error) {
      return this.refuse(candidate, error instanceof Error ? error.message : String(error));
    }
    if (this.isClosed) return this.refuse(candidate, 'the store was closed while the new one was being checked');
    const previous = this.current;
    this.current = { store: candidate, running: 0 };
    const previousClosed = this.retire(previous);
    options.onSwitch?.(candidate);
    return { previousClosed };
  }

  /** Closes `generation`'s store once its running calls have finished (at once when none are running). */
  private retire(generation: Generation): Promise<void> {
    const closed = new Promise<void>((resolve) => (generation.release = resolve)).then(() => generation.store.close());
    generation.closed = closed;
    closed.catch(() => undefined); // the caller may ignore the outcome; a failed close must not be an unhandled rejection
    this.retired.add(generation);
    if (generation.running === 0) this.release(generation);
    return closed;
  }

  private release(generation: Generation): void {
    this.retired.delete(generation);
    generation.release?.();
  }

  private async refuse(candidate: Store, reason: string): Promise<never> {
    await candidate.close().catch(() => undefined);
    throw new StoreSwitchError(reason);
  }
}
