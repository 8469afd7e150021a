// runBuild end to end: dev pages plus broken ones in a temp folder → a dataset whose files agree with each other.
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type BuildSummary } from '../../src/publish/build.js';
import { RESEARCH_TABLES } from '../../src/publish/tables/write-tables.js';
import type { Manifest } from '../../src/publish/manifest.js';
import { IriScheme } from '../../src/rdf/iris.js';
import {
  distinctTriples, folderFingerprint, gunzipText, parseJsonLd, parseRdf, sha256File, triplesOf,
} from './dataset-files.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const devCorpus = path.resolve(repoRoot, '../shared/corpus/dev');
const BASE = 'https://data.example.org/jiyao/';
const DUMPS = ['jiyao.nq.gz', 'jiyao.nt.gz', 'jiyao.ttl.gz', 'jiyao.jsonld.gz'];
/** Pages copied from the dev corpus; one goes into a sub-folder with a Chinese name and a space. */
const PAGES = ['seed-tianning-56.txt', 'dev-04-jiangyin-17-gbk.html', 'dev-02-zhonglou-31-spam.txt'];
const NESTED = { from: 'dev-06-jintan-12-trad.txt', to: '金坛 区/dev-06.txt' };

let tmp: string;
let input: string;
let summary: BuildSummary;

async function makeInput(dir: string): Promise<void> {
  await mkdir(path.join(dir, path.dirname(NESTED.to)), { recursive: true });
  for (const page of PAGES) await copyFile(path.join(devCorpus, page), path.join(dir, page));
  await copyFile(path.join(devCorpus, NESTED.from), path.join(dir, NESTED.to));
  await writeFile(path.join(dir, 'empty.txt'), '');
  await writeFile(path.join(dir, 'binary.html'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  await writeFile(path.join(dir, 'notes.md'), '# not a page\n');
}

const out = (name: string, ...parts: string[]) => path.join(tmp, name, ...parts);

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'jiyao-build-'));
  input = path.join(tmp, 'input');
  await makeInput(input);
  summary = await runBuild({ input, output: out('site'), base: BASE, toolVersion: '0.0.0-test', workers: 2 });
}, 180_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('a build of pages and broken files', () => {
  it('converts the pages and lists the broken files as failures', () => {
    expect(summary.pages).toBe(PAGES.length + 3);
    expect(summary.converted).toBe(PAGES.length + 1);
    expect(summary.failed.map((f) => f.file).sort()).toEqual(['binary.html', 'empty.txt']);
    expect(summary.meetings).toBe(PAGES.length + 1);
    expect(summary.triples).toBeGreaterThan(0);
    expect(summary.base).toBe(BASE);
  });

  it('writes every output file', async () => {
    for (const file of ['void.ttl', 'manifest.json', 'reports/summary.json', 'ontology/jiyao.ttl', 'reports/empty.txt.json',
      `reports/${NESTED.to}.json`, ...DUMPS.flatMap((d) => [`downloads/${d}`, `downloads/${d}.sha256`])]) {
      expect((await stat(out('site', file))).isFile(), file).toBe(true);
    }
  });

  it('writes checksum files that verify, in sha256sum format', async () => {
    for (const dump of DUMPS) {
      const line = await readFile(out('site', 'downloads', `${dump}.sha256`), 'utf8');
      expect(line).toBe(`${await sha256File(out('site', 'downloads', dump))}  ${dump}\n`);
    }
  });

  it('puts each page in its own named graph, keyed by its relative path', async () => {
    const quads = parseRdf(await gunzipText(out('site', 'downloads', 'jiyao.nq.gz')), 'N-Quads');
    const iris = new IriScheme(BASE);
    const keys = new Set(quads.map((q) => iris.parseGraph(q.graph.value)));
    expect([...keys].sort()).toEqual([...PAGES, NESTED.to].sort());
  });

  it('publishes the same triples in N-Quads, N-Triples, Turtle and JSON-LD', async () => {
    const nq = distinctTriples(parseRdf(await gunzipText(out('site', 'downloads', 'jiyao.nq.gz')), 'N-Quads'));
    const nt = parseRdf(await gunzipText(out('site', 'downloads', 'jiyao.nt.gz')), 'N-Triples');
    const ttl = parseRdf(await gunzipText(out('site', 'downloads', 'jiyao.ttl.gz')), 'Turtle');
    const json = await parseJsonLd(await gunzipText(out('site', 'downloads', 'jiyao.jsonld.gz')));
    expect(nt.length).toBe(summary.triples);
    expect(nq.length).toBe(nt.length);
    expect(distinctTriples(ttl).length).toBe(nt.length);
    expect(distinctTriples(json).length).toBe(nt.length);
    expect(isomorphic(nq, nt)).toBe(true);
    expect(isomorphic(distinctTriples(ttl), nt)).toBe(true);
    expect(isomorphic(distinctTriples(json), nt)).toBe(true);
  });

  it('streams JSON-LD as one node object per subject inside @graph', async () => {
    const document = JSON.parse(await gunzipText(out('site', 'downloads', 'jiyao.jsonld.gz'))) as { '@context': unknown; '@graph': Array<{ '@id': string }> };
    const nt = parseRdf(await gunzipText(out('site', 'downloads', 'jiyao.nt.gz')), 'N-Triples');
    const subjects = new Set(nt.map((q) => `${q.subject.termType}:${q.subject.value}`));
    expect(document['@context']).toBeTruthy();
    expect(document['@graph'].length).toBe(subjects.size);
    expect(new Set(document['@graph'].map((n) => n['@id'])).size).toBe(subjects.size);
  });
});

const V = 'http://rdfs.org/ns/void#', D = 'http://www.w3.org/ns/dcat#', S = 'http://spdx.org/rdf/terms#';

function objects(quads: readonly Quad[], subject: string, predicate: string): string[] {
  return quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);
}

describe('the VoID/DCAT description', () => {
  let described: Quad[];
  const dataset = `${BASE}void.ttl#dataset`;
  beforeAll(async () => {
    described = new Parser({ format: 'Turtle', baseIRI: BASE }).parse(await readFile(out('site', 'void.ttl'), 'utf8')) as Quad[];
  });

  it('states the triple count, endpoint, URI space, licence and dumps', () => {
    expect(objects(described, dataset, `${V}triples`)).toEqual([String(summary.triples)]);
    expect(objects(described, dataset, `${V}sparqlEndpoint`)).toEqual([`${BASE}sparql`]);
    expect(objects(described, dataset, `${V}uriSpace`)).toEqual([`${BASE}id/`]);
    expect(objects(described, dataset, 'http://purl.org/dc/terms/license')).toEqual(['https://creativecommons.org/licenses/by/4.0/']);
    expect(objects(described, dataset, `${V}dataDump`).sort()).toEqual(DUMPS.map((d) => `${BASE}downloads/${d}`).sort());
    for (const p of ['title', 'publisher', 'issued', 'modified']) expect(objects(described, dataset, `http://purl.org/dc/terms/${p}`).length).toBeGreaterThan(0);
    expect(objects(described, dataset, `${D}contactPoint`).length).toBe(1);
  });

  it('describes each distribution with its true byte size and checksum', async () => {
    const distributions = objects(described, dataset, `${D}distribution`);
    // the dumps, the research tables and their csvw metadata
    expect(distributions.length).toBe(DUMPS.length + RESEARCH_TABLES.length + 1);
    for (const distribution of distributions) {
      const [url] = objects(described, distribution, `${D}downloadURL`);
      const file = out('site', 'downloads', url.slice(`${BASE}downloads/`.length));
      expect(objects(described, distribution, `${D}byteSize`)).toEqual([String((await stat(file)).size)]);
      const [checksum] = objects(described, distribution, `${S}checksum`);
      expect(objects(described, checksum, `${S}algorithm`)).toEqual([`${S}checksumAlgorithm_sha256`]);
      expect(objects(described, checksum, `${S}checksumValue`)).toEqual([await sha256File(file)]);
      expect(objects(described, distribution, `${D}mediaType`).length).toBe(1);
    }
  });

  it('counts the meetings in a class partition and every property in a property partition', async () => {
    const nt = parseRdf(await gunzipText(out('site', 'downloads', 'jiyao.nt.gz')), 'N-Triples');
    const meetingPartition = objects(described, dataset, `${V}classPartition`)
      .find((p) => objects(described, p, `${V}class`)[0] === 'https://w3id.org/jiyao/ontology#Meeting')!;
    expect(objects(described, meetingPartition, `${V}entities`)).toEqual([String(summary.meetings)]);
    const partitions = objects(described, dataset, `${V}propertyPartition`);
    const total = partitions.reduce((sum, p) => sum + Number(objects(described, p, `${V}triples`)[0]), 0);
    expect(total).toBe(nt.length);
  });
});

describe('manifest and reports', () => {
  it('records the base, the tool version and every source with its status', async () => {
    const manifest = JSON.parse(await readFile(out('site', 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.base).toBe(BASE);
    expect(manifest.toolVersion).toBe('0.0.0-test');
    expect(manifest.sources.map((s) => s.path)).toEqual(['binary.html', ...PAGES, 'empty.txt', NESTED.to].sort());
    const seed = manifest.sources.find((s) => s.path === 'seed-tianning-56.txt')!;
    expect(seed.status).toBe('converted');
    expect(seed.sha256).toBe(await sha256File(path.join(input, 'seed-tianning-56.txt')));
    expect(seed.graph).toBe(new IriScheme(BASE).mintGraph('seed-tianning-56.txt'));
    expect(manifest.sources.find((s) => s.path === 'empty.txt')).toMatchObject({ status: 'failed', triples: 0 });
  });

  it('writes a quality report per page and a summary listing the failures', async () => {
    const report = JSON.parse(await readFile(out('site', 'reports', 'dev-02-zhonglou-31-spam.txt.json'), 'utf8'));
    expect(report.counts.meetings).toBe(1);
    expect(report.spamTerms.length).toBeGreaterThan(0);
    expect(report.sha256).toBe(await sha256File(path.join(input, 'dev-02-zhonglou-31-spam.txt')));
    const failed = JSON.parse(await readFile(out('site', 'reports', 'binary.html.json'), 'utf8'));
    expect(failed.status).toBe('failed');
    const overall = JSON.parse(await readFile(out('site', 'reports', 'summary.json'), 'utf8'));
    expect(overall.failed.map((f: { file: string }) => f.file)).toEqual(['binary.html', 'empty.txt']);
    expect(overall.triples).toBe(summary.triples);
  });
});

describe('reproducibility and safety', () => {
  it('gives identical dumps and reports when the same input is built again, in-process', async () => {
    await runBuild({ input, output: out('again'), base: BASE, toolVersion: '0.0.0-test', workers: 1 });
    for (const file of [...DUMPS.map((d) => `downloads/${d}`), 'reports/summary.json', `reports/${PAGES[0]}.json`]) {
      expect(await sha256File(out('again', file)), file).toBe(await sha256File(out('site', file)));
    }
  }, 120_000);

  it('leaves the previous dataset intact when a converter fails unexpectedly', async () => {
    const before = await folderFingerprint(out('site'));
    const broken = () => { throw new TypeError('converter bug'); };
    await expect(runBuild({ input, output: out('site'), base: BASE, toolVersion: '0.0.0-test', convert: broken }))
      .rejects.toThrow('converter bug');
    expect(await folderFingerprint(out('site'))).toEqual(before);
    expect((await readdir(tmp)).filter((name) => name.startsWith('.site.'))).toEqual([]);
  });

  it('fails without side effects when the output cannot be created', async () => {
    await writeFile(out('a-file'), 'not a folder');
    await expect(runBuild({ input, output: out('a-file', 'site'), toolVersion: '0.0.0-test', workers: 1 })).rejects.toThrow();
    expect(await readFile(out('a-file'), 'utf8')).toBe('not a folder');
  }, 120_000);

  it('replaces an existing dataset as a whole', async () => {
    const other = path.join(tmp, 'other-input');
    await mkdir(other);
    await copyFile(path.join(devCorpus, 'dev-12-wuzhong-office-07.txt'), path.join(other, 'dev-12.txt'));
    await runBuild({ input: other, output: out('again'), base: BASE, toolVersion: '0.0.0-test', workers: 1 });
    const manifest = JSON.parse(await readFile(out('again', 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.sources.map((s) => s.path)).toEqual(['dev-12.txt']);
    await expect(stat(out('again', 'reports', `${PAGES[0]}.json`))).rejects.toThrow();
    expect((await readdir(tmp)).filter((name) => name.startsWith('.again.'))).toEqual([]);
  }, 120_000);

  it('records a page that exceeds its time budget as a timeout and converts the others', async () => {
    const hangInput = path.join(tmp, 'hang-input');
    await mkdir(hangInput);
    await writeFile(path.join(hangInput, 'hang.txt'), 'any text');
    await copyFile(path.join(devCorpus, PAGES[0]), path.join(hangInput, PAGES[0]));
    const result = await runBuild({
      input: hangInput, output: out('hang-site'), base: BASE, toolVersion: '0.0.0-test', workers: 2, pageTimeoutMs: 5_000,
      converterModule: new URL('./fixtures/hanging-converter.ts', import.meta.url),
    });
    expect(result.failed).toEqual([{ file: 'hang.txt', reason: expect.stringContaining('longer than') }]);
    expect(result.converted).toBe(1);
    const manifest = JSON.parse(await readFile(out('hang-site', 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.sources.find((s) => s.path === 'hang.txt')?.failure?.code).toBe('timeout');
  }, 120_000);
});
