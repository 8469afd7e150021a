// The embedded store reads files itself, streaming, plain or gzip: chunk edges, blank nodes, checksums, bad files.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore, type DataSource } from '../../src/store/embedded-store.js';
import { QueryTimeoutError, StoreUnavailableError, type QueryResult } from '../../src/store/store.js';

const EX = 'http://example.org/';
/** Lines of Chinese literals, 2.5 MiB and more: the reader's 1 MiB chunks then cut through lines and characters. */
const LINES = 40_000;
const MINUTES = '会议纪要：关于城市更新项目的审议意见';

/** N-Quads whose first and last lines share the blank node `_:chair`, with LINES Chinese literals between. */
function bigDump(): string {
  const lines = [`_:chair <${EX}name> "主任" <${EX}g> .`];
  for (let i = 0; i < LINES; i++) lines.push(`<${EX}item/${i}> <${EX}text> "${MINUTES}第${i}条" <${EX}g> .`);
  lines.push(`_:chair <${EX}chairs> <${EX}meeting> <${EX}g> .`, '');
  return lines.join('\n');
}

const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

function count(result: QueryResult): number {
  if (result.kind !== 'bindings') throw new Error(`expected bindings, got ${result.kind}`);
  return Number(result.rows[0].n.value);
}

let dir: string;
let text: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'jiyao-store-files-'));
  text = bigDump();
  await writeFile(path.join(dir, 'dump.nq'), text);
  await writeFile(path.join(dir, 'dump.nq.gz'), gzipSync(text));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe.each(['dump.nq', 'dump.nq.gz'])('EmbeddedStore on the file %s', (name) => {
  let store: EmbeddedStore;
  beforeAll(async () => {
    store = await EmbeddedStore.open({ sources: [{ path: path.join(dir, name), lenient: true }], standby: false });
  });
  afterAll(() => store.close());

  it('loads every quad, Chinese text intact across chunk edges', async () => {
    expect(Buffer.byteLength(text)).toBeGreaterThan(2.5 * 2 ** 20);
    expect(await store.countQuads()).toBe(LINES + 2);
    const intact = await store.query(
      `SELECT (COUNT(*) AS ?n) WHERE { ?s <${EX}text> ?o FILTER(STRSTARTS(?o, "${MINUTES}第") && STRENDS(?o, "条")) }`,
      { timeoutMs: 20_000 });
    expect(count(intact)).toBe(LINES);
    const last = await store.query(`ASK { <${EX}item/${LINES - 1}> <${EX}text> "${MINUTES}第${LINES - 1}条" }`, { timeoutMs: 5000 });
    expect(last).toEqual({ kind: 'boolean', value: true });
  });

  it('keeps one blank node for one label, megabytes apart in the file', async () => {
    const same = await store.query(`ASK { ?chair <${EX}name> "主任" ; <${EX}chairs> <${EX}meeting> }`, { timeoutMs: 5000 });
    expect(same).toEqual({ kind: 'boolean', value: true });
  });
});

describe('EmbeddedStore file checks', () => {
  const open = (source: DataSource): Promise<EmbeddedStore> => EmbeddedStore.open({ sources: [source], standby: false });

  it('loads a file whose checksum matches', async () => {
    const file = path.join(dir, 'dump.nq.gz');
    const store = await open({ path: file, sha256: sha256(gzipSync(text)) });
    try {
      expect(await store.countQuads()).toBe(LINES + 2);
    } finally {
      await store.close();
    }
  });

  it.each(['dump.nq', 'dump.nq.gz'])('refuses %s when its bytes differ from the expected checksum', async (name) => {
    const file = path.join(dir, name);
    const error = await open({ path: file, sha256: sha256('other bytes') }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toContain(`${file} changed since its checksum was verified`);
  });

  it('refuses a .gz file that is not gzip, on one line naming the file', async () => {
    const file = path.join(dir, 'not-gzip.nq.gz');
    await writeFile(file, text.slice(0, 1000));
    const error = await open({ path: file }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toMatch(new RegExp(`^the query engine could not load its data: ${file}: [^\\n]+$`));
  });

  it('refuses a missing file and a file with a syntax error, naming the file', async () => {
    const missing = path.join(dir, 'missing.nq');
    await expect(open({ path: missing })).rejects.toThrow(missing);
    const broken = path.join(dir, 'broken.nq.gz');
    await writeFile(broken, gzipSync(`${text}<${EX}unclosed <${EX}p> "x" .\n`));
    const error = await open({ path: broken }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toContain(broken);
  });
});

describe('EmbeddedStore reloading a file after a timeout', () => {
  it('refuses a file replaced since it was first loaded, naming it', async () => {
    const file = path.join(dir, 'replaced.nq.gz');
    const small = Array.from({ length: 300 }, (_, i) => `<${EX}s${i}> <${EX}n> "${i}" <${EX}g> .`).join('\n');
    await writeFile(file, gzipSync(small));
    const store = await EmbeddedStore.open({ sources: [{ path: file, sha256: sha256(gzipSync(small)) }], standby: false });
    try {
      await writeFile(file, gzipSync(`${small}\n<${EX}extra> <${EX}n> "x" <${EX}g> .`));
      const slow = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }';
      await expect(store.query(slow, { timeoutMs: 50 })).rejects.toBeInstanceOf(QueryTimeoutError);
      const error = await store.query('ASK {}', { timeoutMs: 20_000 }).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as Error).message).toContain(`${file} changed since its checksum was verified`);
    } finally {
      await store.close();
    }
  });
});

describe('EmbeddedStore without a standby worker', () => {
  it('reloads after a timed-out query and answers the next one', async () => {
    const file = path.join(dir, 'small.nq');
    await writeFile(file, Array.from({ length: 300 }, (_, i) => `<${EX}s${i}> <${EX}n> "${i}" <${EX}g> .`).join('\n'));
    const store = await EmbeddedStore.open({ sources: [{ path: file }], standby: false });
    try {
      const slow = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }';
      await expect(store.query(slow, { timeoutMs: 50 })).rejects.toBeInstanceOf(QueryTimeoutError);
      expect(count(await store.query('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }', { timeoutMs: 20_000 }))).toBe(300);
    } finally {
      await store.close();
    }
  });
});
