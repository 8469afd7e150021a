// Tokens and folding: bigrams of Han runs, unigrams for one-character queries, words, NFKC and traditional → simplified.
import { describe, expect, it } from 'vitest';
import { normaliseText, normaliseWithOffsets } from '../../src/search/normalise.js';
import { documentTokens, phraseTokens, queryTokens } from '../../src/search/tokenise.js';

describe('normaliseText', () => {
  it('folds traditional to simplified, full-width to half-width, and case', () => {
    expect(normaliseText('區長質量獎')).toBe('区长质量奖');
    expect(normaliseText('ＡＢＣ１２３')).toBe('abc123');
    expect(normaliseText('常州市天宁区工业和信息化局')).toBe('常州市天宁区工业和信息化局');
  });
  it('maps each folded unit back to its source offsets', () => {
    const fold = normaliseWithOffsets('Ａ區長');
    expect(fold.text).toBe('a区长');
    expect(fold.starts).toEqual([0, 1, 2]);
    expect(fold.ends).toEqual([1, 2, 3]);
  });
});

describe('queryTokens', () => {
  it('makes bigrams of a Han run', () => {
    expect(queryTokens('区长质量奖')).toEqual(['区长', '长质', '质量', '量奖']);
  });
  it('keeps a one-character run as a unigram', () => {
    expect(queryTokens('奖')).toEqual(['奖']);
  });
  it('splits digits and Latin words out of Han text', () => {
    expect(queryTokens('第56次常务会议')).toEqual(['第', '56', '次常', '常务', '务会', '会议']);
    expect(queryTokens('2021年度 abc')).toEqual(['2021', '年度', 'abc']);
  });
  it('finds nothing to search in punctuation', () => {
    expect(queryTokens('《》——!?')).toEqual([]);
  });
});

describe('documentTokens', () => {
  it('indexes every character and every adjacent pair, with counts', () => {
    const tokens = documentTokens('区长区长');
    expect(Object.fromEntries(tokens)).toEqual({ 区: 2, 长: 2, 区长: 2, 长区: 1 });
  });
  it('indexes the tokens of a folded traditional query', () => {
    const doc = documentTokens(normaliseText('2020年度区长质量奖'));
    for (const token of queryTokens(normaliseText('區長質量獎'))) expect(doc.has(token)).toBe(true);
  });
});

describe('phraseTokens', () => {
  it('keeps Han tokens and the words that do not touch an end of the phrase', () => {
    expect(phraseTokens('第56次常务会议')).toEqual(['第', '56', '次常', '常务', '务会', '会议']);
    expect(phraseTokens('2021年度abc')).toEqual(['年度']);
    expect(phraseTokens('区')).toEqual(['区']);
  });
  it('gives only tokens that every text containing the phrase has', () => {
    const texts = ['上年第56次常务会议纪要', 'x2021年度abcdef', '城区长'];
    for (const [phrase, text] of [['第56次常务会议', texts[0]], ['2021年度abc', texts[1]], ['区', texts[2]]]) {
      expect(text.includes(phrase)).toBe(true);
      const tokens = documentTokens(text);
      for (const token of phraseTokens(phrase)) expect(tokens.has(token), `${token} in ${text}`).toBe(true);
    }
    // The end words of "2021年度abc" are only parts of the text's words x2021 and abcdef.
    expect(documentTokens(texts[1]).has('2021')).toBe(false);
  });
});
