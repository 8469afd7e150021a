// IRI compaction for the streamed JSON-LD dump: prefixes only where the context makes them mean the same IRI.
import { describe, expect, it } from 'vitest';
import { IriCompactor } from '../../src/publish/jsonld-text.js';

describe('IriCompactor', () => {
  it('uses the longest prefix the context defines', () => {
    const compactor = new IriCompactor({ ex: 'http://example.org/', exa: 'http://example.org/a/' });
    expect(compactor.compact('http://example.org/a/b')).toBe('exa:b');
    expect(compactor.compact('http://example.org/c')).toBe('ex:c');
  });

  it('keeps the full IRI where no prefix applies or the compact form is itself a term', () => {
    const compactor = new IriCompactor({ ex: 'http://example.org/', 'ex:b': { '@id': 'http://other.org/b' }, name: 'http://example.org/name' });
    expect(compactor.compact('http://example.org/b')).toBe('http://example.org/b');
    expect(compactor.compact('http://elsewhere.org/x')).toBe('http://elsewhere.org/x');
    expect(compactor.compact('http://example.org/')).toBe('http://example.org/');
  });

  it('does not use a term whose IRI does not end in a delimiter as a prefix', () => {
    const compactor = new IriCompactor({ name: 'http://example.org/name' });
    expect(compactor.compact('http://example.org/nameX')).toBe('http://example.org/nameX');
  });
});
