// Quads → N-Triples, N-Quads, Turtle (synchronous, canonically ordered, byte-identical run to run) and JSON-LD (offline).

import { DataFactory, Writer } from 'n3';
import jsonld from 'jsonld';
import type { Quad } from '@rdfjs/types';
import { PREFIXES } from '../vocab/index.js';
import { sortQuads } from './canonical-order.js';
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
  const writer = new Writer({ format: 'N-Triples' });
  const lines: string[] = [];
  for (const q of quads) lines.push(writer.quadToString(q.subject, q.predicate, q.object));
  lines.sort();
  let out = '';
  for (let i = 0; i < lines.length; i++) if (i === 0 || lines[i] !== lines[i - 1]) out += lines[i];
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
