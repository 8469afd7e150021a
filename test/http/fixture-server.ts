// Test helper: a dataset folder built from test/fixtures/dataset (hand-written N-Quads) and a real server on port 0.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startServer } from '../../src/http/server.js';
import { EmbeddedStore } from '../../src/store/embedded-store.js';
import type { Store } from '../../src/store/store.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/dataset/', import.meta.url));
const ONTOLOGY = fileURLToPath(new URL('../../ontology/', import.meta.url));

/** The fixture dataset's base IRI (different host and a path prefix, to test mapping by path). */
export const FIXTURE_BASE = 'https://data.example.org/jiyao/';
/** The tampered meeting of the fixture. */
export const MEETING_PATH = 'meeting/320402/2023-05-10/executive-56';

/** Writes a dataset folder like `jiyao build` does: manifest, void, ontology/, downloads/ with a gzip dump and checksum. */
export async function makeFixtureDataset(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'jiyao-http-'));
  await mkdir(path.join(dir, 'downloads'));
  await mkdir(path.join(dir, 'ontology'));
  for (const name of ['manifest.json', 'void.ttl']) await copyFile(path.join(FIXTURE, name), path.join(dir, name));
  for (const name of ['jiyao.ttl', 'context.jsonld', 'shapes.ttl']) {
    await copyFile(path.join(ONTOLOGY, name), path.join(dir, 'ontology', name)).catch(() => undefined);
  }
  const gz = gzipSync(await readFile(path.join(FIXTURE, 'jiyao.nq')));
  await writeFile(path.join(dir, 'downloads', 'jiyao.nq.gz'), gz);
  await writeFile(path.join(dir, 'downloads', 'jiyao.nq.gz.sha256'), `${createHash('sha256').update(gz).digest('hex')}  jiyao.nq.gz\n`);
  return dir;
}

/** A running fixture server and what the tests need to reach into. */
export interface FixtureServer {
  url: string;
  dataDir: string;
  store: Store;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1, a free port, with a silent logger and an embedded store of the fixture. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const dataDir = await makeFixtureDataset();
  const store = await EmbeddedStore.open({ nquads: [await readFile(path.join(FIXTURE, 'jiyao.nq'), 'utf8')], standby: false });
  const server = await startServer({ dataDir, port: 0, host: '127.0.0.1', store });
  return {
    url: server.url,
    dataDir,
    store,
    close: async () => {
      await server.close();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
