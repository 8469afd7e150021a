// The text of the N-Quads, N-Triples and Turtle dumps, produced piece by piece for streaming.
import type { Quad } from '@rdfjs/types';
import { Writer } from 'n3';
import type { ConvertedOutcome } from './page-job.js';
import type { TripleIndex } from './triple-index.js';

/** N-Quads: each converted page's quads in its own named graph, pages in input order. */
export function* nquadsText(pages: readonly ConvertedOutcome[]): Generator<string> {
  for (const page of pages) yield page.nquads;
}

/** N-Triples: the distinct triples of all graphs, grouped by subject. */
export function* ntriplesText(index: TripleIndex): Generator<string> {
  for (const group of index.groups()) yield* group.lines;
}

/** Turtle: the same triples as N-Triples, with prefixes and one block per subject. */
export function* turtleText(index: TripleIndex, prefixes: Record<string, string>): Generator<string> {
  const pending: string[] = [];
  const sink = {
    write(chunk: string, _encoding: string, done?: () => void) { pending.push(chunk); done?.(); },
    end(done?: () => void) { done?.(); },
  };
  const writer = new Writer(sink, { format: 'Turtle', prefixes });
  for (const group of index.groups()) {
    for (const triple of group.triples) writer.addQuad(triple as Quad);
    yield pending.splice(0).join('');
  }
  writer.end();
  yield pending.splice(0).join('');
}
