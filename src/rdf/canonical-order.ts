// A total order on quads (graph, subject, predicate, object), so serialisations are byte-identical run to run.

import type { Quad, Term } from '@rdfjs/types';

function termKey(t: Term): string {
  if (t.termType === 'Literal') return `L\u0000${t.value}\u0000${t.language}\u0000${t.datatype.value}`;
  return `${t.termType}\u0000${t.value}`;
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

/** A sorted copy of the quads with exact duplicates removed. */
export function sortQuads(quads: Iterable<Quad>): Quad[] {
  const sorted = [...quads].sort(compareQuads);
  return sorted.filter((q, i) => i === 0 || compareQuads(sorted[i - 1], q) !== 0);
}
