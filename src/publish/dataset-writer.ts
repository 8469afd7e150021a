// Writes a whole dataset folder from the page outcomes: dumps, void.ttl, ontology/, reports/, manifest.json.
import { cp, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PREFIXES } from '../vocab/index.js';
import { nquadsText, ntriplesText, turtleText } from './dump-text.js';
import { writeGzipDump } from './gzip-dump.js';
import { jsonldText, type JsonLdContext } from './jsonld-text.js';
import { manifestSource, type Manifest } from './manifest.js';
import type { ConvertedOutcome, PageOutcome } from './page-job.js';
import { writeResearchTables } from './tables/write-tables.js';
import { TripleIndex, type DatasetStatistics } from './triple-index.js';
import { datasetIri, describeDatasetTurtle, type DescribedDump, type DatasetDescription } from './void-description.js';

/** What the dataset writer needs besides the outcomes. */
export interface DatasetWriteOptions {
  base: string;
  toolVersion: string;
  ontologyDir: string;
  description: Omit<DatasetDescription, 'base' | 'statistics' | 'dumps' | 'tables'>;
  builtAt: string;
  startedAt: number;
}

/** Dump file name → media type of its uncompressed content. */
const DUMP_MEDIA_TYPES = {
  'jiyao.nq.gz': 'application/n-quads',
  'jiyao.nt.gz': 'application/n-triples',
  'jiyao.ttl.gz': 'text/turtle',
  'jiyao.jsonld.gz': 'application/ld+json',
} as const;

/** Writes everything into `dir` (a fresh folder) and returns the dataset statistics. */
export async function writeDataset(dir: string, outcomes: readonly PageOutcome[], options: DatasetWriteOptions): Promise<DatasetStatistics> {
  const converted = outcomes.filter((o): o is ConvertedOutcome => o.status === 'converted');
  const index = new TripleIndex();
  for (const page of converted) index.addNQuads(page.nquads);
  const statistics = index.statistics(`${options.base}id/`);
  await copyOntology(options.ontologyDir, path.join(dir, 'ontology'));
  const context = await publishedContext(path.join(dir, 'ontology', 'context.jsonld'));
  const downloads = path.join(dir, 'downloads');
  await mkdir(downloads, { recursive: true });
  const texts = {
    'jiyao.nq.gz': nquadsText(converted),
    'jiyao.nt.gz': ntriplesText(index),
    'jiyao.ttl.gz': turtleText(index, { ...PREFIXES }),
    'jiyao.jsonld.gz': jsonldText(index, context),
  };
  const dumps: DescribedDump[] = [];
  for (const [fileName, text] of Object.entries(texts)) {
    const dump = await writeGzipDump(path.join(downloads, fileName), text);
    dumps.push({ ...dump, mediaType: DUMP_MEDIA_TYPES[fileName as keyof typeof DUMP_MEDIA_TYPES] });
  }
  const tables = await writeResearchTables(downloads, index, { datasetIri: datasetIri(options.base) });
  const description = { ...options.description, base: options.base, statistics, dumps, tables };
  await writeFile(path.join(dir, 'void.ttl'), describeDatasetTurtle(description));
  await writeReports(path.join(dir, 'reports'), outcomes, statistics);
  await writeManifest(dir, outcomes, dumps, statistics, options);
  return statistics;
}

async function copyOntology(from: string, to: string): Promise<void> {
  const isFolder = await stat(from).then((s) => s.isDirectory(), () => false);
  if (isFolder) await cp(from, to, { recursive: true });
  else await mkdir(to, { recursive: true });
}

/** The context the JSON-LD dump uses: ontology/context.jsonld's @context, or the project prefixes when absent. */
async function publishedContext(file: string): Promise<JsonLdContext> {
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) return { ...PREFIXES };
  const document = JSON.parse(text) as { '@context'?: JsonLdContext };
  return document['@context'] ?? { ...PREFIXES };
}

function quadCount(outcome: PageOutcome): number {
  if (outcome.status !== 'converted') return 0;
  let count = 0;
  for (let i = outcome.nquads.indexOf('\n'); i !== -1; i = outcome.nquads.indexOf('\n', i + 1)) count++;
  return count;
}

async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
}

async function writeReports(dir: string, outcomes: readonly PageOutcome[], statistics: DatasetStatistics): Promise<void> {
  for (const outcome of outcomes) await writeJson(path.join(dir, `${outcome.relativePath}.json`), outcome.report);
  await writeJson(path.join(dir, 'summary.json'), summariseOutcomes(outcomes, statistics));
}

/** The time-free part of a build's summary (reports/summary.json). */
export function summariseOutcomes(outcomes: readonly PageOutcome[], statistics: DatasetStatistics) {
  const warningsByCode: Record<string, number> = {};
  let meetings = 0, warnings = 0, quads = 0;
  for (const outcome of outcomes) {
    if (outcome.status !== 'converted') continue;
    meetings += outcome.report.counts.meetings;
    quads += quadCount(outcome);
    for (const warning of outcome.report.warnings) {
      warnings++;
      warningsByCode[warning.code] = (warningsByCode[warning.code] ?? 0) + 1;
    }
  }
  const failed = outcomes.filter((o) => o.status === 'failed').map((o) => ({ file: o.relativePath, code: o.code, reason: o.reason }));
  return {
    pages: outcomes.length, converted: outcomes.length - failed.length, failed,
    meetings, quads, triples: statistics.triples, entities: statistics.entities, warnings, warningsByCode,
  };
}

async function writeManifest(
  dir: string, outcomes: readonly PageOutcome[], dumps: DescribedDump[], statistics: DatasetStatistics, options: DatasetWriteOptions,
): Promise<void> {
  const manifest: Manifest = {
    manifestVersion: 1,
    toolVersion: options.toolVersion,
    base: options.base,
    issued: options.description.issued,
    builtAt: options.builtAt,
    durationMs: Date.now() - options.startedAt,
    triples: statistics.triples,
    sources: outcomes.map((o) => manifestSource(o, quadCount(o))),
    dumps: dumps.map(({ fileName, byteSize, sha256 }) => ({ fileName, byteSize, sha256 })),
  };
  await writeJson(path.join(dir, 'manifest.json'), manifest);
}
