// Dump checksums are verified before serving: a flipped byte, a missing or contradicting checksum refuses to start, on one line.
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { DatasetIntegrityError, verifyDatasetDumps } from '../../src/http/dataset-integrity.js';
import { startServer } from '../../src/http/server.js';
import { makeFixtureDataset } from './fixture-server.js';

let dataDir: string;
const dump = () => path.join(dataDir, 'downloads', 'jiyao.nq.gz');

beforeEach(async () => {
  dataDir = await makeFixtureDataset();
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function flipByte(file: string, at: number): Promise<void> {
  const bytes = await readFile(file);
  bytes[at] ^= 0x01;
  await writeFile(file, bytes);
}

async function startError(): Promise<unknown> {
  return startServer({ dataDir, port: 0, host: '127.0.0.1' }).then(async (server) => {
    await server.close();
    return undefined;
  }, (error: unknown) => error);
}

describe('verifyDatasetDumps', () => {
  it('accepts an intact dataset and lists what it checked', async () => {
    const checked = await verifyDatasetDumps(dataDir, { required: ['jiyao.nq.gz'] });
    expect(checked.map((c) => c.fileName)).toEqual(['jiyao.nq.gz']);
  });

  it('rejects a dump with one flipped byte', async () => {
    const size = (await readFile(dump())).length;
    await flipByte(dump(), Math.floor(size / 2));
    await expect(verifyDatasetDumps(dataDir)).rejects.toThrow(/jiyao\.nq\.gz is corrupted: SHA-256 .* does not match jiyao\.nq\.gz\.sha256/);
  });

  it('checks every dump with a checksum, not only the one it loads', async () => {
    const other = gzipSync('<urn:a> <urn:b> <urn:c> .\n');
    await writeFile(path.join(dataDir, 'downloads', 'jiyao.nt.gz'), other);
    await writeFile(path.join(dataDir, 'downloads', 'jiyao.nt.gz.sha256'), `${createHash('sha256').update(other).digest('hex')}  jiyao.nt.gz\n`);
    await expect(verifyDatasetDumps(dataDir)).resolves.toHaveLength(2);
    await flipByte(path.join(dataDir, 'downloads', 'jiyao.nt.gz'), 12);
    await expect(verifyDatasetDumps(dataDir)).rejects.toThrow(/jiyao\.nt\.gz is corrupted/);
  });

  it('requires a checksum for the dump the store loads', async () => {
    await rm(`${dump()}.sha256`);
    await expect(verifyDatasetDumps(dataDir, { required: ['jiyao.nq.gz'] })).rejects.toThrow(/has no checksum/);
  });

  it('refuses when manifest.json and the .sha256 file disagree, or a listed dump is missing', async () => {
    const manifestFile = path.join(dataDir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Record<string, unknown>;
    await writeFile(manifestFile, JSON.stringify({ ...manifest, dumps: [{ fileName: 'jiyao.nq.gz', byteSize: 1, sha256: '0'.repeat(64) }] }));
    await expect(verifyDatasetDumps(dataDir)).rejects.toThrow(/give different checksums/);
    await writeFile(manifestFile, JSON.stringify({ ...manifest, dumps: [{ fileName: 'jiyao.ttl.gz', byteSize: 1, sha256: 'a'.repeat(64) }] }));
    await expect(verifyDatasetDumps(dataDir)).rejects.toThrow(/jiyao\.ttl\.gz is missing but manifest\.json lists it/);
  });

  it('refuses a checksum file that is not a sha256sum line', async () => {
    await writeFile(`${dump()}.sha256`, 'not a checksum\n');
    await expect(verifyDatasetDumps(dataDir)).rejects.toThrow(DatasetIntegrityError);
  });
});

describe('the server on a corrupted dataset', () => {
  it('starts on an intact dataset', async () => {
    expect(await startError()).toBeUndefined();
  });

  it('refuses to start, with a one-line DatasetIntegrityError', async () => {
    await flipByte(dump(), 20);
    const error = await startError();
    expect(error).toBeInstanceOf(DatasetIntegrityError);
    expect((error as Error).message).not.toContain('\n');
  });

  it('`jiyao serve` prints one line and exits 1', async () => {
    await flipByte(dump(), 20);
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    try {
      expect(await main(['node', 'jiyao', 'serve', '--data', dataDir, '--port', '0', '--host', '127.0.0.1'])).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(written.join('')).toMatch(/^jiyao: downloads\/jiyao\.nq\.gz is corrupted: [^\n]+\n$/);
  });
});
