// Posting blocks round-trip every entry (large numbers, gaps, name flags, several blocks) and refuse entries a writer
// must not make.
import { describe, expect, it } from 'vitest';
import { decodePostingBlocks, encodePostingBlock } from '../../src/search/posting-codec.js';

describe('posting blocks', () => {
  it('decode to the entries encoded, across blocks, up to 2³² − 1', () => {
    const first = [0, 1, 1, 0, 1, 127, 128, 300, 6, 0, 128, 3, 16_383, 1, 1];
    const second = [4_000_000_000, 2 ** 32 - 1, 2 ** 32 - 1, 2, 0, 4_000_000_001, 9, 70_000, 0, 1];
    const blocks = [first, second].map((flat) => ({ count: flat.length / 5, entries: encodePostingBlock(flat, 0, flat.length) }));
    const list = decodePostingBlocks(blocks);
    expect(list.size).toBe(5);
    expect([...list.documents]).toEqual([0, 127, 128, 4_000_000_000, 4_000_000_001]);
    expect([...list.frequencies]).toEqual([1, 128, 3, 2 ** 32 - 1, 9]);
    expect([...list.lengths]).toEqual([1, 300, 16_383, 2 ** 32 - 1, 70_000]);
    expect([...list.classes]).toEqual([0, 6, 1, 2, 0]);
    expect([...list.inName]).toEqual([1, 0, 1, 0, 1]);
  });

  it('encode a range of a flat list as its own block', () => {
    const flat = [5, 1, 10, 0, 0, 9, 2, 20, 1, 1, 12, 3, 30, 2, 0];
    const list = decodePostingBlocks([{ count: 2, entries: encodePostingBlock(flat, 5, 15) }]);
    expect([...list.documents]).toEqual([9, 12]);
    expect([...list.inName]).toEqual([1, 0]);
  });

  it('refuse documents out of order, numbers out of range, a bad name flag, and a block cut short', () => {
    expect(() => encodePostingBlock([3, 1, 1, 0, 0, 3, 1, 1, 0, 0], 0, 10)).toThrow(/ascend/);
    expect(() => encodePostingBlock([1, -1, 1, 0, 0], 0, 5)).toThrow(/out of range/);
    expect(() => encodePostingBlock([1, 1, 2 ** 32, 0, 0], 0, 5)).toThrow(/out of range/);
    expect(() => encodePostingBlock([1, 1, 1, 0, 2], 0, 5)).toThrow(/name flag/);
    const bytes = encodePostingBlock([1, 300, 300, 0, 0], 0, 5);
    expect(() => decodePostingBlocks([{ count: 1, entries: bytes.subarray(0, bytes.length - 2) }])).toThrow(/ends inside/);
  });
});
