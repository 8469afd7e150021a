// The SPARQL query UI: example queries (parsed, run on two converted corpus pages), the page, its assets and routing.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser as SparqlParser } from 'sparqljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERIES } from '../../src/http/query-ui/example-queries.js';
import { convertPage } from '../../src/publish/convert-page.js';
import { toNQuads } from '../../src/rdf/serialize.js';
import { EmbeddedStore } from '../../src/store/embedded-store.js';
import type { Bindings } from '../../src/store/store.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus/dev');
const PAGES = ['seed-tianning-56.txt', 'dev-11-kunshan-66.html'];
const BASE = 'https://data.example.org/';

let store: EmbeddedStore;
/** Decoded text of each page by the urn:sha256 of its bytes (the prov:wasDerivedFrom of pages without a URL). */
const pageTextBySource = new Map<string, string>();

beforeAll(async () => {
  const documents: string[] = [];
  for (const fileName of PAGES) {
    const bytes = await readFile(path.join(CORPUS, fileName));
    const { quads } = convertPage(bytes, { fileName, base: BASE, toolVersion: '0.0.0-test', graphKey: fileName });
    documents.push(toNQuads(quads));
    pageTextBySource.set(`urn:sha256:${createHash('sha256').update(bytes).digest('hex')}`, bytes.toString('utf8'));
  }
  store = await EmbeddedStore.open({ nquads: documents, standby: false });
});
afterAll(async () => {
  await store.close();
});

function example(id: string): string {
  const found = EXAMPLE_QUERIES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no example ${id}`);
  return found.query;
}

/** Runs an example and returns its rows with every term reduced to its lexical value. */
async function run(id: string): Promise<Record<string, string>[]> {
  const result = await store.query(example(id), { timeoutMs: 20_000 });
  if (result.kind !== 'bindings') throw new Error(`${id} is not a SELECT`);
  return result.rows.map((row: Bindings) => Object.fromEntries(Object.entries(row).map(([name, term]) => [name, term.value])));
}

describe('example queries run on converted corpus pages', () => {
  it('counts meetings per district and year', async () => {
    const rows = await run('meetings-per-district-year');
    expect(rows).toContainEqual({ district: '常州市天宁区', divisionCode: '320402', year: '2021', meetings: '1' });
    expect(rows).toContainEqual({ district: '昆山市', divisionCode: '320583', year: '2023', meetings: '1' });
  });

  it('lists chairs with their post', async () => {
    const rows = await run('meeting-chairs');
    expect(rows).toContainEqual(expect.objectContaining({ chairName: '许小波', post: '区长', date: '2021-01-23' }));
    expect(rows).toContainEqual(expect.objectContaining({ chairName: '沈立新', post: '市长', date: '2023-05-25' }));
  });

  it('ranks departments by resolutions proposed', async () => {
    const rows = await run('proposing-departments');
    expect(rows.length).toBeGreaterThan(1);
    expect(rows).toContainEqual(expect.objectContaining({ name: '常州市天宁区工业和信息化局', shortNames: '区工信局', resolutions: '1' }));
    const counts = rows.map((row) => Number(row.resolutions));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('lists award recipients', async () => {
    const rows = await run('award-recipients');
    expect(rows).toContainEqual(expect.objectContaining({ recipientName: '江苏康进医疗器材有限公司', awardName: '区长质量奖', awardYear: '2020' }));
  });

  it('finds the tampered page and its spam term, not the clean one', async () => {
    const rows = await run('tampered-sources');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ title: '区政府第56次常务会议纪要', spamTerms: '澳门现金赌场' });
  });

  it('lists resolutions approved in principle with their next step', async () => {
    const rows = await run('approved-in-principle');
    expect(rows).toContainEqual(expect.objectContaining({ position: '1', proposer: '常州市天宁区市场监督管理局', nextStep: '提交区委常委会审议' }));
    expect(rows).toContainEqual(expect.objectContaining({ position: '3', nextStep: '以区政府名义印发' }));
  });

  it('returns the evidence of the chair, and its offsets point at the quote in the page', async () => {
    const rows = await run('chair-evidence');
    const tianning = rows.find((row) => row.chairName === '许小波');
    expect(tianning?.quote).toContain('区长许小波');
    for (const row of rows) {
      const text = pageTextBySource.get(row.source);
      expect(text, `page of ${row.source}`).toBeDefined();
      expect(text?.slice(Number(row.start), Number(row.end))).toBe(row.quote);
    }
  });
});
