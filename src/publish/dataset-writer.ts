// Writes the dataset-wide files once every page is spooled: dumps, tables, void.ttl, ontology/, search index, summary, manifest.
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { collectDivisionNames } from '../search/index.js';
import { JY, PREFIXES, RDF } from '../vocab/index.js';
import { TripleDumps, writeNQuadsDump } from './dump-text.js';
import { graphFilePath } from './incremental.js';
import type { JsonLdContext } from './jsonld-text.js';
import { writeManifestFile, type Manifest } from './manifest.js';
import { SPOOL_FOLDER, type PageSpool, type PageTotals } from './page-spool.js';
import { writeSearchIndex } from './search-index-writer.js';
import { GraphViewBuilder } from './tables/graph-view.js';
import { writeResearchTables } from './tables/write-tables.js';
import { StatisticsCounter, subjectGroups, type DatasetStatistics, type SubjectGroup } from './triple-index.js';
import { datasetIri, describeDatasetTurtle, type DescribedDump, type DatasetDescription } from './void-description.js';

/** What the dataset writer needs besides the pages. */
export interface DatasetWriteOptions {
  base: string;
  toolVersion: string;
  ontologyDir: string;
  description: Omit<DatasetDescription, 'base' | 'statistics' | 'dumps' | 'tables'>;
  builtAt: string;
  startedAt: number;
}

/** What was written, for the change log and the build summary. */
export interface WrittenDataset {
  manifest: Manifest;
  statistics: DatasetStatistics;
  totals: PageTotals;
}

/** Dump file name → media type of its uncompressed content. */
const DUMP_MEDIA_TYPES: Record<string, string> = {
  'jiyao.nq.gz': 'application/n-quads',
  'jiyao.nt.gz': 'application/n-triples',
  'jiyao.ttl.gz': 'text/turtle',
  'jiyao.jsonld.gz': 'application/ld+json',
};

/** Writes everything but the change log into `dir`, whose pages `spool` holds; removes the spool's scratch files. */
export async function writeDataset(dir: string, spool: PageSpool, options: DatasetWriteOptions): Promise<WrittenDataset> {
  const { sources, totals } = await spool.finish();
  await copyOntology(options.ontologyDir, path.join(dir, 'ontology'));
  const context = await publishedContext(path.join(dir, 'ontology', 'context.jsonld'));
  const downloads = path.join(dir, 'downloads');
  await mkdir(downloads, { recursive: true });
  const converted = sources.filter((s) => s.status === 'converted').map((s) => graphFilePath(dir, s.path));
  const nquads = await writeNQuadsDump(path.join(downloads, 'jiyao.nq.gz'), converted);
  const spoolDir = path.join(dir, SPOOL_FOLDER);
  const pass = await readTriples(spool, {
    dumps: new TripleDumps(downloads, { prefixes: { ...PREFIXES }, context }),
    view: new GraphViewBuilder(path.join(spoolDir, 'view'), spool.sortBudgetBytes),
    uriSpace: `${options.base}id/`,
  });
  const dumps: DescribedDump[] = [nquads, ...pass.dumps].map((dump) => ({ ...dump, mediaType: DUMP_MEDIA_TYPES[dump.fileName] }));
  const { statistics } = pass;
  const view = await pass.view.open();
  const tables = await writeResearchTables(downloads, view, { datasetIri: datasetIri(options.base) }).finally(() => view.close());
  const description = { ...options.description, base: options.base, statistics, dumps, tables };
  await writeFile(path.join(dir, 'void.ttl'), describeDatasetTurtle(description));
  const search = await writeSearchIndex(dir, spool.search, {
    divisionNames: pass.divisionNames, spoolDir: path.join(spoolDir, 'postings'), sortBudgetBytes: spool.sortBudgetBytes,
  });
  await rm(spoolDir, { recursive: true, force: true });
  await writeJson(path.join(dir, 'reports', 'summary.json'), summaryOf(totals, statistics));
  const manifest: Manifest = {
    manifestVersion: 1,
    toolVersion: options.toolVersion,
    base: options.base,
    issued: options.description.issued,
    builtAt: options.builtAt,
    durationMs: Date.now() - options.startedAt,
    triples: statistics.triples,
    sources,
    dumps: dumps.map(({ fileName, byteSize, sha256 }) => ({ fileName, byteSize, sha256 })),
  };
  await writeManifestFile(path.join(dir, 'manifest.json'), { ...manifest, search });
  return { manifest, statistics, totals };
}

function isDivision(group: SubjectGroup): boolean {
  return group.triples.some((t) => t.predicate.value === RDF.type && t.object.value === JY.Division);
}

/**
 * One pass over the distinct triples, subject by subject: the three triple dumps, the VoID statistics, the files the
 * tables are derived from, and the division names the search index needs.
 */
async function readTriples(spool: PageSpool, to: { dumps: TripleDumps; view: GraphViewBuilder; uriSpace: string }) {
  const counter = new StatisticsCounter(to.uriSpace);
  const divisionNames = new Set<string>();
  for await (const groups of subjectGroups(spool.triples.sorted())) {
    for (const group of groups) {
      counter.add(group);
      if (isDivision(group)) for (const name of collectDivisionNames(group.triples)) divisionNames.add(name);
    }
    await to.dumps.add(groups);
    await to.view.add(groups);
  }
  return { dumps: await to.dumps.finish(), statistics: counter.statistics, view: to.view, divisionNames: [...divisionNames].sort() };
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

async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** The time-free summary of a build (reports/summary.json). */
export function summaryOf(totals: PageTotals, statistics: DatasetStatistics) {
  return {
    pages: totals.pages, converted: totals.converted, failed: totals.failed,
    meetings: totals.meetings, quads: totals.quads, triples: statistics.triples, entities: statistics.entities,
    warnings: totals.warnings, warningsByCode: totals.warningsByCode,
  };
}
