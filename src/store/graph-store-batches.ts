// Cuts a stream of quads into one batch per named graph (consecutive in jiyao's dumps) and writes a batch as N-Triples.
import type { Quad } from '@rdfjs/types';
import { DataFactory, Writer } from 'n3';

/** All triples of one named graph. */
export interface GraphBatch {
  graph: string;
  quads: Quad[];
}

/** The quads cannot be loaded graph by graph (triples outside named graphs, or a graph split across the stream). */
export class GraphBatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphBatchError';
  }
}

/**
 * Yields one batch per named graph, in stream order, holding only one graph in memory. A graph's quads must be
 * consecutive (as `jiyao build` writes the N-Quads dump, page by page): a graph seen again after another is an error,
 * since loading it twice would replace its first part.
 */
export async function* graphBatches(quads: AsyncIterable<Quad> | Iterable<Quad>): AsyncGenerator<GraphBatch> {
  const finished = new Set<string>();
  let current: GraphBatch | undefined;
  for await (const quad of quads) {
    if (quad.graph.termType !== 'NamedNode') {
      throw new GraphBatchError('the dump has triples outside named graphs; each page must be in its own named graph');
    }
    const graph = quad.graph.value;
    if (current?.graph !== graph) {
      if (current) {
        finished.add(current.graph);
        yield current;
      }
      if (finished.has(graph)) throw new GraphBatchError(`the quads of graph ${graph} are not consecutive in the dump`);
      current = { graph, quads: [] };
    }
    current.quads.push(quad);
  }
  if (current) yield current;
}

/** The batch's triples as N-Triples text (graph names dropped: the graph is named in the request). */
export function batchToNTriples(batch: GraphBatch): string {
  const writer = new Writer({ format: 'N-Triples' });
  return writer.quadsToString(batch.quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object)));
}
