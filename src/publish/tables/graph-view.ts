// Read access to the dataset's distinct triples by subject and by object, for deriving the research tables.
// The triples wait on disk (two sorted files with sparse indexes), so the view's memory does not grow with the dataset.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { RDF, RDFS } from '../../vocab/index.js';
import { LineSorter } from '../line-sorter.js';
import type { SubjectGroup } from '../triple-index.js';
import { SortedLineFile, type SortedLineFileIndex } from './sorted-line-file.js';

/** Code-unit order, the same on every machine. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One object as stored: [predicate, kind (n IRI, b blank node, l literal), value, language, datatype]. */
type StoredObject = [string, 'n' | 'b' | 'l', string, string?, string?];

function storedObject(predicate: string, object: Term): StoredObject {
  if (object.termType === 'Literal') return [predicate, 'l', object.value, object.language, object.datatype.value];
  return [predicate, object.termType === 'BlankNode' ? 'b' : 'n', object.value];
}

function termOf([, kind, value, language, datatype]: StoredObject): Term {
  if (kind === 'n') return DataFactory.namedNode(value);
  if (kind === 'b') return DataFactory.blankNode(value);
  return DataFactory.literal(value, language || DataFactory.namedNode(datatype!));
}

/** Subjects whose triples were decoded last (table rows ask about the same few things many times in a row). */
const CACHED_SUBJECTS = 512;

/** A batch of a {@link GraphView}'s lines, each kind joined by '\n': one string each, cheap to post to a worker. */
export interface ViewLines {
  forward: string;
  backward: string;
}

/**
 * The lines of subject groups (in dump order) for a {@link GraphView}. Forward lines are `{subject}\0{objects as JSON}`,
 * backward lines `{object}\u0001{predicate}\0{subject}` (IRIs and blank nodes only); both are keyed by term value, as
 * the view is. No line holds a '\n' (JSON escapes it; IRIs and blank node labels cannot hold one).
 */
export function viewLines(groups: readonly SubjectGroup[]): ViewLines {
  const forward: string[] = [], backward: string[] = [];
  for (const group of groups) {
    const subject = group.subject.value;
    forward.push(`${subject}\u0000${JSON.stringify(group.triples.map((t) => storedObject(t.predicate.value, t.object)))}`);
    for (const { predicate, object } of group.triples) {
      if (object.termType !== 'Literal') backward.push(`${object.value}\u0001${predicate.value}\u0000${subject}`);
    }
  }
  return { forward: forward.join('\n'), backward: backward.join('\n') };
}

/** Lines joined by '\n' as separate compact strings (see compactLines). */
function splitLines(joined: string): string[] {
  return joined === '' ? [] : joined.split('\n');
}

/** Collects the lines of a {@link GraphView} in sorters; sorted files come out. */
export class GraphViewBuilder {
  private readonly forward: LineSorter;
  private readonly backward: LineSorter;

  constructor(private readonly dir: string, sortBudgetBytes?: number) {
    this.forward = new LineSorter(path.join(dir, 'forward-runs'), sortBudgetBytes);
    this.backward = new LineSorter(path.join(dir, 'backward-runs'), sortBudgetBytes);
  }

  /** Adds lines made by {@link viewLines} (possibly on another thread). */
  async addLines(lines: ViewLines): Promise<void> {
    await this.forward.add(splitLines(lines.forward));
    await this.backward.add(splitLines(lines.backward));
  }

  /** The view over everything added. */
  async open(): Promise<GraphView> {
    await mkdir(this.dir, { recursive: true });
    const forward = await SortedLineFile.write(path.join(this.dir, 'forward.txt'), this.forward.sorted());
    const backward = await SortedLineFile.write(path.join(this.dir, 'backward.txt'), this.backward.sorted());
    return new GraphView(forward, backward);
  }
}

/** A {@link GraphView}'s files, as plain data (to open the view in another thread too). */
export interface GraphViewFiles {
  forward: SortedLineFileIndex;
  backward: SortedLineFileIndex;
}

/** The dataset's triples indexed both ways; IRIs and blank nodes are keyed by their value. */
export class GraphView {
  private readonly decoded = new Map<string, Map<string, Term[]>>();

  constructor(private readonly forward: SortedLineFile, private readonly backward: SortedLineFile) {}

  /** The view's files, for {@link GraphView.open}. */
  get files(): GraphViewFiles {
    return { forward: this.forward.index, backward: this.backward.index };
  }

  /** A view of the files of another view (read only: each view reads and caches on its own). */
  static open(files: GraphViewFiles): GraphView {
    return new GraphView(SortedLineFile.open(files.forward), SortedLineFile.open(files.backward));
  }

  /** Releases the files. */
  close(): void {
    this.forward.close();
    this.backward.close();
  }

  private objectsBySubject(subject: string): Map<string, Term[]> {
    let byPredicate = this.decoded.get(subject);
    if (byPredicate) return byPredicate;
    byPredicate = new Map();
    for (const json of this.forward.linesOf(subject)) {
      for (const stored of JSON.parse(json) as StoredObject[]) {
        const list = byPredicate.get(stored[0]);
        if (list) list.push(termOf(stored));
        else byPredicate.set(stored[0], [termOf(stored)]);
      }
    }
    if (this.decoded.size >= CACHED_SUBJECTS) this.decoded.delete(this.decoded.keys().next().value as string);
    this.decoded.set(subject, byPredicate);
    return byPredicate;
  }

  /** Objects of `subject predicate ?o`, in N-Triples order. */
  objects(subject: string, predicate: string): Term[] {
    return this.objectsBySubject(subject).get(predicate) ?? [];
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

  /** Subjects of `?s predicate object`, sorted (lazily: a class may have millions of instances). */
  *eachSubject(predicate: string, object: string): Generator<string> {
    yield* this.backward.linesOf(`${object}\u0001${predicate}`);
  }

  /** Subjects of `?s predicate object`, sorted. */
  subjects(predicate: string, object: string): string[] {
    return [...this.eachSubject(predicate, object)];
  }

  /** IRIs typed `cls`, sorted, one at a time. */
  instances(cls: string): Generator<string> {
    return this.eachSubject(RDF.type, cls);
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
