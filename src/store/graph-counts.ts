// Quads per named graph under a prefix: one GROUP BY over every graph, the prefix applied here rather than in SPARQL.
import { StoreUnavailableError, type Store } from './store.js';

/**
 * Grouping by graph is answered from Virtuoso's graph index, while a `STRSTARTS` filter on the graph of each quad costs
 * about twenty times as much (0.5 s against 10 s at a million quads, measured): so every graph is counted, and the
 * handful outside the prefix (Virtuoso's own, other datasets') are dropped on this side.
 */
export const GRAPH_COUNTS_QUERY = 'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g';

/**
 * Quads per non-empty named graph whose IRI starts with `prefix` (every named graph without one). Rejects with
 * {@link StoreUnavailableError} when the store answers with something other than a count per graph.
 */
export async function countGraphs(store: Pick<Store, 'query'>, prefix: string | undefined, timeoutMs: number): Promise<Map<string, number>> {
  const result = await store.query(GRAPH_COUNTS_QUERY, { timeoutMs, form: 'SELECT' });
  if (result.kind !== 'bindings') throw new StoreUnavailableError(`the store answered a graph count with ${result.kind}`);
  const counts = new Map<string, number>();
  for (const row of result.rows) {
    const graph = row.g;
    if (!graph || (prefix !== undefined && (graph.termType !== 'NamedNode' || !graph.value.startsWith(prefix)))) continue;
    const quads = Number(row.n?.value);
    if (!Number.isInteger(quads)) throw new StoreUnavailableError(`the store did not answer a quad count for ${graph.value}`);
    counts.set(graph.value, quads);
  }
  return counts;
}
