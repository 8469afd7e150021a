// The build's external sort and its sorted look-up file, on data far larger than the memory budget given them.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LineSorter } from '../../src/publish/line-sorter.js';
import { SortedLineFile } from '../../src/publish/tables/sorted-line-file.js';

let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'jiyao-sorter-'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** A deterministic pseudo-random generator (xorshift), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** Lines that share prefixes, repeat, and mix ASCII with Chinese and astral characters. */
function sampleLines(count: number, seed: number): string[] {
  const next = random(seed);
  const alphabet = ['a', 'b', '/', '>', ' ', '区', '长', '𠀀', '\u0001', '0', '9'];
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(next() * 12);
    return Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  });
}

async function collect(batches: AsyncIterable<string[]>): Promise<string[]> {
  const lines: string[] = [];
  for await (const batch of batches) lines.push(...batch);
  return lines;
}

describe('LineSorter', () => {
  it('gives every distinct line once, in code-unit order, after spilling more runs than it merges at once', async () => {
    const dir = path.join(tmp, 'runs');
    const sorter = new LineSorter(dir, 2 * 1024);
    const lines = sampleLines(20_000, 42);
    for (let i = 0; i < lines.length; i += 100) await sorter.add(lines.slice(i, i + 100));
    expect((await readdir(dir)).filter((name) => name.startsWith('run-')).length).toBe(200);
    const expected = [...new Set(lines)].sort();
    expect(expected.length).toBeLessThan(lines.length);
    expect(await collect(sorter.sorted())).toEqual(expected);
  });

  it('sorts in memory when everything fits, with the same result', async () => {
    const sorter = new LineSorter(path.join(tmp, 'unused'));
    const lines = sampleLines(3_000, 7);
    await sorter.add(lines);
    expect(await collect(sorter.sorted())).toEqual([...new Set(lines)].sort());
    expect(await readdir(tmp)).not.toContain('unused');
  });

  it('hands its lines over as run files that several readers merge at once, as often as they like', async () => {
    const dir = path.join(tmp, 'handed-over');
    const sorter = new LineSorter(dir, 2 * 1024);
    const lines = sampleLines(20_000, 11);
    for (let i = 0; i < lines.length; i += 100) await sorter.add(lines.slice(i, i + 100));
    await sorter.add(['only in memory']);
    const runs = await sorter.spilledRuns();
    expect(runs.length).toBeGreaterThan(1);
    expect(runs.length).toBeLessThan(64);
    expect((await readdir(dir)).map((name) => path.join(dir, name)).sort()).toEqual([...runs].sort());
    const expected = [...new Set([...lines, 'only in memory'])].sort();
    const [first, second] = await Promise.all([collect(LineSorter.ofRuns(runs).sorted()), collect(LineSorter.ofRuns(runs).sorted())]);
    expect(first).toEqual(expected);
    expect(second).toEqual(expected);
    expect(await collect(LineSorter.ofRuns(runs).sorted())).toEqual(expected);
  });

  it('hands over no runs when it was given no lines', async () => {
    const runs = await new LineSorter(path.join(tmp, 'empty')).spilledRuns();
    expect(runs).toEqual([]);
    expect(await collect(LineSorter.ofRuns(runs).sorted())).toEqual([]);
  });
});

describe('SortedLineFile', () => {
  it('finds the lines of every key, also keys spread over many blocks and keys that prefix others', async () => {
    const byKey = new Map<string, string[]>([
      ['a', ['1', '2']],
      ['ab', ['x']],
      ['b', Array.from({ length: 30_000 }, (_, i) => `subject-${String(i).padStart(6, '0')}`)],
      ['b/c', ['only']],
      ['区', ['长', '长长']],
    ]);
    const lines = [...byKey].flatMap(([key, rests]) => rests.map((rest) => `${key}\u0000${rest}`)).sort();
    async function* batches() {
      for (let i = 0; i < lines.length; i += 1000) yield lines.slice(i, i + 1000);
    }
    const file = await SortedLineFile.write(path.join(tmp, 'lookup.txt'), batches());
    try {
      for (const [key, rests] of byKey) expect([...file.linesOf(key)], key).toEqual([...rests].sort());
      for (const missing of ['', 'aa', 'b/', 'c', '区长']) expect([...file.linesOf(missing)], missing).toEqual([]);
    } finally {
      file.close();
    }
  });
});
