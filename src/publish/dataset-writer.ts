// Writes the dataset-wide files once every page is spooled: dumps, tables, void.ttl, ontology/, search index, summary, manifest.
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { collectDivisionNames, type SearchIndexFile } from '../search/index.js';
import { JY, PREFIXES, RDF } from '../vocab/index.js';
import type { ResearchTablesJob, SearchIndexJob } from './dataset-phase-jobs.js';
import { DatasetPhases, type PhaseWorker } from './dataset-phases.js';
import { TripleDumps } from './dump-text.js';
import { graphFilePath } from './incremental.js';
import type { JsonLdContext } from './jsonld-text.js';
import { writeManifestFile, type Manifest } from './manifest.js';
import { SPOOL_FOLDER, type PageSpool, type PageTotals } from './page-spool.js';
import { GraphView, viewLines } from './tables/graph-view.js';
import { RESEARCH_TABLES, writeTables, writeTablesMetadata, type WrittenTable } from './tables/write-tables.js';
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

/**
 * The research tables the tables' worker writes once the view is sorted; this thread writes the others meanwhile
 * (about half the work each: 4.2 s and 5.1 s of CPU at 2,000 pages).
 */
const WORKER_TABLES = RESEARCH_TABLES.slice(0, 3);
const OWN_TABLES = RESEARCH_TABLES.slice(3);

/**
 * Writes everything but the change log into `dir`, whose pages `spool` holds; removes the spool's scratch files.
 * The work runs side by side: the search index (from the spooled partials) and the N-Quads dump (from the graph
 * files) in worker threads of their own; on this thread one pass over the merged triples writes the other dumps and
 * sends the research tables' view to a third worker, which sorts it as it comes; then that worker and this thread
 * each write some of the tables from it.
 */
export async function writeDataset(dir: string, spool: PageSpool, options: DatasetWriteOptions): Promise<WrittenDataset> {
  const { sources, totals, pageDivisionNames } = await spool.finish();
  await copyOntology(options.ontologyDir, path.join(dir, 'ontology'));
  const context = await publishedContext(path.join(dir, 'ontology', 'context.jsonld'));
  const downloads = path.join(dir, 'downloads');
  await mkdir(downloads, { recursive: true });
  const spoolDir = path.join(dir, SPOOL_FOLDER);
  const { sortBudgetBytes } = spool;
  const searchJob: SearchIndexJob = {
    kind: 'search-index', dir, partialRuns: await spool.search.spilledRuns(), divisionNames: pageDivisionNames,
    spoolDir: path.join(spoolDir, 'postings'), sortBudgetBytes,
  };
  const phases = new DatasetPhases();
  const searchIndex = phases.inWorker(searchJob).result;
  const nquadsDump = phases.inWorker({
    kind: 'nquads-dump', file: path.join(downloads, 'jiyao.nq.gz'),
    graphFiles: sources.filter((s) => s.status === 'converted').map((s) => graphFilePath(dir, s.path)),
  }).result;
  const tables = phases.inWorker<ResearchTablesJob>({
    kind: 'research-tables', downloadsDir: downloads, viewDir: path.join(spoolDir, 'view'), sortBudgetBytes,
    tableFiles: WORKER_TABLES.map((table) => table.file),
  });
  const triplePass = phases.onThisThread('writing the triple dumps', (signal) => readTriples(spool, {
    dumps: new TripleDumps(downloads, { prefixes: { ...PREFIXES }, context }), tables, uriSpace: `${options.base}id/`, signal,
  }));
  const ownTables = phases.onThisThread('writing the research tables', async () => {
    await triplePass;
    const view = GraphView.open(await tables.handover);
    try {
      return [...await writeTables(downloads, view, OWN_TABLES), await writeTablesMetadata(downloads, { datasetIri: datasetIri(options.base) })];
    } finally {
      view.close();
    }
  });
  await phases.finished();
  const [nquads, pass, workerTables, ownWritten] = await Promise.all([nquadsDump, triplePass, tables.result, ownTables]);
  // The pages' own division names are the dataset's unless a page names a division only another page types.
  const search = sameNames(pass.divisionNames, pageDivisionNames)
    ? await searchIndex
    : await searchIndexAgain({ ...searchJob, divisionNames: pass.divisionNames, spoolDir: path.join(spoolDir, 'postings-again') });
  const dumps: DescribedDump[] = [nquads, ...pass.dumps].map((dump) => ({ ...dump, mediaType: DUMP_MEDIA_TYPES[dump.fileName] }));
  const { statistics } = pass;
  const description = { ...options.description, base: options.base, statistics, dumps, tables: inTableOrder([...workerTables, ...ownWritten]) };
  await writeFile(path.join(dir, 'void.ttl'), describeDatasetTurtle(description));
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

/** The written tables in the order of RESEARCH_TABLES, then the data dictionary (the order void.ttl lists them in). */
function inTableOrder(written: readonly WrittenTable[]): WrittenTable[] {
  const order = new Map(RESEARCH_TABLES.map((table, i) => [table.file, i]));
  return [...written].sort((a, b) => (order.get(a.fileName) ?? order.size) - (order.get(b.fileName) ?? order.size));
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

/** Writes the search index over again (with the dataset's division names). */
async function searchIndexAgain(job: SearchIndexJob): Promise<SearchIndexFile> {
  const phases = new DatasetPhases();
  const search = phases.inWorker(job).result;
  await phases.finished();
  return search;
}

function isDivision(group: SubjectGroup): boolean {
  return group.triples.some((t) => t.predicate.value === RDF.type && t.object.value === JY.Division);
}

/**
 * One pass over the distinct triples, subject by subject: the three triple dumps, the VoID statistics, the lines the
 * tables are derived from (to their worker), and the division names the search index needs.
 */
async function readTriples(
  spool: PageSpool, to: { dumps: TripleDumps; tables: PhaseWorker<ResearchTablesJob>; uriSpace: string; signal: AbortSignal },
) {
  const counter = new StatisticsCounter(to.uriSpace);
  const divisionNames = new Set<string>();
  for await (const groups of subjectGroups(spool.triples.sorted())) {
    to.signal.throwIfAborted();
    for (const group of groups) {
      counter.add(group);
      if (isDivision(group)) for (const name of collectDivisionNames(group.triples)) divisionNames.add(name);
    }
    await Promise.all([to.tables.send(viewLines(groups)), to.dumps.add(groups)]);
  }
  to.tables.end();
  return { dumps: await to.dumps.finish(), statistics: counter.statistics, divisionNames: [...divisionNames].sort() };
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
