// The named graphs a built dataset puts into a store, read from its manifest, and the check that a store holds them.
import { countGraphs } from '../store/graph-counts.js';
import type { Store } from '../store/store.js';
import type { Manifest } from './manifest.js';

/** What a store holding the dataset must contain under the dataset's graph prefix. */
export interface DatasetGraphs {
  /** `{base}graph/`: every page graph's IRI starts with it; a load never touches a graph outside it. */
  prefix: string;
  /** Quads per page graph, for converted pages that have quads. */
  graphs: Map<string, number>;
  /** Quads over those graphs: a triple stated by two pages counts twice (once per graph), as a store counts it. */
  quads: number;
}

/** The graphs and quad counts a complete load of the dataset leaves in a store. */
export function datasetGraphs(manifest: Pick<Manifest, 'base' | 'sources'>): DatasetGraphs {
  const converted = manifest.sources.filter((source) => source.status === 'converted' && source.triples > 0);
  return {
    prefix: `${manifest.base}graph/`,
    graphs: new Map(converted.map((source) => [source.graph, source.triples])),
    quads: converted.reduce((sum, source) => sum + source.triples, 0),
  };
}

/** Time budget of the per-graph count (one pass over the store's graph index). */
const COUNT_TIMEOUT_MS = 600_000;

/** Quads per non-empty graph under `prefix`: one GROUP BY over every graph, filtered here (see {@link countGraphs}). */
export function countStoreGraphs(store: Store, prefix: string): Promise<Map<string, number>> {
  return countGraphs(store, prefix, COUNT_TIMEOUT_MS);
}

/**
 * How the store's graph counts differ from the dataset's, as one phrase to follow "the store …" / "it …"
 * (`holds 11 quads under …, the manifest lists 12`), or null when the store holds exactly the dataset's graphs.
 */
export function differenceFromDataset(counts: ReadonlyMap<string, number>, dataset: DatasetGraphs): string | null {
  const missing = [...dataset.graphs.keys()].filter((graph) => !counts.has(graph));
  if (missing.length > 0) return `lacks ${missing.length} graph(s) the manifest lists, e.g. ${missing[0]}`;
  const extra = [...counts.keys()].filter((graph) => !dataset.graphs.has(graph));
  if (extra.length > 0) return `has ${extra.length} graph(s) under ${dataset.prefix} the manifest does not list, e.g. ${extra[0]}`;
  const differing = [...dataset.graphs].find(([graph, quads]) => counts.get(graph) !== quads);
  if (!differing) return null;
  const total = [...counts.values()].reduce((sum, quads) => sum + quads, 0);
  const [graph, quads] = differing;
  return `holds ${total} quads under ${dataset.prefix}, the manifest lists ${dataset.quads} (${graph}: ${counts.get(graph)}, not ${quads})`;
}
