// The index written by a build of three corpus pages: listed in the manifest, found by folded, aliased and one-character queries.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSearchIndexFile, SearchEngine, SearchIndexError, SEARCH_INDEX_PATH } from '../../src/search/index.js';
import { JY } from '../../src/vocab/index.js';
import { BUILT_BASE, buildSampleDataset, type BuiltDataset } from './built-dataset.js';

let built: BuiltDataset;
let engine: SearchEngine;
beforeAll(async () => {
  built = await buildSampleDataset();
  engine = new SearchEngine(await openSearchIndexFile(built.dataDir));
}, 120_000);
afterAll(async () => {
  engine?.close();
  await built?.remove();
});

const GONGXINJU = `${BUILT_BASE}id/org/320402/${encodeURIComponent('常州市天宁区工业和信息化局')}`;
const search = (text: string, classIri?: string) => engine.search({ text, classIri, page: 1, size: 100 });
const iris = (text: string, classIri?: string) => search(text, classIri).results.map((r) => r.iri);

describe('the built index', () => {
  it('is written to search/index.sqlite and listed in the manifest with its checksum', async () => {
    const manifest = JSON.parse(await readFile(path.join(built.dataDir, 'manifest.json'), 'utf8')) as { search?: { fileName: string; documents: number } };
    expect(manifest.search?.fileName).toBe(SEARCH_INDEX_PATH);
    expect(manifest.search?.documents).toBe(engine.size);
    expect(engine.classes()).toEqual(expect.arrayContaining([JY.Meeting, JY.AgendaItem, JY.Resolution, JY.Document, JY.Organization, JY.Person]));
  });

  it('finds 区长质量奖 from the traditional 區長質量獎, award first, highlighted', () => {
    const { results } = search('區長質量獎');
    expect(results[0].classIri).toBe(JY.Award);
    expect(results[0].label).toContain('区长质量奖');
    const [start, end] = results[0].snippet.highlights[0];
    expect(results[0].snippet.text.slice(start, end)).toBe('区长质量奖');
  });

  it('finds the department by its full name from the short name and the reverse', () => {
    expect(iris('区工信局')[0]).toBe(GONGXINJU);
    expect(iris('工业和信息化局')[0]).toBe(GONGXINJU);
  });

  it('expands short names in queries to find text written with the other form', () => {
    const byFullName = search('工业和信息化局', JY.Resolution).results;
    expect(byFullName.length).toBeGreaterThan(0);
    expect(byFullName[0].snippet.text).toContain('区工信局');
    expect(search('工业和信息化局').variants).toContain('工信局');
  });

  it('ranks an exact label match first', () => {
    expect(search('常州市天宁区工业和信息化局').results[0].iri).toBe(GONGXINJU);
  });

  it('answers one-character queries with unigrams and filters by type', () => {
    const people = search('区', JY.Person).results;
    expect(search('区').total).toBeGreaterThan(people.length);
    expect(people.every((r) => r.classIri === JY.Person)).toBe(true);
  });

  it('pages through the ranking without overlap', () => {
    const all = iris('质量');
    const first = engine.search({ text: '质量', page: 1, size: 2 }).results.map((r) => r.iri);
    const second = engine.search({ text: '质量', page: 2, size: 2 }).results.map((r) => r.iri);
    expect([...first, ...second]).toEqual(all.slice(0, 4));
  });

  it('finds nothing for text absent from the data', () => {
    expect(search('澳门赌场').total).toBe(0);
  });

  it('refuses a folder without an index with a typed error', async () => {
    await expect(openSearchIndexFile(path.join(built.dataDir, 'ontology'))).rejects.toBeInstanceOf(SearchIndexError);
  });
});
