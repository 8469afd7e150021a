// The converter's N-Triples output parsed by n3 (independently of our serialiser) into a small indexed graph.
import { Parser } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { scoreLiteral, type ScoredLiteral } from './literal.js';
import { firstRejectedLine, rdflibLines } from './rdflib-lines.js';

/** A node of the parsed graph: an IRI, a blank node, or a literal as rdflib would hold it. */
export type GraphNode =
  | { kind: 'iri'; value: string }
  | { kind: 'bnode'; value: string }
  | ({ kind: 'literal'; datatype: string; language: string } & ScoredLiteral);

/** One triple of the parsed graph. */
export interface GraphTriple {
  subject: GraphNode;
  predicate: string;
  object: GraphNode;
}

/** Python `str(node)`: the IRI, the blank node label, or the literal's (normalised) lexical form. */
export function nodeText(node: GraphNode): string {
  return node.kind === 'literal' ? node.lexical : node.value;
}

function nodeKey(node: GraphNode): string {
  if (node.kind === 'literal') return `L${JSON.stringify([node.lexical, node.datatype, node.language])}`;
  return `${node.kind === 'iri' ? 'I' : 'B'}${node.value}`;
}

function toNode(term: Term): GraphNode {
  if (term.termType === 'Literal') {
    return { kind: 'literal', datatype: term.datatype.value, language: term.language, ...scoreLiteral(term) };
  }
  return { kind: term.termType === 'BlankNode' ? 'bnode' : 'iri', value: term.value };
}

/** A set of triples with the two look-ups score.py uses (`G.objects`, `G.subjects`), in insertion order. */
export class TripleGraph {
  private readonly seen = new Set<string>();
  private readonly ordered: GraphTriple[] = [];
  private readonly bySubject = new Map<string, Map<string, GraphNode[]>>();
  private readonly byObject = new Map<string, Map<string, GraphNode[]>>();

  /** Adds a triple unless an equal one is already there (rdflib graphs are sets). */
  add(triple: GraphTriple): void {
    const s = nodeKey(triple.subject);
    const o = nodeKey(triple.object);
    const key = JSON.stringify([s, triple.predicate, o]);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.ordered.push(triple);
    push(this.bySubject, s, triple.predicate, triple.object);
    push(this.byObject, o, triple.predicate, triple.subject);
  }

  /** Objects of `(subject, predicate, ?)`. */
  objects(subject: GraphNode, predicate: string): GraphNode[] {
    return this.bySubject.get(nodeKey(subject))?.get(predicate) ?? [];
  }

  /** Subjects of `(?, predicate, object)`. */
  subjects(predicate: string, object: GraphNode): GraphNode[] {
    return this.byObject.get(nodeKey(object))?.get(predicate) ?? [];
  }

  /** Every triple, once each. */
  triples(): readonly GraphTriple[] {
    return this.ordered;
  }
}

function push(index: Map<string, Map<string, GraphNode[]>>, key: string, predicate: string, node: GraphNode): void {
  let byPredicate = index.get(key);
  if (!byPredicate) index.set(key, (byPredicate = new Map()));
  const nodes = byPredicate.get(predicate);
  if (nodes) nodes.push(node);
  else byPredicate.set(predicate, [node]);
}

/** The result of parsing a converter's output. */
export interface ParsedOutput {
  /** The triples read; after a syntax error, those of the lines before it (rdflib adds triples as it reads). */
  graph: TripleGraph;
  /** The parser's message when the output is not valid N-Triples, else null. */
  parseError: string | null;
}

function parseQuads(text: string): Quad[] {
  return new Parser({ format: 'N-Triples' }).parse(text);
}

function errorLine(error: unknown): number {
  const context = (error as { context?: { line?: unknown } }).context;
  return typeof context?.line === 'number' ? context.line : 1;
}

/** n3's parse of `text`; after an error, its parse of the lines before the bad one. */
function parseWithN3(text: string): { quads: Quad[]; error: string | null } {
  try {
    return { quads: parseQuads(text), error: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const goodLines = text.split('\n').slice(0, errorLine(error) - 1);
    try {
      return { quads: goodLines.length > 0 ? parseQuads(`${goodLines.join('\n')}\n`) : [], error: message };
    } catch {
      return { quads: [], error: message };
    }
  }
}

/**
 * Parses N-Triples with n3, reading only the lines rdflib would accept: at the first line rdflib's grammar
 * rejects (or n3's parser does) parsing stops, and the triples of the lines before it are kept, as rdflib does.
 */
export function parseNTriples(text: string): ParsedOutput {
  const lines = rdflibLines(text);
  const rejected = firstRejectedLine(lines);
  const accepted = rejected === -1 ? lines : lines.slice(0, rejected);
  const { quads, error } = parseWithN3(accepted.length > 0 ? `${accepted.join('\n')}\n` : '');
  const parseError = rejected === -1 ? error : (error ?? `invalid N-Triples line ${rejected + 1}: ${lines[rejected].slice(0, 120)}`);
  const graph = new TripleGraph();
  for (const q of quads) graph.add({ subject: toNode(q.subject), predicate: q.predicate.value, object: toNode(q.object) });
  return { graph, parseError };
}

/** ASCII whitespace as Python's `bytes.strip()` removes it. */
const BYTES_WHITESPACE = /^[ \t\n\r\v\f]*$/;

/**
 * Reads a converter's stdout as score.py does: nothing to parse when it is blank, strict UTF-8 when given bytes
 * (a decoding failure is a parse failure), then N-Triples.
 */
export function parseConverterOutput(stdout: string | Uint8Array): ParsedOutput {
  let text: string;
  if (typeof stdout === 'string') text = stdout;
  else if (isBlankBytes(stdout)) text = '';
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(stdout);
    } catch (error) {
      return { graph: new TripleGraph(), parseError: `output is not UTF-8: ${(error as Error).message}` };
    }
  }
  if (BYTES_WHITESPACE.test(text)) return { graph: new TripleGraph(), parseError: null };
  return parseNTriples(text);
}

function isBlankBytes(bytes: Uint8Array): boolean {
  return bytes.every((b) => b === 0x20 || (b >= 0x09 && b <= 0x0d));
}
