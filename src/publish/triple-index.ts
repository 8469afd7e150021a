// The dataset's distinct triples (the union of all page graphs) as sortable lines, grouped back by subject, with VoID statistics.
import type { Quad } from '@rdfjs/types';
import { Parser, Writer } from 'n3';
import { RDF } from '../vocab/index.js';
import { compactLines } from './line-sorter.js';

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

/*
 * A triple's sort line is `{subject}\u0001{0 for rdf:type, else 1}{predicate object .}`: plain code-unit order of sort
 * lines is then subjects in code-unit order (a subject that is a prefix of another comes first, as '\u0001' sorts
 * before any character of a term), rdf:type triples first, the rest in N-Triples order — the order of the dumps.
 * N-Triples terms never hold a raw control character, so '\u0001' cannot occur inside one.
 */
const SUBJECT_END = '\u0001';
const TYPE_TERM = `<${RDF.type}> `;

function sortLineOf(triple: string): string {
  const space = triple.indexOf(' ');
  const rest = triple.slice(space + 1);
  return `${triple.slice(0, space)}${SUBJECT_END}${rest.startsWith(TYPE_TERM) ? '0' : '1'}${rest}`;
}

/** The N-Triples line (ending in '\n') of a sort line. */
export function ntriplesLineOf(sortLine: string): string {
  const end = sortLine.indexOf(SUBJECT_END);
  return `${sortLine.slice(0, end)} ${sortLine.slice(end + 2)}\n`;
}

/**
 * The sort lines of one page's N-Quads (as written by the build: every quad in the page's graph `graph`).
 * The triple is the quad line without its graph term; a line in another graph is parsed and written anew.
 */
export function tripleSortLines(nquads: string, graph: string): string[] {
  const suffix = ` <${graph}> .`;
  const lines: string[] = [];
  let start = 0;
  for (let end = nquads.indexOf('\n'); end !== -1; start = end + 1, end = nquads.indexOf('\n', start)) {
    const line = nquads.slice(start, end);
    if (line.endsWith(suffix)) lines.push(sortLineOf(`${line.slice(0, -suffix.length)} .`));
    else if (line.trim() !== '') lines.push(...rewrittenLines(line));
  }
  return compactLines(lines);
}

function rewrittenLines(line: string): string[] {
  const writer = new Writer({ format: 'N-Triples' });
  return new Parser({ format: 'N-Quads', blankNodePrefix: '_:' }).parse(line)
    .map((q) => sortLineOf(writer.quadToString(q.subject, q.predicate, q.object).slice(0, -1)));
}

/** Lines parsed together: one parser run per batch of groups rather than per subject. */
const PARSE_BATCH_LINES = 4096;

/** Turns sorted, distinct sort lines into subject groups (in the same order), in batches. */
export async function* subjectGroups(sortedLines: AsyncIterable<string[]>): AsyncGenerator<SubjectGroup[]> {
  let pending: string[][] = [];
  let pendingLines = 0;
  let current: string[] = [];
  let currentKey: string | null = null;
  for await (const batch of sortedLines) {
    for (const sortLine of batch) {
      const key = sortLine.slice(0, sortLine.indexOf(SUBJECT_END));
      if (key !== currentKey) {
        if (current.length) {
          pending.push(current);
          pendingLines += current.length;
        }
        current = [];
        currentKey = key;
        if (pendingLines >= PARSE_BATCH_LINES) {
          yield parsedGroups(pending);
          pending = [];
          pendingLines = 0;
        }
      }
      current.push(ntriplesLineOf(sortLine));
    }
  }
  if (current.length) pending.push(current);
  if (pending.length) yield parsedGroups(pending);
}

function parsedGroups(groupsLines: string[][]): SubjectGroup[] {
  const triples = new Parser({ format: 'N-Quads', blankNodePrefix: '_:' }).parse(groupsLines.map((lines) => lines.join('')).join(''));
  const groups: SubjectGroup[] = [];
  let next = 0;
  for (const lines of groupsLines) {
    const own = triples.slice(next, next + lines.length);
    next += lines.length;
    groups.push({ subject: own[0].subject, triples: own, lines });
  }
  if (next !== triples.length) throw new Error(`sorted triples parsed into ${triples.length} quads, expected ${next}`);
  return groups;
}

/** Counts triples, entities, classes and properties of the groups it is given. */
export class StatisticsCounter {
  private readonly stats: DatasetStatistics = { triples: 0, entities: 0, classes: new Map(), properties: new Map() };

  /** @param uriSpace - bounds what counts as an entity */
  constructor(private readonly uriSpace: string) {}

  add(group: SubjectGroup): void {
    const { stats } = this;
    if (group.subject.termType === 'NamedNode' && group.subject.value.startsWith(this.uriSpace)) stats.entities++;
    for (const triple of group.triples) {
      stats.triples++;
      increment(stats.properties, triple.predicate.value);
      if (triple.predicate.value === RDF.type && triple.object.termType === 'NamedNode') increment(stats.classes, triple.object.value);
    }
  }

  get statistics(): DatasetStatistics {
    return this.stats;
  }
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
