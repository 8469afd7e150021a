// SPARQL 1.1 Query Results JSON and XML writers for SELECT and ASK answers.
import type { Term } from '@rdfjs/types';
import type { BindingsResult } from '../../store/store.js';
import { escapeXml, RDF_LANG_STRING, XSD_STRING } from './term-syntax.js';

/** A SELECT or ASK answer, as the writers take it. */
export type TabularResult = { kind: 'boolean'; value: boolean } | BindingsResult;

type JsonTerm = Record<string, unknown>;

function termToJson(term: Term): JsonTerm {
  switch (term.termType) {
    case 'NamedNode':
      return { type: 'uri', value: term.value };
    case 'BlankNode':
      return { type: 'bnode', value: term.value };
    case 'Literal':
      if (term.language) return { type: 'literal', value: term.value, 'xml:lang': term.language };
      if (term.datatype.value === XSD_STRING) return { type: 'literal', value: term.value };
      return { type: 'literal', value: term.value, datatype: term.datatype.value };
    case 'Quad':
      return {
        type: 'triple',
        value: { subject: termToJson(term.subject), predicate: termToJson(term.predicate), object: termToJson(term.object) },
      };
    default:
      throw new Error(`cannot write a ${term.termType} in a result`);
  }
}

/**
 * Writes `application/sparql-results+json`. A SELECT answer the store already holds as standard SPARQL JSON is sent as
 * the store wrote it: decoding it into terms and encoding them again would give the same document, slower (a third of
 * a large answer's time). The row cap was applied by the store either way.
 */
export function writeResultsJson(result: TabularResult): string {
  if (result.kind === 'boolean') return JSON.stringify({ head: {}, boolean: result.value });
  if (result.json !== undefined) return result.json;
  const bindings = result.rows.map((row) => {
    const out: Record<string, JsonTerm> = {};
    for (const [name, term] of Object.entries(row)) out[name] = termToJson(term);
    return out;
  });
  return JSON.stringify({ head: { vars: result.variables }, results: { bindings } });
}

function termToXml(term: Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return `<uri>${escapeXml(term.value)}</uri>`;
    case 'BlankNode':
      return `<bnode>${escapeXml(term.value)}</bnode>`;
    case 'Literal': {
      const dt = term.datatype.value;
      const attribute = term.language
        ? ` xml:lang="${escapeXml(term.language)}"`
        : dt === XSD_STRING || dt === RDF_LANG_STRING ? '' : ` datatype="${escapeXml(dt)}"`;
      return `<literal${attribute}>${escapeXml(term.value)}</literal>`;
    }
    case 'Quad':
      return `<triple><subject>${termToXml(term.subject)}</subject><predicate>${termToXml(term.predicate)}</predicate>` +
        `<object>${termToXml(term.object)}</object></triple>`;
    default:
      throw new Error(`cannot write a ${term.termType} in a result`);
  }
}

/** Writes `application/sparql-results+xml`. */
export function writeResultsXml(result: TabularResult): string {
  const open = '<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n';
  if (result.kind === 'boolean') return `${open}<head/>\n<boolean>${result.value}</boolean>\n</sparql>\n`;
  const head = result.variables.map((name) => `<variable name="${escapeXml(name)}"/>`).join('');
  const rows = result.rows.map((row) => {
    const cells = Object.entries(row).map(([name, term]) => `<binding name="${escapeXml(name)}">${termToXml(term)}</binding>`);
    return `<result>${cells.join('')}</result>\n`;
  });
  return `${open}<head>${head}</head>\n<results>\n${rows.join('')}</results>\n</sparql>\n`;
}
