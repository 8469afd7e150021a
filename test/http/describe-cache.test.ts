// Descriptions are cached per build (one DescriptionCache each) and shared by concurrent requests; failures are not kept; unknown things cost two queries.
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { DescriptionCache } from '../../src/http/describe.js';
import { describeQueries } from '../../src/http/describe-query.js';
import { HttpError } from '../../src/http/errors.js';
import type { QueryResult, Store } from '../../src/store/store.js';
import { StoreUnavailableError } from '../../src/store/store.js';

const IRI = 'http://localhost:3000/id/meeting/320402/2021-01-23/executive-56';
const quad = DataFactory.quad(DataFactory.namedNode(IRI), DataFactory.namedNode('http://www.w3.org/2000/01/rdf-schema#label'), DataFactory.literal('会议', 'zh-hans'));
const { core, more } = describeQueries(IRI);
const QUERIES_PER_DESCRIPTION = core.length + more.length;

/** A store answering every CONSTRUCT with one triple about IRI (none when `isEmpty`), failing the first `failures` queries. */
function countingStore(failures = 0, isEmpty = false): Store & { queries: number } {
  let left = failures;
  const store = {
    queries: 0,
    async query(): Promise<QueryResult> {
      store.queries++;
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (left-- > 0) throw new StoreUnavailableError('down');
      return { kind: 'quads', quads: isEmpty ? [] : [quad] };
    },
    async countQuads() { return 1; },
    async close() {},
  };
  return store;
}

describe('DescriptionCache', () => {
  it('asks the store once for a thing described twice, and merges repeated triples', async () => {
    const descriptions = new DescriptionCache();
    const store = countingStore();
    const first = await descriptions.describe(store, IRI, 1000);
    expect(store.queries).toBe(QUERIES_PER_DESCRIPTION);
    expect(first).toHaveLength(1);
    const second = await descriptions.describe(store, IRI, 1000);
    expect(second).toEqual(first);
    expect(store.queries).toBe(QUERIES_PER_DESCRIPTION);
  });

  it('shares one set of queries between concurrent requests', async () => {
    const descriptions = new DescriptionCache();
    const store = countingStore();
    const answers = await Promise.all(Array.from({ length: 8 }, () => descriptions.describe(store, IRI, 1000)));
    expect(answers.every((quads) => quads.length === 1)).toBe(true);
    expect(store.queries).toBe(QUERIES_PER_DESCRIPTION);
  });

  it('does not remember a failure', async () => {
    const descriptions = new DescriptionCache();
    const store = countingStore(1);
    await expect(descriptions.describe(store, IRI, 1000)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await descriptions.describe(store, IRI, 1000)).toHaveLength(1);
    expect(store.queries).toBe(core.length + QUERIES_PER_DESCRIPTION);
  });

  it('answers not found after the core queries alone', async () => {
    const descriptions = new DescriptionCache();
    const store = countingStore(0, true);
    await expect(descriptions.describe(store, IRI, 1000)).rejects.toSatisfy((error) => error instanceof HttpError && error.kind === 'not-found');
    expect(store.queries).toBe(core.length);
  });

  it('keeps builds apart: each build\'s cache asks its own store', async () => {
    const a = countingStore();
    const b = countingStore();
    await new DescriptionCache().describe(a, IRI, 1000);
    await new DescriptionCache().describe(b, IRI, 1000);
    expect([a.queries, b.queries]).toEqual([QUERIES_PER_DESCRIPTION, QUERIES_PER_DESCRIPTION]);
  });
});
