// Read access to the dataset's distinct triples by subject and by object, for deriving the research tables.
import type { Term } from '@rdfjs/types';
import { RDF, RDFS } from '../../vocab/index.js';
import type { TripleIndex } from '../triple-index.js';

/** Code-unit order, the same on every machine. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The triples of a {@link TripleIndex} indexed both ways; IRIs and blank nodes are keyed by their value. */
export class GraphView {
  private readonly forward = new Map<string, Map<string, Term[]>>();
  private readonly backward = new Map<string, Map<string, string[]>>();

  constructor(index: TripleIndex) {
    for (const group of index.groups()) {
      for (const { subject, predicate, object } of group.triples) {
        push(this.forward, subject.value, predicate.value, object);
        if (object.termType !== 'Literal') push(this.backward, object.value, predicate.value, subject.value);
      }
    }
  }

  /** Objects of `subject predicate ?o`, in N-Triples order. */
  objects(subject: string, predicate: string): Term[] {
    return this.forward.get(subject)?.get(predicate) ?? [];
  }

  /** The first object's value (lexical form or IRI), or null. Literals tagged zh-Hans are preferred. */
  value(subject: string, predicate: string): string | null {
    const objects = this.objects(subject, predicate);
    const preferred = objects.find((o) => o.termType === 'Literal' && o.language.toLowerCase() === 'zh-hans');
    return (preferred ?? objects[0])?.value ?? null;
  }

  /** Values of every object, sorted. */
  values(subject: string, predicate: string): string[] {
    return this.objects(subject, predicate).map((o) => o.value).sort(compareCodeUnits);
  }

  /** The integer object, or null when absent or not a number. */
  integer(subject: string, predicate: string): number | null {
    const text = this.value(subject, predicate);
    return text !== null && /^-?\d+$/.test(text) ? Number(text) : null;
  }

  /** Subjects of `?s predicate object`, sorted. */
  subjects(predicate: string, object: string): string[] {
    return [...(this.backward.get(object)?.get(predicate) ?? [])].sort(compareCodeUnits);
  }

  /** IRIs typed `cls`, sorted. */
  instances(cls: string): string[] {
    return this.subjects(RDF.type, cls);
  }

  /** Whether `subject` has rdf:type `cls`. */
  isA(subject: string, cls: string): boolean {
    return this.objects(subject, RDF.type).some((o) => o.value === cls);
  }

  /** The rdfs:label (zh-Hans first), or null. */
  label(subject: string): string | null {
    return this.value(subject, RDFS.label);
  }
}

function push<T>(map: Map<string, Map<string, T[]>>, key: string, predicate: string, value: T): void {
  let byPredicate = map.get(key);
  if (!byPredicate) map.set(key, (byPredicate = new Map()));
  const list = byPredicate.get(predicate);
  if (list) list.push(value);
  else byPredicate.set(predicate, [value]);
}
