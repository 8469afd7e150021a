// Quads → N-Triples, N-Quads, Turtle (synchronous, canonically ordered, byte-identical run to run) and JSON-LD (offline).

import { DataFactory, Writer } from 'n3';
import jsonld from 'jsonld';
import type { Quad } from '@rdfjs/types';
import { PREFIXES } from '../vocab/index.js';
import { sortQuads } from './canonical-order.js';
import { NTriplesTerms } from './ntriples-terms.js';
import { CONTEXT_IRI, loadContext } from './ontology-files.js';

type WriterFormat = 'N-Triples' | 'N-Quads' | 'Turtle';

function write(quads: Quad[], format: WriterFormat, prefixes?: Record<string, string>): string {
  const writer = new Writer({ format, prefixes });
  writer.addQuads(quads);
  let output = '';
  let failure: Error | null = null;
  writer.end((error, result: string) => {
    failure = error;
    output = result;
  });
  if (failure) throw failure;
  return output;
}

/** The quads moved to the default graph (duplicates across graphs collapse when sorted). */
function triplesOf(quads: Iterable<Quad>): Quad[] {
  const out: Quad[] = [];
  for (const q of quads) out.push(DataFactory.quad(q.subject, q.predicate, q.object));
  return out;
}

/**
 * N-Triples of the quads, graph names dropped, one line per triple, lines in code-unit order with
 * duplicates removed (the line itself is the sort key: cheaper than ordering terms, and canonical).
 */
export function toNTriples(quads: Iterable<Quad>): string {
  const all = Array.from(quads);
  return linesBySubject(all) ?? joinUnique(writerLines(all).sort());
}

/** The lines as N3.Writer writes them (for terms {@link NTriplesTerms} does not take, such as quoted triples). */
function writerLines(quads: readonly Quad[]): string[] {
  const writer = new Writer({ format: 'N-Triples' });
  return quads.map((q) => writer.quadToString(q.subject, q.predicate, q.object));
}

/** A character at or below the space that separates a line's subject from the rest. */
const SPACE_OR_CONTROL = /[\u0000- ]/;

/** Whether an encoded subject holds {@link SPACE_OR_CONTROL} (an IRI has its control characters escaped: only a space can be there). */
function holdsSeparator(subject: string): boolean {
  return subject.startsWith('<') ? subject.includes(' ') : SPACE_OR_CONTROL.test(subject);
}

/**
 * The sorted lines, built subject by subject: sorting the few subjects, then each subject's short
 * `predicate object .` rests, is much cheaper than comparing whole lines that share long subject IRIs.
 * That is the whole lines' order as long as no subject holds a space or a control character (else null).
 */
function linesBySubject(quads: readonly Quad[]): string | null {
  const terms = new NTriplesTerms();
  const rests = new Map<string, string[]>();
  for (const q of quads) {
    const subject = terms.encode(q.subject);
    const predicate = terms.encode(q.predicate);
    const object = terms.encode(q.object);
    if (subject === null || predicate === null || object === null) return null;
    const rest = `${predicate} ${object} .\n`;
    const group = rests.get(subject);
    if (group === undefined) rests.set(subject, [rest]);
    else group.push(rest);
  }
  const subjects = [...rests.keys()];
  if (subjects.some(holdsSeparator)) return null;
  let out = '';
  for (const subject of subjects.sort()) out += joinUnique(rests.get(subject)!.sort(), `${subject} `);
  return out;
}

/** Sorted strings joined, each after `prefix`, duplicates dropped. */
function joinUnique(sorted: readonly string[], prefix = ''): string {
  let out = '';
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out += prefix + sorted[i];
  return out;
}

/** N-Quads of the quads (graph names kept), canonical order. */
export function toNQuads(quads: Iterable<Quad>): string {
  return write(sortQuads(quads), 'N-Quads');
}

/** Turtle of the quads (graph names dropped), with `prefixes` (default: the project's) and subjects in canonical order. */
export function toTurtle(quads: Iterable<Quad>, prefixes: Record<string, string> = PREFIXES): string {
  return write(sortQuads(triplesOf(quads)), 'Turtle', prefixes);
}

interface RemoteDocument {
  contextUrl: null;
  documentUrl: string;
  document: unknown;
}

/** A JSON-LD document loader that serves the project's context from disk and refuses everything else. */
export function offlineDocumentLoader(context: Record<string, unknown> = loadContext()) {
  return async (url: string): Promise<RemoteDocument> => {
    if (url === CONTEXT_IRI) return { contextUrl: null, documentUrl: url, document: { '@context': context } };
    throw new Error(`refusing to fetch ${url}: JSON-LD documents are served offline only`);
  };
}

/**
 * JSON-LD of the quads: jsonld.fromRDF, then compacted with `context` (default ontology/context.jsonld).
 * Named graphs are kept. Nothing is fetched from the network.
 */
export async function toJsonLd(quads: Iterable<Quad>, context: Record<string, unknown> = loadContext()): Promise<object> {
  const documentLoader = offlineDocumentLoader(context);
  const expanded = await jsonld.fromRDF(toNQuads(quads), { format: 'application/n-quads', useNativeTypes: false });
  return jsonld.compact(expanded, context as jsonld.ContextDefinition, { documentLoader } as unknown as jsonld.Options.Compact);
}
