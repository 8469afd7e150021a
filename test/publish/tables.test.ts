// Research tables from a real build of three dev pages: BOM, row counts equal to SPARQL counts over the dump, IRIs, csvw, VoID.
import { copyFile, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Quad } from '@rdfjs/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/publish/build.js';
import { CSVW_METADATA_FILE } from '../../src/publish/tables/csvw-metadata.js';
import { RESEARCH_TABLES } from '../../src/publish/tables/write-tables.js';
import { EmbeddedStore } from '../../src/store/embedded-store.js';
import { gunzipText, parseRdf, sha256File } from './dataset-files.js';
import { readTable } from './tables-csv-reader.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const devCorpus = path.resolve(repoRoot, '../shared/corpus/dev');
const BASE = 'https://data.example.org/jiyao/';
const PAGES = ['seed-tianning-56.txt', 'dev-04-jiangyin-17-gbk.html', 'dev-02-zhonglou-31-spam.txt'];
const JY = 'https://w3id.org/jiyao/ontology#';

let tmp: string;
let downloads: string;
let store: EmbeddedStore;
let dumpSubjects: Set<string>;
const tables = new Map<string, { header: string[]; rows: Record<string, string>[] }>();

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'jiyao-tables-'));
  await mkdir(path.join(tmp, 'in'));
  for (const page of PAGES) await copyFile(path.join(devCorpus, page), path.join(tmp, 'in', page));
  await runBuild({ input: path.join(tmp, 'in'), output: path.join(tmp, 'site'), base: BASE, toolVersion: '0.0.0-test', workers: 1 });
  downloads = path.join(tmp, 'site', 'downloads');
  const nquads = await gunzipText(path.join(downloads, 'jiyao.nq.gz'));
  dumpSubjects = new Set(parseRdf(nquads, 'N-Quads').map((q) => q.subject.value));
  store = await EmbeddedStore.open({ nquads: [nquads], standby: false });
  for (const table of RESEARCH_TABLES) tables.set(table.file, readTable(await readFile(path.join(downloads, table.file), 'utf8')));
}, 180_000);

afterAll(async () => {
  await store?.close();
  await rm(tmp, { recursive: true, force: true });
});

/** Runs a `SELECT (COUNT(…) AS ?n)` over the N-Quads dump. */
async function count(where: string): Promise<number> {
  const result = await store.query(`PREFIX jy: <${JY}>\nSELECT (COUNT(*) AS ?n) WHERE { ${where} }`, { timeoutMs: 20_000 });
  if (result.kind !== 'bindings') throw new Error('not a SELECT');
  return Number(result.rows[0].n.value);
}

const rowsOf = (file: string) => tables.get(file)!.rows;

describe('the research tables of a build', () => {
  it('writes every table as UTF-8 with a BOM', async () => {
    for (const table of RESEARCH_TABLES) {
      const bytes = await readFile(path.join(downloads, table.file));
      expect(bytes.subarray(0, 3), table.file).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(bytes.toString('utf8')).not.toContain('\uFFFD');
    }
  });

  it('has as many rows as SPARQL counts over the same dump', async () => {
    const expected: Record<string, string> = {
      'meetings.csv': 'SELECT DISTINCT ?m { ?m a jy:Meeting }',
      'attendance.csv': 'SELECT DISTINCT ?m ?r ?p { VALUES ?r { jy:chair jy:recorder jy:attendee jy:nonVotingAttendee } ?m ?r ?p }',
      'agenda-items.csv': 'SELECT DISTINCT ?i { ?i a jy:AgendaItem }',
      'resolutions.csv': 'SELECT DISTINCT ?r { ?r a jy:Resolution }',
      'awards.csv': 'SELECT DISTINCT ?a ?x { ?a a jy:Award . OPTIONAL { ?a jy:recipient ?x } }',
      'organizations.csv': 'SELECT DISTINCT ?o { ?o a jy:Organization }',
      'persons.csv': 'SELECT DISTINCT ?p { ?p a jy:Person }',
    };
    for (const [file, query] of Object.entries(expected)) {
      const n = await count(`{ ${query} }`);
      expect(n, file).toBeGreaterThan(0);
      expect(rowsOf(file).length, file).toBe(n);
    }
    expect(rowsOf('meetings.csv')).toHaveLength(PAGES.length);
  });

  it('uses IRIs of the dump as ids, and every foreign key finds its row', () => {
    for (const table of RESEARCH_TABLES) {
      const key = table.primaryKey[0];
      for (const row of rowsOf(table.file)) expect(dumpSubjects.has(row[key]), `${table.file} ${row[key]}`).toBe(true);
      for (const fk of table.foreignKeys) {
        const targets = new Set(rowsOf(fk.table).map((r) => r[fk.reference]));
        for (const row of rowsOf(table.file)) if (row[fk.column]) expect(targets.has(row[fk.column]), `${table.file}.${fk.column}`).toBe(true);
      }
    }
  });

  it('holds the facts of the seed page: chair 许小波 with pinyin, tampered source, the 区长质量奖 recipients', () => {
    const seed = rowsOf('meetings.csv').find((r) => r.jurisdiction_code === '320402')!;
    expect(seed).toMatchObject({ date: '2021-01-23', year: '2021', kind: 'ExecutiveMeeting', session: '56', chair_name: '许小波', jurisdiction_name: '常州市天宁区', tampered: 'true', agenda_items: '4' });
    const chair = rowsOf('persons.csv').find((r) => r.person === seed.chair)!;
    expect(chair).toMatchObject({ name: '许小波', name_pinyin: 'Xǔ Xiǎobō', meetings_chaired: '1', posts: '区长' });
    expect(rowsOf('attendance.csv').filter((r) => r.meeting === seed.meeting && r.role === 'nonVotingAttendee')).toHaveLength(17);
    const prize = rowsOf('awards.csv').filter((r) => r.meeting === seed.meeting && r.award_name === '区长质量奖');
    expect(prize.map((r) => r.recipient_name).sort()).toEqual(['常州曼淇威压力控制技术有限公司', '江苏康进医疗器材有限公司']);
    expect(prize.every((r) => r.award_year === '2020' && r.stated_count === '2')).toBe(true);
  });
});

describe('the csvw data dictionary', () => {
  it('parses as JSON and names every file and every column in header order', async () => {
    const metadata = JSON.parse(await readFile(path.join(downloads, CSVW_METADATA_FILE), 'utf8')) as {
      '@context': unknown[]; tables: Array<{ url: string; tableSchema: { columns: Array<{ name: string; virtual?: boolean; titles: Record<string, string>; datatype: string; propertyUrl?: string }>; primaryKey: unknown; aboutUrl: string; foreignKeys: Array<{ columnReference: string; reference: { resource: string; columnReference: string } }> } }>;
    };
    expect(metadata['@context'][0]).toBe('http://www.w3.org/ns/csvw');
    expect(metadata.tables.map((t) => t.url).sort()).toEqual(RESEARCH_TABLES.map((t) => t.file).sort());
    for (const t of metadata.tables) {
      const columns = t.tableSchema.columns.filter((c) => !c.virtual);
      expect(columns.map((c) => c.name), t.url).toEqual(tables.get(t.url)!.header);
      for (const c of columns) expect(Object.keys(c.titles).sort()).toEqual(['en', 'zh-Hans']);
      expect(t.tableSchema.aboutUrl).toBe(`{+${columns[0].name}}`);
      for (const fk of t.tableSchema.foreignKeys) {
        const target = metadata.tables.find((x) => x.url === fk.reference.resource)!;
        expect(target.tableSchema.columns.some((c) => c.name === fk.reference.columnReference)).toBe(true);
        expect(columns.some((c) => c.name === fk.columnReference)).toBe(true);
      }
    }
    const meetings = metadata.tables.find((t) => t.url === 'meetings.csv')!.tableSchema.columns;
    expect(meetings.find((c) => c.name === 'date')?.propertyUrl).toBe('http://purl.org/dc/terms/date');
    expect(meetings.find((c) => c.name === 'tampered')).toMatchObject({ propertyUrl: `${JY}tampered`, datatype: 'boolean' });
  });
});

describe('the DCAT description', () => {
  it('lists every table and the metadata as a distribution with media type, size, checksum and standard', async () => {
    const quads = parseRdf(await readFile(path.join(tmp, 'site', 'void.ttl'), 'utf8'), 'Turtle');
    const objectOf = (s: Quad['object'] | Quad['subject'], p: string) => quads.find((q) => q.subject.equals(s) && q.predicate.value === p)?.object;
    for (const file of [...RESEARCH_TABLES.map((t) => t.file), CSVW_METADATA_FILE]) {
      const url = `${BASE}downloads/${file}`;
      const distribution = quads.find((q) => q.predicate.value === 'http://www.w3.org/ns/dcat#downloadURL' && q.object.value === url)?.subject;
      expect(distribution, file).toBeDefined();
      const mediaType = objectOf(distribution!, 'http://www.w3.org/ns/dcat#mediaType')?.value;
      expect(mediaType).toBe(`http://www.iana.org/assignments/media-types/${file.endsWith('.csv') ? 'text/csv' : 'application/csvm+json'}`);
      expect(Number(objectOf(distribution!, 'http://www.w3.org/ns/dcat#byteSize')?.value)).toBe((await stat(path.join(downloads, file))).size);
      const checksum = objectOf(distribution!, 'http://spdx.org/rdf/terms#checksum')!;
      expect(objectOf(checksum, 'http://spdx.org/rdf/terms#checksumValue')?.value).toBe(await sha256File(path.join(downloads, file)));
      if (!file.endsWith('.csv')) expect(objectOf(distribution!, 'http://purl.org/dc/terms/conformsTo')?.value).toBe('http://www.w3.org/ns/csvw');
    }
  });
});

describe('docs/research-tables.md', () => {
  it('documents every table and every column', async () => {
    const doc = await readFile(path.join(repoRoot, 'docs', 'research-tables.md'), 'utf8');
    for (const table of RESEARCH_TABLES) {
      const section = doc.slice(doc.indexOf(`### \`${table.file}\``));
      expect(section.length, table.file).toBeLessThan(doc.length);
      for (const column of table.columns) expect(section, `${table.file} ${column.name}`).toContain(`| \`${column.name}\` |`);
    }
  });
});
