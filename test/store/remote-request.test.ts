// Tests the protocol body sent to a remote endpoint and the mapping of its failures to typed store errors.
import { describe, expect, it } from 'vitest';
import { errorFromFetch, errorFromStatus, NO_GRAPH, protocolBody } from '../../src/store/remote-request.js';
import { QuerySyntaxError, QueryTimeoutError, StoreUnavailableError } from '../../src/store/store.js';

describe('protocolBody', () => {
  it('sends the query alone when no dataset is given, and the server timeout when asked', () => {
    expect([...protocolBody({ query: 'ASK {}' })]).toEqual([['query', 'ASK {}']]);
    expect(protocolBody({ query: 'ASK {}', serverTimeoutMs: 500 }).get('timeout')).toBe('500');
  });

  it('pins the missing half of a protocol dataset to a graph that does not exist (SPARQL 1.1 semantics on Virtuoso)', () => {
    const defaultsOnly = protocolBody({ query: 'ASK {}', defaultGraphUris: ['http://g/1', 'http://g/2'] });
    expect(defaultsOnly.getAll('default-graph-uri')).toEqual(['http://g/1', 'http://g/2']);
    expect(defaultsOnly.getAll('named-graph-uri')).toEqual([NO_GRAPH]);
    const namedOnly = protocolBody({ query: 'ASK {}', namedGraphUris: ['http://g/1'] });
    expect(namedOnly.getAll('default-graph-uri')).toEqual([NO_GRAPH]);
    expect(namedOnly.getAll('named-graph-uri')).toEqual(['http://g/1']);
  });
});

describe('errorFromStatus', () => {
  it('maps Virtuoso\'s answers: compiler errors, time-outs, server failures', () => {
    const syntax = errorFromStatus(400, 'Virtuoso 37000 Error SP030: SPARQL compiler, line 2: syntax error\n\nSPARQL query:\nSELECT', 1000, 'u');
    expect(syntax).toBeInstanceOf(QuerySyntaxError);
    expect(syntax.message).toBe('Virtuoso 37000 Error SP030: SPARQL compiler, line 2: syntax error');
    expect(errorFromStatus(500, 'Virtuoso S1T00 Error SR171: Transaction timed out\n', 1000, 'u')).toBeInstanceOf(QueryTimeoutError);
    expect(errorFromStatus(503, 'Service Unavailable', 1000, 'u')).toBeInstanceOf(StoreUnavailableError);
    expect(errorFromStatus(404, '', 1000, 'u')).toBeInstanceOf(StoreUnavailableError);
  });
});

describe('errorFromFetch', () => {
  it('tells our time-out from a refused connection', () => {
    const refused = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    const error = errorFromFetch(refused, new AbortController().signal, 1000, 'http://127.0.0.1:1/sparql');
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error.message).toBe('the store at http://127.0.0.1:1/sparql is unreachable (ECONNREFUSED)');
    const timedOut = new AbortController();
    timedOut.abort();
    expect(errorFromFetch(new DOMException('aborted', 'TimeoutError'), timedOut.signal, 1000, 'u')).toBeInstanceOf(QueryTimeoutError);
  });
});
