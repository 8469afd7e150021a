// Reads a remote endpoint's answer: refuses partial results (Virtuoso's anytime and row-cap headers), decodes the rest.
import { DataFactory } from 'n3';
import { decodeBindings, decodeQuads } from './result-decoding.js';
import type { RemoteQueryForm } from './remote-query-plan.js';
import { QueryTimeoutError, ResultTooLargeError, StoreUnavailableError, type Bindings, type QueryResult } from './store.js';

/** Virtuoso's SQL state for "returning incomplete results, query interrupted by result timeout" (anytime query). */
const ANYTIME_PARTIAL_STATE = 'S1TAT';
/** Virtuoso's header naming the server's row cap; present when the answer was cut to ResultSetMaxRows. */
const MAX_ROWS_HEADER = 'x-sparql-maxrows';
/** Virtuoso answers ASK in a results document with this single variable bound to 1 (true) or no row (false). */
const VIRTUOSO_ASK_VARIABLE = '__ASK_RETVAL';
/** Virtuoso writes blank nodes in SPARQL JSON as `nodeID://b10001` and in N-Triples as `_:b10001`. */
const VIRTUOSO_BNODE_PREFIX = 'nodeID://';

/** What the caller asked for, to judge the answer against. */
export interface AnswerContext {
  form: RemoteQueryForm;
  timeoutMs: number;
  maxRows?: number;
}

/**
 * Throws when the headers say the answer is incomplete: an anytime timeout → {@link QueryTimeoutError}. A row cap
 * header is checked against the row count in {@link decodeAnswer}.
 */
export function refusePartialAnswer(headers: Headers, context: AnswerContext): void {
  if (headers.get('x-sql-state')?.trim() === ANYTIME_PARTIAL_STATE) throw new QueryTimeoutError(context.timeoutMs);
}

/** Decodes the body by form (SPARQL JSON results or N-Triples) and applies `maxRows` and the server's row cap. */
export function decodeAnswer(body: string, headers: Headers, context: AnswerContext): QueryResult {
  const serverCap = Number(headers.get(MAX_ROWS_HEADER) ?? NaN);
  if (context.form === 'CONSTRUCT' || context.form === 'DESCRIBE') {
    const quads = decodeQuads(body);
    checkRows(quads.length, context.maxRows, serverCap);
    return { kind: 'quads', quads };
  }
  const parsed = parseJson(body);
  if (context.form === 'ASK') return { kind: 'boolean', value: askValue(parsed, body) };
  const { variables, rows } = decodeBindings(body);
  checkRows(rows.length, context.maxRows, serverCap);
  return { kind: 'bindings', variables, rows: rows.map(withPlainBlankNodes) };
}

function checkRows(count: number, maxRows: number | undefined, serverCap: number): void {
  if (maxRows !== undefined && count > maxRows) throw new ResultTooLargeError(maxRows);
  // The server cut the answer at its cap: what arrived may be partial, so none of it is passed on.
  if (Number.isFinite(serverCap) && count >= serverCap) throw new ResultTooLargeError(serverCap);
}

function parseJson(body: string): { boolean?: unknown; head?: { vars?: string[] }; results?: { bindings?: unknown[] } } {
  try {
    return JSON.parse(body) as ReturnType<typeof parseJson>;
  } catch {
    throw new StoreUnavailableError(`the store answered with malformed SPARQL JSON results: ${body.slice(0, 80)}`);
  }
}

/** The ASK answer in the standard shape (`boolean`) or Virtuoso's (`__ASK_RETVAL` bound to 1, or no row). */
function askValue(parsed: ReturnType<typeof parseJson>, body: string): boolean {
  if (typeof parsed.boolean === 'boolean') return parsed.boolean;
  if (parsed.head?.vars?.length === 1 && parsed.head.vars[0] === VIRTUOSO_ASK_VARIABLE) {
    const { rows } = decodeBindings(body);
    return rows.length > 0 && rows[0][VIRTUOSO_ASK_VARIABLE]?.value !== '0';
  }
  throw new StoreUnavailableError('the store answered an ASK query without a boolean');
}

/** Gives blank nodes the labels the same store writes in N-Triples (`nodeID://b1` → `b1`). */
function withPlainBlankNodes(row: Bindings): Bindings {
  for (const [name, term] of Object.entries(row)) {
    if (term.termType === 'BlankNode' && term.value.startsWith(VIRTUOSO_BNODE_PREFIX)) {
      row[name] = DataFactory.blankNode(term.value.slice(VIRTUOSO_BNODE_PREFIX.length));
    }
  }
  return row;
}
