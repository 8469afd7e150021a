// The whole converter against the gold corpus in ../shared: scores, SHACL, format round-trips, determinism.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Quad } from '@rdfjs/types';
import jsonld from 'jsonld';
import { DataFactory, Parser } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { beforeAll, describe, expect, it } from 'vitest';
import { factFromKey } from '../src/check/fact.js';
import { runCheck, type CheckReport } from '../src/check/run-check.js';
import { convertInProcess } from '../src/cli/in-process-converter.js';
import { convertPage } from '../src/publish/convert-page.js';
import { toJsonLd, toNTriples, toTurtle } from '../src/rdf/serialize.js';
import { validateShapes } from '../src/rdf/validate.js';

const corpusDir = path.resolve(import.meta.dirname, '../../shared/corpus/dev');
const golds = readdirSync(corpusDir)
  .filter((n) => n.endsWith('.gold.json'))
  .map((n) => ({ name: n, ...(JSON.parse(readFileSync(path.join(corpusDir, n), 'utf8')) as { source: string; meeting: unknown }) }));
const sources = golds.filter((g) => g.meeting !== null).map((g) => g.source);

const convert = (source: string) =>
  convertPage(readFileSync(path.join(corpusDir, source)), { fileName: source, base: 'http://localhost:3000/', toolVersion: 'test', graphKey: source });
const parseTriples = (text: string, format: string): Quad[] => new Parser({ format }).parse(text) as Quad[];

describe('score against the gold corpus (the TypeScript twin of score.py)', () => {
  let report: CheckReport;
  beforeAll(async () => {
    report = await runCheck({ corpusDir, convert: convertInProcess });
  }, 120_000);

  it('reaches micro-F1 ≥ 0.95 with full recall, no leak, no crash', () => {
    expect(report.totals.crashes).toBe(0);
    expect(report.totals.leaks).toBe(0);
    expect(report.totals.recall).toBe(1);
    expect(report.totals.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('gets the real seed page right: every gold fact, and no extra fact but the full names of proposers', () => {
    const seed = report.pages.find((p) => p.goldFile === 'seed-tianning-56.gold.json');
    if (seed?.kind !== 'scored') throw new Error('seed page not scored');
    expect(seed.recall).toBe(1);
    const extras = seed.predictedFacts.filter((f) => !seed.goldFacts.includes(f)).map(factFromKey);
    expect(extras.map((f) => f[0])).toEqual(extras.map(() => 'proposedBy'));
    expect(extras.map((f) => f[2]).sort()).toEqual(['常州市天宁区司法局', '常州市天宁区工业和信息化局', '常州市天宁区市场监督管理局']);
  });
});

describe.each(sources)('published RDF of %s', (source) => {
  const { quads } = convert(source);

  it('conforms to the SHACL shapes', async () => {
    const report = await validateShapes(quads);
    expect(report.violations).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('says the same in Turtle, N-Triples and JSON-LD', async () => {
    const triples = parseTriples(toNTriples(quads), 'N-Triples');
    expect(isomorphic(parseTriples(toTurtle(quads), 'Turtle'), triples)).toBe(true);
    const fromJsonLd = await jsonld.toRDF(await toJsonLd(quads), { format: 'application/n-quads' });
    // The JSON-LD keeps the page's named graph; compare its triples.
    const jsonLdTriples = parseTriples(fromJsonLd as unknown as string, 'N-Quads').map((q): Quad => DataFactory.quad(q.subject, q.predicate, q.object) as Quad);
    expect(isomorphic(jsonLdTriples, triples)).toBe(true);
  });

  it('is byte-identical across runs', () => {
    expect(toTurtle(convert(source).quads)).toBe(toTurtle(quads));
  });
});
