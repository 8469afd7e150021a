// Faults during a build: kill -9 mid-write and a full disk both leave the previous dataset intact, verifiable and servable.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { verifyDatasetDumps } from '../../src/http/dataset-integrity.js';
import { startServer } from '../../src/http/server.js';
import { runBuild } from '../../src/publish/build.js';
import { folderFingerprint } from './dataset-files.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const devCorpus = path.resolve(repoRoot, '../shared/corpus/dev');
const BASE = 'https://data.example.org/jiyao/';
const SMALL = ['seed-tianning-56.txt', 'dev-01-xinbei-23.txt'];

let tmp: string;
let smallInput: string;
let bigInput: string;

/** The dev corpus pages (no gold files), copied `copies` times into sub-folders. */
async function makeBigInput(dir: string, copies: number): Promise<void> {
  const pages = (await readdir(devCorpus)).filter((name) => !name.endsWith('.json'));
  for (let i = 0; i < copies; i++) {
    await mkdir(path.join(dir, `copy-${i}`), { recursive: true });
    for (const page of pages) await cp(path.join(devCorpus, page), path.join(dir, `copy-${i}`, page));
  }
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'jiyao-faults-'));
  smallInput = path.join(tmp, 'small');
  bigInput = path.join(tmp, 'big');
  await mkdir(smallInput);
  for (const page of SMALL) await cp(path.join(devCorpus, page), path.join(smallInput, page));
  await makeBigInput(bigInput, 20);
}, 60_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** The previous dataset is byte-for-byte what it was, its dumps match their checksums, and the server answers from it. */
async function expectIntactAndServable(output: string, fingerprint: Record<string, string>): Promise<void> {
  expect(await folderFingerprint(output)).toEqual(fingerprint);
  await verifyDatasetDumps(output, { required: ['jiyao.nq.gz'] });
  const server = await startServer({ dataDir: output, port: 0, host: '127.0.0.1' });
  try {
    const response = await fetch(`${server.url}sparql?query=${encodeURIComponent('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }')}`, {
      headers: { Accept: 'application/sparql-results+json' },
    });
    expect(response.status).toBe(200);
    const count = Number((await response.json() as { results: { bindings: Array<{ n: { value: string } }> } }).results.bindings[0].n.value);
    expect(count).toBeGreaterThan(0);
  } finally {
    await server.close();
  }
}

/** Entries beside `output` that a build left (its temp folder `.name.new-…`). */
async function siblingsOf(output: string): Promise<string[]> {
  const prefix = `.${path.basename(output)}.`;
  return (await readdir(path.dirname(output))).filter((name) => name.startsWith(prefix));
}

describe('kill -9 during a build', () => {
  it('leaves the previous dataset intact and servable', async () => {
    const output = path.join(tmp, 'killed', 'site');
    await runBuild({ input: smallInput, output, base: BASE, toolVersion: '0.0.0-old', workers: 1 });
    const before = await folderFingerprint(output);
    const script = path.join(tmp, 'build-child.mts');
    await writeFile(script, [
      `import { runBuild } from ${JSON.stringify(pathToFileURL(path.join(repoRoot, 'src/publish/build.ts')).href)};`,
      `await runBuild({ input: ${JSON.stringify(bigInput)}, output: ${JSON.stringify(output)}, base: ${JSON.stringify(BASE)}, toolVersion: '0.0.0-new', workers: 2 });`,
    ].join('\n'));
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: repoRoot, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
    let isWriting = false;
    while (!isWriting && child.exitCode === null) {
      const temp = (await siblingsOf(output)).find((name) => name.includes('.new-'));
      isWriting = temp !== undefined && (await readdir(path.join(path.dirname(output), temp)).catch(() => [])).length > 0;
      if (!isWriting) await new Promise((r) => setTimeout(r, 5));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(isWriting).toBe(true);
    await expectIntactAndServable(output, before);
    const next = await runBuild({ input: smallInput, output, base: BASE, toolVersion: '0.0.0-again', workers: 1 });
    expect(next.converted).toBe(SMALL.length);
  }, 180_000);
});

/** Mounts a tmpfs of `megabytes` at `dir` (needs root or CAP_SYS_ADMIN) and returns the unmount. */
function mountTmpfs(dir: string, megabytes: number): () => void {
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir]);
  return () => execFileSync('umount', ['-l', dir]);
}

describe('a full disk during a build', () => {
  it('fails with a one-line error, removes its temp folder and keeps the previous dataset', async () => {
    const disk = path.join(tmp, 'disk');
    await mkdir(disk);
    const unmount = mountTmpfs(disk, 3);
    try {
      const output = path.join(disk, 'site');
      await runBuild({ input: smallInput, output, base: BASE, toolVersion: '0.0.0-old', workers: 1 });
      const before = await folderFingerprint(output);
      const written: string[] = [];
      const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
      let code: number;
      try {
        code = await main(['node', 'jiyao', 'build', '--input', bigInput, '--output', output, '--base', BASE, '--workers', '2']);
      } finally {
        spy.mockRestore();
      }
      expect(code).toBe(1);
      expect(written.join('')).toMatch(/^jiyao: [^\n]*(ENOSPC|no space left)[^\n]*\n$/i);
      expect(await siblingsOf(output)).toEqual([]);
      await expectIntactAndServable(output, before);
    } finally {
      unmount();
    }
  }, 180_000);
});
