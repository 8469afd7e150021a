// The query checker remembers accepted query forms by text and base, bounded by characters; refusals are never remembered.
import sparqljs from 'sparqljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProtocolError } from '../../src/http/sparql/errors.js';
import { createQueryChecker } from '../../src/http/sparql/query-guard.js';

const BASE = 'http://localhost/sparql';
const SELECT = 'PREFIX jy: <https://w3id.org/jiyao/ontology#> SELECT ?m WHERE { ?m a jy:Meeting } LIMIT 5';
const CONSTRUCT = 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1';

afterEach(() => vi.restoreAllMocks());

describe('createQueryChecker', () => {
  it('parses a text once and answers its form again from memory', () => {
    const parser = vi.spyOn(sparqljs, 'Parser');
    const check = createQueryChecker();
    expect(check(SELECT, BASE)).toBe('SELECT');
    expect(check(SELECT, BASE)).toBe('SELECT');
    expect(check(CONSTRUCT, BASE)).toBe('CONSTRUCT');
    expect(parser).toHaveBeenCalledTimes(2);
    expect(check(SELECT, 'http://other/sparql')).toBe('SELECT'); // another base resolves relative IRIs differently
    expect(parser).toHaveBeenCalledTimes(3);
  });

  it('refuses updates, SERVICE and syntax errors every time', () => {
    const check = createQueryChecker();
    for (const [text, status] of [['DELETE WHERE { ?s ?p ?o }', 403], ['SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }', 403], ['SELEC * WHERE {}', 400]] as const) {
      for (let i = 0; i < 2; i++) {
        expect(() => check(text, BASE)).toThrow(ProtocolError);
        try { check(text, BASE); } catch (error) { expect((error as ProtocolError).status).toBe(status); }
      }
    }
  });

  it('forgets the least recently used texts past its character budget', () => {
    const parser = vi.spyOn(sparqljs, 'Parser');
    const check = createQueryChecker(BASE.length + SELECT.length + 1 + BASE.length + CONSTRUCT.length + 1);
    check(SELECT, BASE);
    check(CONSTRUCT, BASE);
    check(SELECT, BASE); // SELECT is now the most recent
    check('ASK { ?s ?p ?o }', BASE); // pushes out CONSTRUCT
    expect(parser).toHaveBeenCalledTimes(3);
    expect(check(SELECT, BASE)).toBe('SELECT');
    expect(parser).toHaveBeenCalledTimes(3);
    expect(check(CONSTRUCT, BASE)).toBe('CONSTRUCT');
    expect(parser).toHaveBeenCalledTimes(4);
  });
});
