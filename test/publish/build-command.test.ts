// `jiyao build` through commander: flags reach runBuild, the summary is printed, bad flags fail on one line.
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatSummary, registerBuildCommand } from '../../src/cli/build-command.js';
import type { Manifest } from '../../src/publish/manifest.js';

const devCorpus = path.resolve(fileURLToPath(new URL('../../', import.meta.url)), '../shared/corpus/dev');
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'jiyao-build-cli-'));
  await copyFile(path.join(devCorpus, 'seed-tianning-56.txt'), path.join(tmp, 'seed.txt'));
});
afterAll(async () => { await rm(tmp, { recursive: true, force: true }); });

function program(): Command {
  const root = new Command().name('jiyao').exitOverride();
  registerBuildCommand(root);
  return root;
}

describe('jiyao build', () => {
  it('builds with the given base IRI, publisher and licence and prints a summary', async () => {
    const output = path.join(tmp, 'site');
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { written.push(String(chunk)); return true; });
    try {
      await program().parseAsync(['build', '--input', tmp, '--output', output, '--base', 'https://example.org/data',
        '--workers', '1', '--licence', 'http://example.org/licence', '--publisher', 'Example'], { from: 'user' });
    } finally {
      spy.mockRestore();
    }
    expect(written.join('')).toMatch(/pages\s+1 \(1 converted, 0 failed\)/);
    const manifest = JSON.parse(await readFile(path.join(output, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.base).toBe('https://example.org/data/');
    const described = await readFile(path.join(output, 'void.ttl'), 'utf8');
    expect(described).toContain('<http://example.org/licence>');
    expect(described).toContain('"Example"');
  }, 120_000);

  it('rejects a base IRI that is not http(s)', async () => {
    await expect(program().parseAsync(['build', '--input', tmp, '--output', path.join(tmp, 'x'), '--base', 'urn:x:'], { from: 'user' }))
      .rejects.toThrow('base IRI must be http(s)');
  });

  it('lists failed pages in the summary', () => {
    const text = formatSummary({
      pages: 2, converted: 1, failed: [{ file: 'empty.txt', reason: 'the page is empty' }], meetings: 1, triples: 10, warnings: 0,
      durationMs: 1000, base: 'http://localhost:3000/', output: '/tmp/site',
    });
    expect(text).toContain('empty.txt: the page is empty');
    expect(text.split('\n').length).toBeLessThan(25);
  });
});
