// Literals read as rdflib 6 reads them (expected values printed by Python 3.11 + rdflib 6.1.1).
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { parsePythonInt, scoreLiteral } from '../../src/check/literal.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const typed = (lexical: string, type: string) => scoreLiteral(DataFactory.literal(lexical, DataFactory.namedNode(XSD + type)));

describe('scoreLiteral', () => {
  it('types integers with Python int(): whitespace, sign, underscores, fullwidth digits', () => {
    expect(typed('01', 'int')).toEqual({ lexical: '1', value: { type: 'int', value: 1 } });
    expect(typed(' 5 ', 'integer').value).toEqual({ type: 'int', value: 5 });
    expect(typed('1_0', 'integer').lexical).toBe('10');
    expect(typed('１２', 'integer').lexical).toBe('12');
    expect(typed('abc', 'integer')).toEqual({ lexical: 'abc', value: { type: 'other', truthy: true } });
    expect(typed('', 'integer').value).toEqual({ type: 'other', truthy: false });
    expect(parsePythonInt('1__0')).toBeNull();
  });

  it('reads booleans as rdflib does: only 1/true (any case) are true', () => {
    expect(typed('TRUE', 'boolean')).toEqual({ lexical: 'true', value: { type: 'bool', value: true } });
    expect(typed('yes', 'boolean')).toEqual({ lexical: 'false', value: { type: 'bool', value: false } });
  });

  it('rewrites dates the way isodate reads them and keeps plain strings as written', () => {
    expect(typed('20210123', 'date').lexical).toBe('2021-01-23');
    expect(typed('0', 'double').value).toEqual({ type: 'other', truthy: false });
    expect(scoreLiteral(DataFactory.literal('false')).value).toEqual({ type: 'other', truthy: true });
  });
});
