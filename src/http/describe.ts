// Fetching resource descriptions from the Store, with blank-node labels made stable so ETags repeat.
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { QueryTimeoutError, type Store } from '../store/store.js';
import { notFound } from './errors.js';
import { describeQueries } from './describe-query.js';
import { SparqlTermError } from './sparql-terms.js';

/** A term as a string that tells apart any two different terms (blank nodes by label). */
const exactTermKey = (term: Term): string =>
  `${term.termType}|${term.value}|${term.termType === 'Literal' ? `${term.language}|${term.datatype.value}` : ''}`;
/** The same, with every blank node alike (labels are the engine's invention). */
const termKey = (term: Term): string => (term.termType === 'BlankNode' ? '_' : exactTermKey(term));

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

/**
 * The triples of several answers, each once (first occurrence kept, graph names dropped). Blank nodes are matched by
 * label: the stores label a stored blank node the same way in every answer (oxigraph by its id, Virtuoso by nodeID).
 */
export function mergeTriples(answers: readonly (readonly Quad[])[]): Quad[] {
  const seen = new Set<string>();
  const merged: Quad[] = [];
  for (const quads of answers) {
    for (const q of quads) {
      const key = [q.subject, q.predicate, q.object].map(exactTermKey).join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      merged.push(q.graph.termType === 'DefaultGraph' ? q : DataFactory.quad(q.subject, q.predicate, q.object));
    }
  }
  return merged;
}

/** Things whose descriptions a cache keeps (least recently used first out). */
const DESCRIPTION_CACHE_SIZE = 2_000;

/**
 * Descriptions of the things of one served build (see describeQueries): the resource routes of a build own one, so
 * a switch to another build starts with an empty cache. Concurrent requests for the same thing share one set of
 * queries; store errors (timeout, unavailable) propagate to the error mapping and are never cached.
 */
export class DescriptionCache {
  private readonly entries = new Map<string, Promise<Quad[]>>();

  /** The description of `iri` on `store`, or a not-found HttpError when nothing is said about it. */
  describe(store: Store, iri: string, timeoutMs: number): Promise<Quad[]> {
    const cached = this.entries.get(iri);
    if (cached) {
      this.entries.delete(iri);
      this.entries.set(iri, cached);
      return cached;
    }
    const described = queryDescription(store, iri, timeoutMs);
    if (this.entries.size >= DESCRIPTION_CACHE_SIZE) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(iri, described);
    described.catch(() => {
      if (this.entries.get(iri) === described) this.entries.delete(iri);
    });
    return described;
  }
}

/**
 * Asks the core queries (the thing's own triples); when they find it, the rest. Queries of a step are sent together (a
 * remote store answers them in parallel; the embedded one queues them), and all of them share one time budget.
 */
async function queryDescription(store: Store, iri: string, timeoutMs: number): Promise<Quad[]> {
  let queries;
  try {
    queries = describeQueries(iri);
  } catch (error) {
    if (error instanceof SparqlTermError) throw notFound();
    throw error;
  }
  const deadline = performance.now() + timeoutMs;
  const core = await constructAll(store, queries.core, deadline, timeoutMs);
  if (!core.some((quads) => quads.some((q) => q.subject.value === iri || q.object.value === iri))) throw notFound();
  const more = await constructAll(store, queries.more, deadline, timeoutMs);
  return stabilizeBlankNodes(mergeTriples([...core, ...more]));
}

async function constructAll(store: Store, queries: string[], deadline: number, timeoutMs: number): Promise<Quad[][]> {
  const left = Math.floor(deadline - performance.now());
  if (left <= 0) throw new QueryTimeoutError(timeoutMs);
  return Promise.all(queries.map(async (sparql) => {
    const result = await store.query(sparql, { timeoutMs: left, form: 'CONSTRUCT' });
    if (result.kind !== 'quads') throw new Error(`a CONSTRUCT returned ${result.kind}`);
    return result.quads;
  }));
}
