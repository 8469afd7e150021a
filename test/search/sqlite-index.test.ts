// search/index.sqlite answers every kind of query exactly as the index built in memory does, and as the engine did when
// it held the whole index in memory and scored every match (reference-engine.ts); old, foreign and broken files are
// refused with a typed error.
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/publish/build.js';
import {
  buildSearchIndex, memorySearchIndex, openSearchIndexFile, SearchEngine, SearchIndexError, searchIndexOfQuads, SEARCH_INDEX_PATH,
  writeSearchIndexFile, type SearchDocument, type SearchIndexData, type SearchRequest,
} from '../../src/search/index.js';
import { JY } from '../../src/vocab/index.js';
import { gunzipText, parseRdf } from '../publish/dataset-files.js';
import { ReferenceEngine } from './reference-engine.js';

const devCorpus = fileURLToPath(new URL('../../../shared/corpus/dev/', import.meta.url));
const BASE = 'https://data.example.org/jiyao/';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'jiyao-sqlite-index-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** The three engines over one index: on disk, in memory, and the version-1 oracle. */
interface Engines {
  disk: SearchEngine;
  memory: SearchEngine;
  reference: ReferenceEngine;
}

async function enginesOf(data: SearchIndexData, dataDir: string): Promise<Engines> {
  return { disk: new SearchEngine(await openSearchIndexFile(dataDir)), memory: new SearchEngine(memorySearchIndex(data)), reference: new ReferenceEngine(data) };
}

/** Runs `request` on all three engines, expects the same answer, and returns it. */
function sameAnswer(engines: Engines, request: SearchRequest) {
  const expected = engines.reference.search(request);
  expect(engines.memory.search(request), JSON.stringify(request)).toEqual(expected);
  expect(engines.disk.search(request), JSON.stringify(request)).toEqual(expected);
  return expected;
}

describe('the index of the dev corpus, on disk', () => {
  let engines: Engines;
  let data: SearchIndexData;
  beforeAll(async () => {
    const input = path.join(tmp, 'dev');
    await mkdir(input);
    for (const name of (await readdir(devCorpus)).filter((n) => !n.endsWith('.json'))) await copyFile(path.join(devCorpus, name), path.join(input, name));
    const dataDir = path.join(tmp, 'dev-site');
    await runBuild({ input, output: dataDir, base: BASE, toolVersion: '0.0.0-test', workers: 1 });
    data = searchIndexOfQuads(parseRdf(await gunzipText(path.join(dataDir, 'downloads', 'jiyao.nq.gz')), 'N-Quads'));
    engines = await enginesOf(data, dataDir);
  }, 240_000);
  afterAll(() => engines?.disk.close());

  const page = (text: string, extra: Partial<SearchRequest> = {}): SearchRequest => ({ text, page: 1, size: 100, ...extra });

  it('has the documents and classes of the index built in memory', () => {
    expect(engines.disk.size).toBe(data.documents.length);
    expect(engines.disk.classes()).toEqual(engines.reference.classes());
  });

  it('answers short, long, one-character, Latin/digit, traditional and absent queries the same', () => {
    const longest = data.documents.flatMap((d) => d.fields.filter((f) => f[0] === 'quote').map((f) => f[1])).sort((a, b) => b.length - a.length)[0];
    const kinds = ['质量', '会议', '区长质量奖', '區長質量獎', '区', '奖', '56', '2021', '质量 督察', longest.slice(0, 30), [...longest].slice(0, 200).join('')];
    for (const text of kinds) expect(sameAnswer(engines, page(text)).total, text).toBeGreaterThan(0);
    expect(sameAnswer(engines, page('澳门赌场')).total).toBe(0);
  });

  it('expands aliases the same (short name ↔ full name)', () => {
    for (const text of ['区工信局', '工业和信息化局', '常州市天宁区工业和信息化局', '工信局提出']) {
      const answer = sameAnswer(engines, page(text));
      expect(answer.variants.length, text).toBeGreaterThan(1);
    }
  });

  it('ranks every document first for its own label the same (the exact-label boost)', () => {
    for (const doc of data.documents) sameAnswer(engines, page(doc.label, { size: 5 }));
  });

  it('filters by each class the same, and finds nothing for a class absent from the index', () => {
    for (const classIri of engines.reference.classes()) {
      for (const text of ['区', '质量', '会议', '工业和信息化局']) sameAnswer(engines, page(text, { classIri }));
    }
    expect(sameAnswer(engines, page('区', { classIri: `${JY.Meeting}Nonexistent` })).total).toBe(0);
  });

  it('pages the same, past the last page included', () => {
    for (const text of ['区', '质量', '会议']) {
      const { total } = sameAnswer(engines, page(text, { size: 3 }));
      for (let p = 2; p <= Math.ceil(total / 3) + 1; p++) sameAnswer(engines, page(text, { page: p, size: 3 }));
    }
  });
});

describe('an index with long posting lists', () => {
  /** 20,000 documents sharing tokens, so common tokens span several postings rows and the file many transactions. */
  const documents: SearchDocument[] = Array.from({ length: 20_000 }, (_, i) => ({
    iri: `https://data.example.org/jiyao/id/doc/${String(i).padStart(5, '0')}`,
    classIri: i % 3 === 0 ? JY.Meeting : JY.Resolution,
    label: `第${i}次常务会议`,
    fields: [{ name: 'label', text: `第${i}次常务会议` }, { name: 'quote', text: i % 7 === 0 ? '会议听取了质量工作汇报' : `会议研究了第${i % 50}项工作` }],
  }));
  let engines: Engines;
  let dataDir: string;
  beforeAll(async () => {
    const data = buildSearchIndex(documents);
    dataDir = path.join(tmp, 'long');
    await writeSearchIndexFile(dataDir, data);
    engines = await enginesOf(data, dataDir);
  }, 120_000);
  afterAll(() => engines?.disk.close());

  it('stores a common token in several rows and reads them back whole', () => {
    const db = new Database(path.join(dataDir, SEARCH_INDEX_PATH), { readonly: true });
    const rows = db.prepare("SELECT count FROM postings WHERE token = '会议'").pluck().all() as number[];
    db.close();
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.reduce((a, b) => a + b, 0)).toBe(documents.length);
    expect(sameAnswer(engines, { text: '会议', page: 1, size: 20 }).total).toBe(documents.length);
  });

  it('ranks, filters and pages the same', () => {
    const requests: SearchRequest[] = [
      { text: '会议', page: 57, size: 100 }, { text: '质量工作', page: 1, size: 20 }, { text: '第123次常务会议', page: 1, size: 10 },
      { text: '常务会议', classIri: JY.Meeting, page: 3, size: 50 }, { text: '第7项工作', page: 1, size: 100 }, { text: '12', page: 1, size: 10 },
    ];
    for (const request of requests) expect(sameAnswer(engines, request).total, request.text).toBeGreaterThan(0);
  });
});

describe('datasets whose index cannot be used', () => {
  const expectRefusal = async (dataDir: string, code: 'missing' | 'invalid', message: RegExp) => {
    const error = await openSearchIndexFile(dataDir).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(SearchIndexError);
    expect((error as SearchIndexError).code).toBe(code);
    expect((error as SearchIndexError).message).toMatch(message);
  };

  it('names the index.json of an older jiyao', async () => {
    const dir = path.join(tmp, 'old');
    await mkdir(path.join(dir, 'search'), { recursive: true });
    await writeFile(path.join(dir, 'search', 'index.json'), '{"format":"jiyao-search-index","version":1,"documents":[],"postings":{},"aliases":[]}\n');
    await expectRefusal(dir, 'missing', /search\/index\.sqlite not found.*search\/index\.json/);
  });

  it('refuses a file that is not SQLite, an SQLite file of something else, and another version', async () => {
    const dir = path.join(tmp, 'broken');
    const file = path.join(dir, SEARCH_INDEX_PATH);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, 'not a database, just text that is long enough to look like a header of something'.repeat(100));
    await expectRefusal(dir, 'invalid', /search\/index\.sqlite/);

    await rm(file);
    const other = new Database(file);
    other.exec('CREATE TABLE notes (text TEXT)');
    other.close();
    await expectRefusal(dir, 'invalid', /not a jiyao-search-index file/);

    await writeSearchIndexFile(dir, buildSearchIndex([]));
    const old = new Database(file);
    old.prepare("UPDATE meta SET value = 1 WHERE key = 'version'").run();
    old.close();
    await expectRefusal(dir, 'invalid', /version 1; this server reads version 2/);
  });
});
