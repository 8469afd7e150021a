// `jiyao convert` on bad input, in-process through main(): one stderr line per bad file naming it and
// the reason, no stack trace, exit 1 — and the good files of the same run still converted to stdout.

import { mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import * as fsPromises from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseNTriples } from '../fixtures/bad/case-verdict.js';

// Pass-through spy on readFile, to see that convert refuses a 50 MB file from its size without reading it.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, readFile: vi.fn(actual.readFile) };
});

const here = path.dirname(fileURLToPath(import.meta.url));
const badDir = path.resolve(here, '../fixtures/bad');
const corpusDir = path.resolve(here, '../../../shared/corpus/dev');
const goodPage = path.join(corpusDir, 'dev-07-liangxi-special.txt');
const otherGoodPage = path.join(corpusDir, 'dev-11-kunshan-66.html');

let tmp: string;
const made: Record<'png' | 'big' | 'sjis' | 'gbkAsUtf8' | 'folder' | 'missing', string> = {
  png: '', big: '', sjis: '', gbkAsUtf8: '', folder: '', missing: '',
};

/** PNG signature and chunk header, then seeded pseudo-random bytes. */
function pngBytes(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').copy(bytes);
  let state = 12345;
  for (let i = 16; i < length; i++) bytes[i] = (state = (state * 1103515245 + 12345) >>> 0) >>> 24;
  return bytes;
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'jiyao-convert-bad-'));
  made.png = path.join(tmp, 'scan.png');
  await writeFile(made.png, pngBytes(4096));
  made.big = path.join(tmp, 'huge.html');
  await writeFile(made.big, '<!DOCTYPE html>');
  await truncate(made.big, 50 * 1024 * 1024); // sparse: 50 MB by its size, next to nothing on disk
  made.sjis = path.join(tmp, 'japanese-declared-gb2312.html');
  const japanese = '<p>令和4年9月5日午前10時、市長は市役所本庁舎3階の第一会議室において第12回定例会議を招集した。議題は予算案の審議であった。</p>';
  await writeFile(made.sjis, iconv.encode(`<html><head><meta charset="gb2312"><title>第12回定例会議事録</title></head><body>${japanese.repeat(6)}</body></html>`, 'shift_jis'));
  made.gbkAsUtf8 = path.join(tmp, 'gbk-declared-utf8.html');
  const gbk = await readFile(path.join(corpusDir, 'dev-04-jiangyin-17-gbk.html'));
  await writeFile(made.gbkAsUtf8, Buffer.from(gbk.toString('latin1').replace(/charset=["']?[\w-]+/i, 'charset=utf-8'), 'latin1'));
  made.folder = path.join(tmp, 'a-folder');
  await mkdir(made.folder);
  made.missing = path.join(tmp, 'no-such-page.html');
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

interface CliRun {
  code: number;
  stdout: string;
  stderrLines: string[];
}

/** Runs `jiyao ...args` in-process, capturing what it writes. */
async function jiyao(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { out.push(String(chunk)); return true; });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { err.push(String(chunk)); return true; });
  try {
    const code = await main(['node', 'jiyao', ...args]);
    return { code, stdout: out.join(''), stderrLines: err.join('').split('\n').filter((l) => l !== '') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

/** How many triples stdout holds (parsed, so that it is also valid N-Triples). */
function triplesOf(run: CliRun): number {
  return parseNTriples(run.stdout).length;
}

describe('jiyao convert: each bad file fails alone, on one line', () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ['an empty file', () => path.join(badDir, 'empty.txt'), /: the page has no bytes$/],
    ['a binary file (PNG header + random bytes)', () => made.png, /: the page contains NUL or control bytes: not a text page$/],
    ['a 50 MB file', () => made.big, /: the page has 52428800 bytes, more than the limit of 5242880$/],
    ['truncated HTML (cut inside a tag before the minutes)', () => path.join(badDir, 'truncated.html'), /: no meeting found \(.*\)$/],
    ['a wrong charset declaration on text in no Chinese charset', () => made.sjis, /: the page decodes only to garbage: not a Chinese text page$/],
    ['a government “该页面已删除” 404 page', () => path.join(badDir, 'removed-page.html'), /: no meeting found \(.*\)$/],
    ['a nonexistent path', () => made.missing, /: no such file$/],
    ['a directory', () => made.folder, /: is a directory$/],
  ];
  for (const [name, file, reason] of cases) {
    it(`${name}: one stderr line naming the file, exit 1, the good file still on stdout`, async () => {
      const run = await jiyao('convert', '--format', 'nt', goodPage, file());
      expect(run.stderrLines).toHaveLength(1);
      expect(run.stderrLines[0].startsWith(`jiyao: ${file()}: `)).toBe(true);
      expect(run.stderrLines[0]).toMatch(reason);
      expect(run.stderrLines[0]).not.toMatch(/\bat .*:\d+:\d+|Error:/);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('专题会议');
      expect(triplesOf(run)).toBeGreaterThan(50);
    });
  }

  it('refuses the 50 MB file from its size, without reading it', async () => {
    const readFile = vi.mocked(fsPromises.readFile);
    readFile.mockClear();
    const run = await jiyao('convert', '--format', 'nt', made.big, goodPage);
    expect(run.code).toBe(1);
    expect(run.stderrLines).toEqual([`jiyao: ${made.big}: the page has 52428800 bytes, more than the limit of 5242880`]);
    const read = readFile.mock.calls.map(([file]) => String(file));
    expect(read).toContain(goodPage); // the spy does see convert's reads…
    expect(read).not.toContain(made.big); // …and the big file was never read
  });

  it('all bad files in one run: one line each, in order, and the good ones converted', async () => {
    const bad = [path.join(badDir, 'empty.txt'), made.png, made.big, path.join(badDir, 'truncated.html'), made.sjis,
      path.join(badDir, 'removed-page.html'), made.missing, made.folder];
    const run = await jiyao('convert', '--format', 'nt', bad[0], goodPage, ...bad.slice(1), otherGoodPage);
    expect(run.code).toBe(1);
    const prefix = 'jiyao: ';
    expect(run.stderrLines.map((line) => line.slice(prefix.length, line.indexOf(': ', prefix.length)))).toEqual(bad);
    expect(run.stdout).toContain('专题会议');
    expect(run.stdout).toContain('昆山');
  });

  it('refuses a --max-bytes that is not a positive number instead of lifting the cap', async () => {
    const run = await jiyao('convert', '--max-bytes', 'lots', goodPage);
    expect(run.code).toBe(1);
    expect(run.stderrLines).toEqual(['jiyao: --max-bytes must be a positive whole number of bytes, not "lots"']);
    expect(run.stdout).toBe('');
  });
});

describe('jiyao convert: good files', () => {
  it('all good files: exit 0, nothing on stderr, the triples of every page on stdout', async () => {
    const run = await jiyao('convert', '--format', 'nt', goodPage, otherGoodPage);
    expect(run.code).toBe(0);
    expect(run.stderrLines).toEqual([]);
    expect(run.stdout).toContain('专题会议');
    expect(run.stdout).toContain('昆山');
  });

  it('a GBK page that wrongly declares UTF-8 is still read (as GB18030) and converted', async () => {
    const run = await jiyao('convert', '--format', 'nt', made.gbkAsUtf8);
    expect(run.code).toBe(0);
    expect(run.stderrLines).toEqual([]);
    expect(run.stdout).toContain('江阴');
    expect(run.stdout).toContain('charset-mismatch');
  });
});

describe('jiyao --help', () => {
  it('lists convert, build and serve', async () => {
    const run = await jiyao('--help');
    expect(run.code).toBe(0);
    for (const command of ['convert', 'build', 'serve']) expect(run.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });
});
