// Tests cutting a quad stream into one batch per named graph and writing a batch as N-Triples.
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { batchToNTriples, graphBatches, GraphBatchError } from '../../src/store/graph-store-batches.js';

const parse = (text: string) => new Parser({ format: 'application/n-quads' }).parse(text);
async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('graphBatches', () => {
  it('yields one batch per graph in stream order, and N-Triples without the graph', async () => {
    const batches = await collect(graphBatches(parse('<a:x> <a:p> "一" <a:g1> .\n<a:x> <a:q> _:b <a:g1> .\n<a:y> <a:p> "二"@zh <a:g2> .\n')));
    expect(batches.map((b) => [b.graph, b.quads.length])).toEqual([['a:g1', 2], ['a:g2', 1]]);
    expect(batchToNTriples(batches[1])).toBe('<a:y> <a:p> "二"@zh .\n');
    expect(parse(batchToNTriples(batches[0])).map((q) => q.graph.termType)).toEqual(['DefaultGraph', 'DefaultGraph']);
  });

  it('refuses a graph split across the stream and triples outside named graphs', async () => {
    const split = parse('<a:x> <a:p> "1" <a:g1> .\n<a:x> <a:p> "2" <a:g2> .\n<a:x> <a:p> "3" <a:g1> .\n');
    await expect(collect(graphBatches(split))).rejects.toThrow(GraphBatchError);
    await expect(collect(graphBatches(parse('<a:x> <a:p> "1" .\n')))).rejects.toThrow('outside named graphs');
  });
});
