// Fetching resource descriptions from the Store, with blank-node labels made stable so ETags repeat.
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import type { Store } from '../store/store.js';
import { notFound } from './errors.js';
import { describeQuery } from './describe-query.js';
import { SparqlTermError } from './sparql-terms.js';

const termKey = (term: Term): string => (term.termType === 'BlankNode' ? '_' : `${term.termType}|${term.value}|${
  term.termType === 'Literal' ? `${term.language}|${term.datatype.value}` : ''}`);

/**
 * Sorts quads by their non-blank parts (stable) and renames blank nodes `b0`, `b1` … in order of first use,
 * so the same data gives the same bytes whatever labels the engine invented.
 */
export function stabilizeBlankNodes(quads: readonly Quad[]): Quad[] {
  const sorted = quads
    .map((quad, index) => ({ quad, index, key: [quad.subject, quad.predicate, quad.object].map(termKey).join(' ') }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    .map((entry) => entry.quad);
  const names = new Map<string, Term>();
  const rename = <T extends Term>(term: T): T => {
    if (term.termType !== 'BlankNode') return term;
    if (!names.has(term.value)) names.set(term.value, DataFactory.blankNode(`b${names.size}`));
    return names.get(term.value) as T;
  };
  return sorted.map((q) => DataFactory.quad(rename(q.subject), q.predicate, rename(q.object)));
}

/** Descriptions kept per store: a served dataset does not change while the server runs (a new build means a restart). */
const DESCRIPTION_CACHE_SIZE = 2_000;
const caches = new WeakMap<Store, Map<string, Quad[]>>();

/**
 * The description of the thing `iri` (see describeQuery), or a not-found HttpError when nothing is said about it.
 * Recently described things come from a small per-store cache (least recently used first out); store errors
 * (timeout, unavailable) propagate to the error mapping and are never cached.
 */
export async function describeResource(store: Store, iri: string, timeoutMs: number): Promise<Quad[]> {
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = new Map()));
  const cached = cache.get(iri);
  if (cached) {
    cache.delete(iri);
    cache.set(iri, cached);
    return cached;
  }
  const described = await queryDescription(store, iri, timeoutMs);
  if (cache.size >= DESCRIPTION_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(iri, described);
  return described;
}

async function queryDescription(store: Store, iri: string, timeoutMs: number): Promise<Quad[]> {
  let sparql: string;
  try {
    sparql = describeQuery(iri);
  } catch (error) {
    if (error instanceof SparqlTermError) throw notFound();
    throw error;
  }
  const result = await store.query(sparql, { timeoutMs });
  if (result.kind !== 'quads') throw new Error(`a CONSTRUCT returned ${result.kind}`);
  if (!result.quads.some((q) => q.subject.value === iri || q.object.value === iri)) throw notFound();
  return stabilizeBlankNodes(result.quads);
}
