// Tests reading a remote endpoint's answers, with bodies and headers as Virtuoso 7.2.5 sends them.
import { describe, expect, it } from 'vitest';
import { decodeAnswer, refusePartialAnswer } from '../../src/store/remote-results.js';
import { QueryTimeoutError, ResultTooLargeError } from '../../src/store/store.js';

const XSD_INTEGER = 'http://www.w3.org/2001/XMLSchema#integer';
/** Virtuoso's answer to an ASK: a results document binding __ASK_RETVAL to 1, or with no row for false. */
const VIRTUOSO_ASK = (rows: string) => `{ "head": { "link": [], "vars": ["__ASK_RETVAL"] },
  "results": { "distinct": false, "ordered": true, "bindings": [ ${rows} ] } }`;
const SELECT_BODY = `{ "head": { "link": [], "vars": ["s", "o"] },
  "results": { "distinct": false, "ordered": true, "bindings": [
    { "s": { "type": "bnode", "value": "nodeID://b10001" }, "o": { "type": "typed-literal", "datatype": "${XSD_INTEGER}", "value": "3" }},
    { "s": { "type": "uri", "value": "http://ex.org/a" }, "o": { "type": "literal", "xml:lang": "zh", "value": "\\u4E8C" }} ] } }`;
const select = { form: 'SELECT' as const, timeoutMs: 1000 };

describe('decodeAnswer', () => {
  it('reads Virtuoso\'s ASK answers and the standard boolean', () => {
    const ask = { form: 'ASK' as const, timeoutMs: 1000 };
    const one = `{ "__ASK_RETVAL": { "type": "typed-literal", "datatype": "${XSD_INTEGER}", "value": "1" }}`;
    expect(decodeAnswer(VIRTUOSO_ASK(one), new Headers(), ask)).toEqual({ kind: 'boolean', value: true });
    expect(decodeAnswer(VIRTUOSO_ASK(''), new Headers(), ask)).toEqual({ kind: 'boolean', value: false });
    expect(decodeAnswer('{"head":{},"boolean":true}', new Headers(), ask)).toEqual({ kind: 'boolean', value: true });
  });

  it('reads SELECT rows, giving blank nodes the labels Virtuoso writes in N-Triples', () => {
    const result = decodeAnswer(SELECT_BODY, new Headers(), select);
    if (result.kind !== 'bindings') throw new Error(result.kind);
    expect(result.variables).toEqual(['s', 'o']);
    expect(result.rows[0].s).toMatchObject({ termType: 'BlankNode', value: 'b10001' });
    expect(result.rows[0].o).toMatchObject({ termType: 'Literal', value: '3', datatype: { value: XSD_INTEGER } });
    expect(result.rows[1].o).toMatchObject({ value: '二', language: 'zh' });
  });

  it('reads N-Triples with tabs, \\u escapes and the "# Empty NT" comment', () => {
    const construct = { form: 'CONSTRUCT' as const, timeoutMs: 1000 };
    const result = decodeAnswer('_:b1\t<http://ex.org/p>\t"\\u4E00\\"x\\n"@zh .\n', new Headers(), construct);
    expect(result.kind === 'quads' && result.quads.map((q) => [q.subject.termType, q.object.value])).toEqual([['BlankNode', '一"x\n']]);
    expect(decodeAnswer('# Empty NT\n', new Headers(), construct)).toEqual({ kind: 'quads', quads: [] });
  });

  it('refuses more rows than maxRows, and an answer cut at the server cap (X-SPARQL-MaxRows)', () => {
    expect(() => decodeAnswer(SELECT_BODY, new Headers(), { ...select, maxRows: 1 })).toThrow(ResultTooLargeError);
    expect(() => decodeAnswer(SELECT_BODY, new Headers({ 'X-SPARQL-MaxRows': '2' }), select)).toThrow(ResultTooLargeError);
    expect(decodeAnswer(SELECT_BODY, new Headers({ 'X-SPARQL-MaxRows': '3' }), select).kind).toBe('bindings');
  });
});

describe('refusePartialAnswer', () => {
  it('turns Virtuoso\'s anytime partial answer (X-SQL-State: S1TAT) into QueryTimeoutError', () => {
    const headers = new Headers({ 'X-SQL-State': 'S1TAT', 'X-SQL-Message': 'RC...: Returning incomplete results, query interrupted by result timeout.' });
    expect(() => refusePartialAnswer(headers, select)).toThrow(QueryTimeoutError);
    expect(() => refusePartialAnswer(new Headers(), select)).not.toThrow();
  });
});
