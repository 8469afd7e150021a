// negotiateFormat: suffixes, q-values, wildcards, exclusions and aliases, without a server.
import { describe, expect, it } from 'vitest';
import { negotiateFormat, RDF_FORMATS, splitFormatSuffix, type FormatName } from '../../src/http/negotiate.js';

const DOC: FormatName[] = [...RDF_FORMATS, 'html'];
const pick = (accept: string | undefined, available: FormatName[] = DOC, suffix?: string) =>
  negotiateFormat({ accept, suffix }, available)?.name;

describe('negotiateFormat', () => {
  it('takes the first offered format when Accept is absent, empty or */*', () => {
    expect(pick(undefined)).toBe('turtle');
    expect(pick('')).toBe('turtle');
    expect(pick('*/*')).toBe('turtle');
    expect(pick('*/*', ['html', 'json'])).toBe('html');
  });
  it('matches sub-type wildcards', () => {
    expect(pick('application/*')).toBe('jsonld');
    expect(pick('text/*;q=0.9, text/html')).toBe('html');
  });
  it('orders by q-value, then specificity', () => {
    expect(pick('text/turtle;q=0.2, application/rdf+xml;q=0.8')).toBe('rdfxml');
    expect(pick('text/*;q=0.5, application/n-triples;q=0.4')).toBe('turtle');
  });
  it('never picks a type excluded with q=0, even under a wildcard', () => {
    expect(pick('text/turtle;q=0, */*')).toBe('jsonld');
    expect(pick('*/*;q=0')).toBeUndefined();
  });
  it('answers undefined when nothing fits', () => {
    expect(pick('image/png')).toBeUndefined();
    expect(pick('text/html', ['turtle'])).toBeUndefined();
  });
  it('takes aliases: application/json as JSON-LD, xhtml as HTML', () => {
    expect(pick('application/json')).toBe('jsonld');
    expect(pick('application/json', ['html', 'json'])).toBe('json');
    expect(pick('application/xhtml+xml')).toBe('html');
  });
  it('lets a suffix decide over Accept, and refuses an unoffered suffix', () => {
    expect(pick('text/html', DOC, 'nt')).toBe('ntriples');
    expect(pick(undefined, ['turtle', 'jsonld'], 'html')).toBeUndefined();
  });
});

describe('splitFormatSuffix', () => {
  it('splits only known suffixes', () => {
    expect(splitFormatSuffix('/meeting/a.ttl')).toEqual({ path: '/meeting/a', suffix: 'ttl' });
    expect(splitFormatSuffix('/meeting/a.rdf')).toEqual({ path: '/meeting/a', suffix: 'rdf' });
    expect(splitFormatSuffix('/org/a.b')).toEqual({ path: '/org/a.b' });
    expect(splitFormatSuffix('/meeting/a')).toEqual({ path: '/meeting/a' });
  });
});
