// The dataset's distinct triples grouped by subject (the union of all page graphs), with VoID statistics.
import type { Quad } from '@rdfjs/types';
import { DataFactory, Parser, Writer } from 'n3';
import { RDF } from '../vocab/index.js';

/** Counts the VoID description states. */
export interface DatasetStatistics {
  /** Distinct triples (a triple in two page graphs counts once). */
  triples: number;
  /** Distinct IRI subjects inside the dataset's URI space. */
  entities: number;
  /** Class IRI → number of distinct subjects typed with it. */
  classes: Map<string, number>;
  /** Property IRI → number of distinct triples using it. */
  properties: Map<string, number>;
}

/** One subject and its triples, rdf:type first, then in N-Triples order. */
export interface SubjectGroup {
  subject: Quad['subject'];
  triples: Quad[];
  /** The same triples as canonical N-Triples lines (each ending in '\n'). */
  lines: string[];
}

/** Collects triples from page N-Quads, dropping graphs and duplicates. */
export class TripleIndex {
  private readonly bySubject = new Map<string, Map<string, Quad>>();
  private readonly lineWriter = new Writer({ format: 'N-Triples' });

  /** Adds the triples of one page's N-Quads (blank node labels are kept as written). */
  addNQuads(nquads: string): void {
    const quads = new Parser({ format: 'N-Quads', blankNodePrefix: '_:' }).parse(nquads);
    for (const quad of quads) this.add(quad);
  }

  private add(quad: Quad): void {
    const triple = DataFactory.quad(quad.subject, quad.predicate, quad.object) as Quad;
    const line = this.lineWriter.quadToString(triple.subject, triple.predicate, triple.object);
    const subjectKey = line.slice(0, line.indexOf(' '));
    let triples = this.bySubject.get(subjectKey);
    if (!triples) this.bySubject.set(subjectKey, (triples = new Map()));
    triples.set(line, triple);
  }

  /** Subjects in code-unit order of their N-Triples form, each with its sorted triples: the same input gives the same order. */
  *groups(): Generator<SubjectGroup> {
    for (const key of [...this.bySubject.keys()].sort(compareStrings)) {
      const byLine = this.bySubject.get(key)!;
      const lines = [...byLine.keys()].sort(compareLines);
      yield { subject: byLine.get(lines[0])!.subject, triples: lines.map((line) => byLine.get(line)!), lines };
    }
  }

  /** Triple, entity, class and property counts; `uriSpace` bounds what counts as an entity. */
  statistics(uriSpace: string): DatasetStatistics {
    const stats: DatasetStatistics = { triples: 0, entities: 0, classes: new Map(), properties: new Map() };
    for (const byLine of this.bySubject.values()) {
      const first = byLine.values().next().value as Quad;
      if (first.subject.termType === 'NamedNode' && first.subject.value.startsWith(uriSpace)) stats.entities++;
      for (const triple of byLine.values()) {
        stats.triples++;
        increment(stats.properties, triple.predicate.value);
        if (triple.predicate.value === RDF.type && triple.object.termType === 'NamedNode') increment(stats.classes, triple.object.value);
      }
    }
    return stats;
  }
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const TYPE_PREDICATE = ` <${RDF.type}> `;

/** rdf:type lines first (Turtle writes them as `a`), then plain code-unit order. */
function compareLines(a: string, b: string): number {
  const aIsType = a.indexOf(TYPE_PREDICATE) === a.indexOf(' ');
  const bIsType = b.indexOf(TYPE_PREDICATE) === b.indexOf(' ');
  if (aIsType !== bIsType) return aIsType ? -1 : 1;
  return compareStrings(a, b);
}
