// Reads SPARQL results in every format the W3C tests use (.srx, .srj, .tsv, .csv, .ttl graphs and rs: result sets).
import type { Quad, Term } from '@rdfjs/types';
import { parseDocument } from 'htmlparser2';
import { DataFactory, Parser, Store as N3Store } from 'n3';
import { decodeBindings } from '../../src/store/result-decoding.js';
import type { Bindings } from '../../src/store/store.js';

/** A result in comparable form. */
export type ResultSet =
  | { kind: 'boolean'; value: boolean }
  | { kind: 'bindings'; variables: string[]; rows: Bindings[] }
  | { kind: 'graph'; quads: Quad[] }
  | { kind: 'csv'; lines: string[][] };

const RS = 'http://www.w3.org/2001/sw/DataAccess/tests/result-set#';
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/** Parses SPARQL JSON results (SELECT or ASK). */
export function parseSrj(text: string): ResultSet {
  const json = JSON.parse(text) as { boolean?: boolean };
  if (typeof json.boolean === 'boolean') return { kind: 'boolean', value: json.boolean };
  return { kind: 'bindings', ...decodeBindings(text) };
}

type XmlNode = { type: string; name?: string; attribs?: Record<string, string>; children?: XmlNode[]; data?: string };

const elements = (node: XmlNode): XmlNode[] => (node.children ?? []).filter((child) => child.type === 'tag');
const textOf = (node: XmlNode): string =>
  (node.children ?? []).map((child) => (child.type === 'text' || child.type === 'cdata' ? child.data ?? textOf(child) : '')).join('');
function find(node: XmlNode, name: string): XmlNode | undefined {
  for (const child of elements(node)) {
    if (child.name === name) return child;
    const deeper = find(child, name);
    if (deeper) return deeper;
  }
  return undefined;
}

function xmlTerm(node: XmlNode): Term {
  if (node.name === 'uri') return DataFactory.namedNode(textOf(node).trim());
  if (node.name === 'bnode') return DataFactory.blankNode(textOf(node).trim());
  if (node.name === 'triple') {
    const part = (name: string) => xmlTerm(elements(find(node, name)!)[0]);
    return DataFactory.quad(part('subject') as never, part('predicate') as never, part('object') as never);
  }
  const lang = node.attribs?.['xml:lang'];
  const datatype = node.attribs?.datatype;
  return DataFactory.literal(textOf(node), lang ?? (datatype ? DataFactory.namedNode(datatype) : undefined));
}

/** Parses SPARQL XML results (SELECT or ASK). */
export function parseSrx(text: string): ResultSet {
  const root = parseDocument(text, { xmlMode: true }) as unknown as XmlNode;
  const boolean = find(root, 'boolean');
  if (boolean) return { kind: 'boolean', value: textOf(boolean).trim() === 'true' };
  const head = find(root, 'head');
  const variables = head ? elements(head).filter((n) => n.name === 'variable').map((n) => n.attribs!.name) : [];
  const results = find(root, 'results');
  const rows = (results ? elements(results) : []).map((result) => {
    const row: Bindings = {};
    for (const binding of elements(result)) row[binding.attribs!.name] = xmlTerm(elements(binding)[0]);
    return row;
  });
  return { kind: 'bindings', variables, rows };
}

/** Parses one TSV field (a term in Turtle syntax). */
function tsvTerm(field: string): Term {
  const [quad] = new Parser({ blankNodePrefix: '' }).parse(`<urn:s> <urn:p> ${field} .`);
  return quad.object;
}

/** Parses SPARQL TSV results. */
export function parseTsv(text: string): ResultSet {
  const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  const variables = lines[0].split('\t').map((name) => name.replace(/^\?/, ''));
  const rows = lines.slice(1).map((line) => {
    const row: Bindings = {};
    line.split('\t').forEach((field, at) => {
      if (field !== '') row[variables[at]] = tsvTerm(field);
    });
    return row;
  });
  return { kind: 'bindings', variables, rows };
}

/** Splits CSV text into fields (RFC 4180 quoting; CRLF or LF line ends). */
export function parseCsv(text: string): ResultSet {
  const lines: string[][] = [];
  let fields: string[] = [];
  const pattern = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r?\n|$)/gy;
  for (let match = pattern.exec(text); match && match[0] !== ''; match = pattern.exec(text)) {
    const raw = match[1];
    fields.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (match[2] !== ',') {
      lines.push(fields);
      fields = [];
    }
  }
  return { kind: 'csv', lines };
}

/** Parses a Turtle result: a CONSTRUCT graph, or a SELECT result written with the rs: vocabulary. */
export function parseTurtleResult(text: string, baseIri: string): ResultSet {
  const quads = new Parser({ baseIRI: baseIri, blankNodePrefix: '' }).parse(text);
  const graph = new N3Store(quads);
  const [resultSet] = graph.getSubjects(DataFactory.namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), DataFactory.namedNode(`${RS}ResultSet`), null);
  if (!resultSet) return { kind: 'graph', quads };
  const variables = graph.getObjects(resultSet, `${RS}resultVariable`, null).map((term) => term.value);
  const rows = graph.getObjects(resultSet, `${RS}solution`, null).map((solution) => {
    const row: Bindings = {};
    for (const binding of graph.getObjects(solution, `${RS}binding`, null)) {
      const name = graph.getObjects(binding, `${RS}variable`, null)[0].value;
      row[name] = graph.getObjects(binding, `${RS}value`, null)[0];
    }
    return row;
  });
  return { kind: 'bindings', variables, rows };
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';
/** Numeric datatypes whose literals oxigraph stores as values and writes back in canonical form (`1.0` → `1`). */
const NUMERIC_TYPES = new Set(['integer', 'decimal', 'double', 'float', 'int', 'long', 'short', 'byte',
  'nonNegativeInteger', 'nonPositiveInteger', 'negativeInteger', 'positiveInteger', 'unsignedInt', 'unsignedLong',
  'unsignedShort', 'unsignedByte'].map((name) => `${XSD}${name}`));
/** A numeric lexical form (integer, decimal, double), e.g. `-3`, `2.2`, `1.0E6`. */
const NUMERIC_LEXICAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Whether lexical forms of numeric literals are compared by value (see compare.ts); set by the runner. */
export const comparison = { isNumericByValue: true };

/** The numeric value of a numeric lexical form, as a canonical string, or undefined. */
export function numericValue(lexical: string): string | undefined {
  if (lexical === 'INF' || lexical === '+INF') return 'Infinity';
  if (lexical === '-INF') return '-Infinity';
  if (lexical === 'NaN') return 'NaN';
  return NUMERIC_LEXICAL.test(lexical) ? String(Number(lexical)) : undefined;
}

/** Normalises plain literals so `"a"` and `"a"^^xsd:string` compare equal; numeric literals by value if enabled. */
export function literalKey(term: Term): string {
  if (term.termType !== 'Literal') return `${term.termType}:${term.value}`;
  const datatype = term.language ? '' : term.datatype.value === XSD_STRING ? '' : term.datatype.value;
  const numeric = comparison.isNumericByValue && NUMERIC_TYPES.has(datatype) ? numericValue(term.value) : undefined;
  return `L:${numeric ?? term.value}@${term.language.toLowerCase()}^^${datatype}`;
}
