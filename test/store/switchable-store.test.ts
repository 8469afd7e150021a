// SwitchableStore: running calls finish on the store they started on, new ones go to the new store, closes, refused switches.
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { StoreUnavailableError, type QueryResult, type Store } from '../../src/store/store.js';
import { StoreSwitchError, SwitchableStore } from '../../src/store/switchable-store.js';

const OPTIONS = { timeoutMs: 1000 };

/** A store whose answers the test releases one by one; each answer names the store, so a test sees who answered. */
class HeldStore implements Store {
  readonly queries: string[] = [];
  closeCalls = 0;
  private readonly held: Array<() => void> = [];

  constructor(readonly name: string, private readonly quads = 0) {}

  async query(sparql: string): Promise<QueryResult> {
    if (this.closeCalls > 0) throw new StoreUnavailableError(`${this.name} is closed`);
    this.queries.push(sparql);
    await new Promise<void>((resolve) => this.held.push(resolve));
    if (this.closeCalls > 0) throw new StoreUnavailableError(`${this.name} closed during the query`);
    return { kind: 'bindings', variables: ['store'], rows: [{ store: DataFactory.literal(this.name) }] };
  }

  async countQuads(): Promise<number> {
    if (this.closeCalls > 0) throw new StoreUnavailableError(`${this.name} is closed`);
    return this.quads;
  }

  async close(): Promise<void> {
    this.closeCalls++;
  }

  /** Lets every held query answer. */
  releaseAll(): void {
    this.held.splice(0).forEach((resolve) => resolve());
  }

  get waiting(): number {
    return this.held.length;
  }
}

/** Which store answered. */
async function answeredBy(result: Promise<QueryResult>): Promise<string> {
  const answer = await result;
  if (answer.kind !== 'bindings') throw new Error(`expected bindings, got ${answer.kind}`);
  return answer.rows[0].store.value;
}

/** Lets pending promise callbacks run. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('SwitchableStore', () => {
  it('lets running queries finish on the old store, sends new ones to the new store, then closes the old one', async () => {
    const blue = new HeldStore('blue');
    const green = new HeldStore('green');
    const store = new SwitchableStore(blue);
    const before = [store.query('Q1', OPTIONS), store.query('Q2', OPTIONS)];
    await settle();
    const { previousClosed } = await store.switchTo(green);
    const after = store.query('Q3', OPTIONS);
    await settle();
    expect(blue.queries).toEqual(['Q1', 'Q2']);
    expect(green.queries).toEqual(['Q3']);
    expect(blue.closeCalls).toBe(0);
    green.releaseAll();
    expect(await answeredBy(after)).toBe('green');
    expect(blue.closeCalls).toBe(0);
    blue.releaseAll();
    expect(await Promise.all(before.map(answeredBy))).toEqual(['blue', 'blue']);
    await previousClosed;
    expect(blue.closeCalls).toBe(1);
    expect(green.closeCalls).toBe(0);
    expect(store.active).toBe(green);
  });

  it('closes the old store at once when nothing runs on it, and counts quads on the new one', async () => {
    const blue = new HeldStore('blue', 10);
    const green = new HeldStore('green', 20);
    const store = new SwitchableStore(blue);
    expect(await store.countQuads()).toBe(10);
    await (await store.switchTo(green)).previousClosed;
    expect(blue.closeCalls).toBe(1);
    expect(await store.countQuads()).toBe(20);
  });

  it('keeps the old store and closes the candidate when verification fails', async () => {
    const blue = new HeldStore('blue', 10);
    const green = new HeldStore('green', 7);
    const store = new SwitchableStore(blue);
    const verify = async (candidate: Store): Promise<void> => {
      const quads = await candidate.countQuads();
      if (quads !== 10) throw new Error(`the new store holds ${quads} quads, the manifest lists 10`);
    };
    await expect(store.switchTo(green, { verify })).rejects.toThrow(new StoreSwitchError('the new store holds 7 quads, the manifest lists 10'));
    expect(green.closeCalls).toBe(1);
    expect(blue.closeCalls).toBe(0);
    expect(store.active).toBe(blue);
    const answer = store.query('Q', OPTIONS);
    await settle();
    blue.releaseAll();
    expect(await answeredBy(answer)).toBe('blue');
  });

  it('verifies before any query reaches the candidate', async () => {
    const blue = new HeldStore('blue');
    const green = new HeldStore('green');
    const store = new SwitchableStore(blue);
    let release!: () => void;
    const switching = store.switchTo(green, { verify: () => new Promise<void>((resolve) => (release = resolve)) });
    await settle();
    const during = store.query('during', OPTIONS);
    await settle();
    expect(blue.queries).toEqual(['during']);
    release();
    await switching;
    blue.releaseAll();
    expect(await answeredBy(during)).toBe('blue');
    expect(green.queries).toEqual([]);
  });

  it('runs switches one at a time, in the order asked', async () => {
    const blue = new HeldStore('blue');
    const green = new HeldStore('green');
    const red = new HeldStore('red');
    const store = new SwitchableStore(blue);
    const order: string[] = [];
    let release!: () => void;
    const first = store.switchTo(green, { verify: async () => {
      order.push('verify green');
      await new Promise<void>((resolve) => (release = resolve));
    } });
    const second = store.switchTo(red, { verify: async () => void order.push('verify red') });
    await settle();
    expect(order).toEqual(['verify green']);
    release();
    await first;
    await (await second).previousClosed;
    expect(order).toEqual(['verify green', 'verify red']);
    expect(store.active).toBe(red);
    expect([blue.closeCalls, green.closeCalls, red.closeCalls]).toEqual([1, 1, 0]);
  });

  it('close() closes the current store and a replaced one still running queries; later calls and switches are refused', async () => {
    const blue = new HeldStore('blue');
    const green = new HeldStore('green');
    const store = new SwitchableStore(blue);
    const running = store.query('Q', OPTIONS);
    await settle();
    const { previousClosed } = await store.switchTo(green);
    await store.close();
    expect(blue.closeCalls).toBe(1);
    expect(green.closeCalls).toBe(1);
    await previousClosed;
    blue.releaseAll();
    await expect(running).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.query('Q', OPTIONS)).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.countQuads()).rejects.toBeInstanceOf(StoreUnavailableError);
    const late = new HeldStore('late');
    await expect(store.switchTo(late)).rejects.toBeInstanceOf(StoreSwitchError);
    expect(late.closeCalls).toBe(1);
    await store.close();
    expect(green.closeCalls).toBe(1);
  });

  it('refuses a switch whose candidate is still being verified when the store closes', async () => {
    const blue = new HeldStore('blue');
    const green = new HeldStore('green');
    const store = new SwitchableStore(blue);
    let release!: () => void;
    const switching = store.switchTo(green, { verify: () => new Promise<void>((resolve) => (release = resolve)) });
    await settle();
    await store.close();
    release();
    await expect(switching).rejects.toThrow(/closed while the new one was being checked/);
    expect(green.closeCalls).toBe(1);
    expect(blue.closeCalls).toBe(1);
  });
});
