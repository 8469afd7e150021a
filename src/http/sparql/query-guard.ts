// Parses every request's query with sparqljs before it reaches the store and refuses what a read-only endpoint must not run.
import sparqljs from 'sparqljs';
import type { SparqlQuery } from 'sparqljs';
import { badRequest, forbidden } from './errors.js';

/** The query forms the endpoint answers. */
export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

/**
 * Parses `text` (relative IRIs against `baseIri`) and returns its form. Throws 400 on a syntax error (with the parser's
 * message), 403 on SPARQL Update (LOAD included) and on SERVICE anywhere in the query.
 */
export function checkQuery(text: string, baseIri: string): QueryForm {
  let parsed: SparqlQuery;
  try {
    parsed = new sparqljs.Parser({ baseIRI: baseIri }).parse(text);
  } catch (error) {
    throw badRequest(`query syntax error: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (parsed.type === 'update') {
    const isLoad = parsed.updates.some((operation) => 'type' in operation && operation.type === 'load');
    throw forbidden(isLoad ? 'LOAD is not allowed: this endpoint is read-only' : 'SPARQL Update is not allowed: this endpoint is read-only');
  }
  if (containsService(parsed)) throw forbidden('SERVICE is not allowed: this endpoint does not query other endpoints');
  return parsed.queryType;
}

/** Characters of query text whose verdicts a checker keeps (all entries together): some hundreds of typical queries. */
const VERDICT_CACHE_CHARS = 2 ** 20;

/**
 * A {@link checkQuery} that remembers the form of queries it accepted, by base IRI and exact text (least recently used
 * out past `maxChars` characters of text): parsing with sparqljs costs 2–8 ms a query, as much as running a small one,
 * and the same texts come again and again (the query UI's examples, the pages' "more via SPARQL" links, dashboards).
 * Refused queries are parsed each time: their errors are cheap and rare.
 */
export function createQueryChecker(maxChars = VERDICT_CACHE_CHARS): (text: string, baseIri: string) => QueryForm {
  const forms = new Map<string, QueryForm>();
  let chars = 0;
  return (text, baseIri) => {
    const key = `${baseIri}\n${text}`;
    const known = forms.get(key);
    if (known !== undefined) {
      forms.delete(key);
      forms.set(key, known);
      return known;
    }
    const form = checkQuery(text, baseIri);
    if (key.length > maxChars) return form;
    forms.set(key, form);
    chars += key.length;
    for (const old of forms.keys()) {
      if (chars <= maxChars) break;
      forms.delete(old);
      chars -= old.length;
    }
    return form;
  };
}

/** Walks the whole parsed query (patterns, sub-selects, EXISTS in expressions) for a `service` pattern. */
function containsService(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(containsService);
  if (node === null || typeof node !== 'object') return false;
  if ((node as { type?: unknown }).type === 'service') return true;
  return Object.values(node).some(containsService);
}
