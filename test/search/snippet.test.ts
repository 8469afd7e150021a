// Snippets: highlights as offsets into the original text (folded matching), cut around the first match.
import { describe, expect, it } from 'vitest';
import { highlightRanges, makeSnippet, SNIPPET_LENGTH } from '../../src/search/snippet.js';

describe('highlightRanges', () => {
  it('merges overlapping bigram matches into one stretch', () => {
    expect(highlightRanges('授予2家企业区长质量奖', ['区长', '长质', '质量', '量奖'])).toEqual([[6, 11]]);
  });
  it('matches traditional text with simplified tokens and marks the original characters', () => {
    expect(highlightRanges('天寧區長質量獎', ['区长', '长质'])).toEqual([[2, 5]]);
  });
});

describe('makeSnippet', () => {
  it('keeps a short field whole', () => {
    expect(makeSnippet('label', '区工信局', ['工信'])).toEqual({ field: 'label', text: '区工信局', highlights: [[1, 3]] });
  });
  it('cuts a long field around the first match and shifts the highlights', () => {
    const text = `${'甲'.repeat(100)}区长质量奖${'乙'.repeat(100)}`;
    const snippet = makeSnippet('quote', text, ['区长', '量奖']);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBe(SNIPPET_LENGTH + 2);
    const [[start, end]] = snippet.highlights;
    expect(snippet.text.slice(start, end)).toBe('区长');
    expect(snippet.highlights.map(([s, e]) => snippet.text.slice(s, e))).toEqual(['区长', '量奖']);
  });
});
