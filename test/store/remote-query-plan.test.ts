// Tests how a query is read and, only when needed, regenerated before it goes to a remote endpoint.
import { describe, expect, it } from 'vitest';
import { planRemoteQuery } from '../../src/store/remote-query-plan.js';
import { QuerySyntaxError } from '../../src/store/store.js';

describe('planRemoteQuery', () => {
  it('tells the query form and sends the text unchanged when nothing must change', () => {
    const text = 'PREFIX ex: <http://ex.org/> CONSTRUCT WHERE { ?s ex:p ?o }';
    expect(planRemoteQuery(text)).toEqual({ form: 'CONSTRUCT', text });
    expect(planRemoteQuery('ASK {}', { maxRows: 5 }).form).toBe('ASK');
    expect(planRemoteQuery('DESCRIBE <http://ex.org/a>').form).toBe('DESCRIBE');
  });

  it('caps a SELECT at maxRows + 1 unless its own LIMIT is smaller', () => {
    expect(planRemoteQuery('SELECT * WHERE { ?s ?p ?o }', { maxRows: 10 }).text).toMatch(/LIMIT 11$/);
    expect(planRemoteQuery('SELECT * WHERE { ?s ?p ?o } LIMIT 100', { maxRows: 10 }).text).toMatch(/LIMIT 11$/);
    const small = 'SELECT * WHERE { ?s ?p ?o } LIMIT 3';
    expect(planRemoteQuery(small, { maxRows: 10 }).text).toBe(small);
  });

  it('resolves relative IRIs against the base IRI', () => {
    expect(planRemoteQuery('SELECT ?o WHERE { <a> <p> ?o }', { baseIri: 'http://ex.org/' }).text).toContain('<http://ex.org/a> <http://ex.org/p>');
  });

  it('refuses malformed queries and updates with QuerySyntaxError', () => {
    expect(() => planRemoteQuery('SELECT * WHERE {')).toThrow(QuerySyntaxError);
    expect(() => planRemoteQuery('CLEAR ALL')).toThrow('SPARQL Update is not allowed');
  });
});
