// A total order on quads (graph, subject, predicate, object), so serialisations are byte-identical run to run.

import type { Quad, Term } from '@rdfjs/types';

/**
 * A string that identifies a term. N3.js terms carry one already (`id`: `<iri>` as the IRI, `"v"@lang`,
 * `_:b`); reading it avoids N3's literal getters, which re-parse the id on every call.
 */
function termKey(t: Term): string {
  const id = (t as { id?: unknown }).id;
  if (typeof id === 'string') return id;
  if (t.termType === 'Literal') return `"${t.value}"@${t.language}^^${t.datatype.value}`;
  return t.termType === 'BlankNode' ? `_:${t.value}` : t.value;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders two quads by graph, subject, predicate, then object (code-unit order of their keys). */
export function compareQuads(a: Quad, b: Quad): number {
  return (
    compare(termKey(a.graph), termKey(b.graph)) ||
    compare(termKey(a.subject), termKey(b.subject)) ||
    compare(termKey(a.predicate), termKey(b.predicate)) ||
    compare(termKey(a.object), termKey(b.object))
  );
}

/** The four term keys of a quad, in the order quads are compared. */
type QuadKeys = [string, string, string, string];

function keysOf(q: Quad): QuadKeys {
  return [termKey(q.graph), termKey(q.subject), termKey(q.predicate), termKey(q.object)];
}

function compareKeys(a: QuadKeys, b: QuadKeys): number {
  return compare(a[0], b[0]) || compare(a[1], b[1]) || compare(a[2], b[2]) || compare(a[3], b[3]);
}

/**
 * A sorted copy of the quads with exact duplicates removed, in the order of {@link compareQuads}.
 * Each quad's keys are built once (not at every comparison): the sort was most of toNTriples' time.
 */
export function sortQuads(quads: Iterable<Quad>): Quad[] {
  const keyed = Array.from(quads, (quad) => ({ quad, keys: keysOf(quad) }));
  keyed.sort((a, b) => compareKeys(a.keys, b.keys));
  const out: Quad[] = [];
  for (let i = 0; i < keyed.length; i++) {
    if (i === 0 || compareKeys(keyed[i - 1].keys, keyed[i].keys) !== 0) out.push(keyed[i].quad);
  }
  return out;
}
