// Alias pairs from altLabels, with the place stripped, and query expansion both ways.
import { describe, expect, it } from 'vitest';
import { aliasPairs, expandQuery } from '../../src/search/aliases.js';
import type { SearchDocument } from '../../src/search/documents.js';

const department: SearchDocument = {
  iri: 'https://d.org/id/org/1', classIri: 'https://w3id.org/jiyao/ontology#Organization', label: '常州市天宁区工业和信息化局',
  fields: [{ name: 'label', text: '常州市天宁区工业和信息化局' }, { name: 'altLabel', text: '区工信局' }],
};

describe('aliasPairs', () => {
  it('pairs the short and full names, and their forms without the place', () => {
    expect(aliasPairs([department], ['常州市天宁区', '天宁区', '常州市'])).toEqual([
      ['区工信局', '常州市天宁区工业和信息化局'],
      ['工信局', '工业和信息化局'],
    ]);
  });
});

describe('expandQuery', () => {
  const pairs = aliasPairs([department], ['常州市天宁区']);
  it('adds the full form for a short one and the reverse', () => {
    expect(expandQuery('区工信局', pairs)).toEqual(['区工信局', '常州市天宁区工业和信息化局', '区工业和信息化局']);
    expect(expandQuery('工业和信息化局', pairs)).toEqual(['工业和信息化局', '工信局']);
  });
  it('leaves other queries alone', () => {
    expect(expandQuery('区长质量奖', pairs)).toEqual(['区长质量奖']);
  });
});
