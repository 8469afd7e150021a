// Descriptions are cached per store; failures are not.
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { describeResource } from '../../src/http/describe.js';
import type { QueryResult, Store } from '../../src/store/store.js';
import { StoreUnavailableError } from '../../src/store/store.js';

const IRI = 'http://localhost:3000/id/meeting/320402/2021-01-23/executive-56';
const quad = DataFactory.quad(DataFactory.namedNode(IRI), DataFactory.namedNode('http://www.w3.org/2000/01/rdf-schema#label'), DataFactory.literal('会议', 'zh-hans'));

function countingStore(failures = 0): Store & { queries: number } {
  let left = failures;
  const store = {
    queries: 0,
    async query(): Promise<QueryResult> {
      store.queries++;
      if (left-- > 0) throw new StoreUnavailableError('down');
      return { kind: 'quads', quads: [quad] };
    },
    async countQuads() { return 1; },
    async close() {},
  };
  return store;
}

describe('describeResource cache', () => {
  it('asks the store once for a thing described twice', async () => {
    const store = countingStore();
    const first = await describeResource(store, IRI, 1000);
    const second = await describeResource(store, IRI, 1000);
    expect(second).toEqual(first);
    expect(store.queries).toBe(1);
  });

  it('does not remember a failure', async () => {
    const store = countingStore(1);
    await expect(describeResource(store, IRI, 1000)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await describeResource(store, IRI, 1000)).toHaveLength(1);
    expect(store.queries).toBe(2);
  });

  it('keeps stores apart', async () => {
    const a = countingStore();
    const b = countingStore();
    await describeResource(a, IRI, 1000);
    await describeResource(b, IRI, 1000);
    expect([a.queries, b.queries]).toEqual([1, 1]);
  });
});
