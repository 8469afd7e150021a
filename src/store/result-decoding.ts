// Turns the worker's serialised answers (SPARQL JSON results, N-Triples) back into RDF/JS terms on the main thread.
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory, Parser } from 'n3';
import type { Bindings, BindingsResult } from './store.js';

/** A term as written in SPARQL 1.1 Query Results JSON. */
interface JsonTerm {
  type: 'uri' | 'literal' | 'typed-literal' | 'bnode' | 'triple';
  value: string | { subject: JsonTerm; predicate: JsonTerm; object: JsonTerm };
  'xml:lang'?: string;
  datatype?: string;
}

/** Parses a SPARQL JSON SELECT result into variable names and rows of RDF/JS terms. */
export function decodeBindings(json: string): { variables: string[]; rows: Bindings[] } {
  const parsed = JSON.parse(json) as {
    head: { vars?: string[] };
    results: { bindings: Array<Record<string, JsonTerm>> };
  };
  const rows = parsed.results.bindings.map((row) => {
    const decoded: Bindings = {};
    for (const [name, term] of Object.entries(row)) decoded[name] = decodeTerm(term);
    return decoded;
  });
  return { variables: parsed.head.vars ?? [], rows };
}

/**
 * A SELECT answer over the engine's SPARQL JSON text, kept as `json`; rows and variables are decoded on first read,
 * so a caller that only passes the text on never pays for RDF/JS terms.
 */
export function bindingsResult(json: string): BindingsResult {
  let decoded: { variables: string[]; rows: Bindings[] } | undefined;
  const decode = () => (decoded ??= decodeBindings(json));
  return {
    kind: 'bindings',
    json,
    get variables() { return decode().variables; },
    get rows() { return decode().rows; },
  };
}

/** Parses N-Triples (one triple a line, as oxigraph writes it) keeping blank node labels. */
export function decodeQuads(ntriples: string): Quad[] {
  return new Parser({ format: 'application/n-triples', blankNodePrefix: '' }).parse(ntriples);
}

function decodeTerm(term: JsonTerm): Term {
  if (typeof term.value !== 'string') {
    const { subject, predicate, object } = term.value;
    return DataFactory.quad(decodeTerm(subject) as Quad['subject'], decodeTerm(predicate) as Quad['predicate'],
      decodeTerm(object) as Quad['object']);
  }
  switch (term.type) {
    case 'uri':
      return DataFactory.namedNode(term.value);
    case 'bnode':
      return DataFactory.blankNode(term.value);
    default:
      if (term['xml:lang']) return DataFactory.literal(term.value, term['xml:lang']);
      return DataFactory.literal(term.value, term.datatype ? DataFactory.namedNode(term.datatype) : undefined);
  }
}
