// The example queries read each thing's facts from its own page graph (GRAPH ?page): on pages that restate the same
// shared facts, they answer the same set as the plain union form, without the duplicates the union form produces.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Generator, Parser, type Pattern, type SelectQuery } from 'sparqljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERIES } from '../../src/http/query-ui/index.js';
import { convertPage } from '../../src/publish/convert-page.js';
import { toNQuads } from '../../src/rdf/serialize.js';
import { EmbeddedStore } from '../../src/store/embedded-store.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/dev/', import.meta.url));
/** Two pages of the same district (天宁区: same division, same chair) and one of another. */
const PAGES = ['seed-tianning-56.txt', 'dev-09-tianning-61-truncated.txt', 'dev-11-kunshan-66.html'];
const BASE = 'https://data.example.org/';

let store: EmbeddedStore;

beforeAll(async () => {
  const documents: string[] = [];
  for (const fileName of PAGES) {
    const bytes = await readFile(path.join(CORPUS, fileName));
    documents.push(toNQuads(convertPage(bytes, { fileName, base: BASE, toolVersion: '0.0.0-test', graphKey: fileName }).quads));
  }
  store = await EmbeddedStore.open({ nquads: documents, standby: false });
});
afterAll(() => store.close());

/** The query with every `GRAPH ?page { … }` replaced by its group: the same patterns over the union default graph. */
function unionForm(query: string): string {
  const unwrap = (patterns: Pattern[]): Pattern[] => patterns.map((pattern) => {
    if (pattern.type === 'graph') return { type: 'group', patterns: unwrap(pattern.patterns) };
    if ('patterns' in pattern && Array.isArray(pattern.patterns)) return { ...pattern, patterns: unwrap(pattern.patterns as Pattern[]) } as Pattern;
    return pattern;
  });
  const parsed = new Parser().parse(query) as SelectQuery;
  return new Generator().stringify({ ...parsed, where: unwrap(parsed.where ?? []) });
}

/** Each answer row as one comparable string (variable names and lexical values). */
async function rows(query: string): Promise<string[]> {
  const result = await store.query(query, { timeoutMs: 20_000 });
  if (result.kind !== 'bindings') throw new Error('not a SELECT');
  return result.rows.map((row) => JSON.stringify(Object.entries(row).map(([name, term]) => [name, term.value]).sort()));
}

const LOCAL_EXAMPLES = EXAMPLE_QUERIES.filter((example) => example.id !== 'wikidata-divisions');

describe('example queries over page graphs that restate shared facts', () => {
  it.each(LOCAL_EXAMPLES.map((example) => [example.id, example.query]))('%s answers the same set as its union form', async (_id, query) => {
    const [pageForm, union] = [await rows(query), await rows(unionForm(query))];
    expect(pageForm.length).toBeGreaterThan(0);
    expect(new Set(pageForm)).toEqual(new Set(union));
  });

  it('every example but the federated one reads its facts in GRAPH ?page', () => {
    for (const { id, query } of LOCAL_EXAMPLES) expect(unionForm(query), id).not.toBe(new Generator().stringify(new Parser().parse(query)));
  });

  it('lists each chair once per meeting and post, where the union form repeats the rows once per page naming the person', async () => {
    const chairs = EXAMPLE_QUERIES.find((example) => example.id === 'meeting-chairs')!.query;
    const [pageForm, union] = [await rows(chairs), await rows(unionForm(chairs))];
    expect(pageForm).toHaveLength(new Set(pageForm).size);
    expect(union.length).toBeGreaterThan(new Set(union).size);
    // Each 天宁区 page names its own chair, but both state the post 区长: one row per meeting.
    for (const chair of ['许小波', '杨明哲']) expect(pageForm.filter((row) => row.includes(`"${chair}"`)), chair).toHaveLength(1);
  });

  it('counts each district-year once per meeting whatever the number of pages stating the district', async () => {
    const perYear = EXAMPLE_QUERIES.find((example) => example.id === 'meetings-per-district-year')!.query;
    const tianning = (await rows(perYear)).map((row) => JSON.parse(row) as string[][]).map((row) => Object.fromEntries(row))
      .filter((row) => row.divisionCode === '320402');
    expect(tianning.reduce((sum, row) => sum + Number(row.meetings), 0)).toBe(2);
  });
});
