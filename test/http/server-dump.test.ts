// startServer's default store: loaded by its worker from downloads/jiyao.nq.gz, after the checksums are verified.
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { startServer } from '../../src/http/server.js';
import { makeFixtureDataset } from './fixture-server.js';

const FIXTURE_DUMP = fileURLToPath(new URL('../fixtures/dataset/jiyao.nq', import.meta.url));

let dataDir: string;
const dump = (): string => path.join(dataDir, 'downloads', 'jiyao.nq.gz');

beforeEach(async () => {
  dataDir = await makeFixtureDataset();
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

/** Replaces the dump with `text` gzipped, and its checksum file with the matching digest. */
async function replaceDump(text: string): Promise<void> {
  const gz = gzipSync(text);
  await writeFile(dump(), gz);
  await writeFile(`${dump()}.sha256`, `${createHash('sha256').update(gz).digest('hex')}  jiyao.nq.gz\n`);
}

async function countOverHttp(url: string): Promise<number> {
  const response = await fetch(new URL('sparql', url), {
    method: 'POST',
    headers: { 'content-type': 'application/sparql-query', accept: 'application/sparql-results+json' },
    body: 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }',
  });
  expect(response.status).toBe(200);
  const json = (await response.json()) as { results: { bindings: Array<{ n: { value: string } }> } };
  return Number(json.results.bindings[0].n.value);
}

describe('startServer on a dataset folder', () => {
  it.each([true, false])('serves every quad of the dump (standby %s)', async (standby) => {
    const quads = new Set((await readFile(FIXTURE_DUMP, 'utf8')).split('\n').filter((line) => line.trim() !== '')).size;
    const server = await startServer({ dataDir, port: 0, host: '127.0.0.1', standby });
    try {
      expect(await countOverHttp(server.url)).toBe(quads);
    } finally {
      await server.close();
    }
  });

  it('refuses to start on a dump that is not N-Quads, on one line naming the file', async () => {
    await replaceDump('<urn:a> <urn:b> "unterminated .\n');
    const error = await startServer({ dataDir, port: 0, host: '127.0.0.1' }).then(
      async (server) => server.close(), (e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(dump());
    expect((error as Error).message).not.toContain('\n');
  });

  it('refuses to start without the dump when it opens the store itself', async () => {
    await rm(dump());
    await rm(`${dump()}.sha256`);
    await expect(startServer({ dataDir, port: 0, host: '127.0.0.1' })).rejects.toThrow(/jiyao\.nq\.gz not found/);
  });
});

describe('jiyao serve --no-standby', () => {
  it('accepts the flag, serves the dataset and stops on SIGINT', async () => {
    vi.stubEnv('LOG_LEVEL', 'silent');
    const written: string[] = [];
    let announce: (url: string) => void = () => undefined;
    const announced = new Promise<string>((resolve) => (announce = resolve));
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      const url = /serving .* at (\S+)/.exec(String(chunk))?.[1];
      if (url) announce(url);
      return true;
    });
    try {
      const exit = main(['node', 'jiyao', 'serve', '--data', dataDir, '--port', '0', '--host', '127.0.0.1', '--no-standby']);
      const url = await Promise.race([announced, exit.then((code) => { throw new Error(`exited ${code}: ${written.join('')}`); })]);
      const quads = new Set((await readFile(FIXTURE_DUMP, 'utf8')).split('\n').filter((line) => line.trim() !== '')).size;
      expect(await countOverHttp(url)).toBe(quads);
      process.emit('SIGINT');
      expect(await exit).toBe(0);
    } finally {
      spy.mockRestore();
      vi.unstubAllEnvs();
    }
  });
});
