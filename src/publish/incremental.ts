// Incremental builds: which pages the previous dataset already holds, and reading their outcomes back.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BuildError } from './build-options.js';
import type { ChangeLogRetention } from './change-log.js';
import type { Manifest, ManifestSource } from './manifest.js';
import type { ConvertedOutcome } from './page-job.js';
import type { PageReport } from './page-report.js';
import type { SourcePage } from './source-pages.js';

/** Folder of the dataset holding one N-Quads file per converted page: `graphs/{relative path}.nq`. */
export const GRAPHS_FOLDER = 'graphs';

/** What decides whether a previous dataset's pages can be reused. */
export interface PlanContext {
  /** The source pages of this build, in page order. */
  pages: readonly SourcePage[];
  /** Manifest of the dataset currently at the output folder (null when none). */
  previous: Manifest | null;
  /** The output folder (the previous dataset, read before it is replaced). */
  outputDir: string;
  base: string;
  toolVersion: string;
  /** Reconvert every page whatever the previous dataset holds. Default false. */
  isFull?: boolean;
}

/** Which pages to convert and which outcomes to take over from the previous dataset. */
export interface BuildPlan {
  /** Pages whose outcome the previous dataset holds, with their previous manifest entry, by relative path. */
  reused: Map<string, ManifestSource>;
  /** Pages to convert, in page order. */
  toConvert: SourcePage[];
  /** True when nothing could be reused by design (no previous dataset, `--full`, another tool version or base). */
  isFull: boolean;
  /** Why the build is full, when it is. */
  fullReason?: string;
  /** Pages of the previous dataset that are no longer in the input. */
  removed: number;
}

/** Path of a page's graph file inside a dataset folder. */
export function graphFilePath(datasetDir: string, relativePath: string): string {
  return path.join(datasetDir, GRAPHS_FOLDER, ...`${relativePath}.nq`.split('/'));
}

/** Why the previous dataset cannot be reused at all, or null when it can. */
function fullBuildReason(context: PlanContext): string | null {
  const { previous } = context;
  if (context.isFull) return 'full rebuild requested';
  if (!previous) return 'no previous dataset';
  if (previous.toolVersion !== context.toolVersion) return `tool version changed (${previous.toolVersion} → ${context.toolVersion})`;
  if (previous.base !== context.base) return `base IRI changed (${previous.base} → ${context.base})`;
  return null;
}

/**
 * Compares each page's SHA-256 with the previous manifest: pages converted before from the same bytes, whose graph
 * file and report are still there (and match the recorded graph hash), are reused; every other page is converted.
 */
export async function planIncrementalBuild(context: PlanContext): Promise<BuildPlan> {
  const current = new Set(context.pages.map((p) => p.relativePath));
  const removed = (context.previous?.sources ?? []).filter((s) => !current.has(s.path)).length;
  const reason = fullBuildReason(context);
  if (reason !== null) return { reused: new Map(), toConvert: [...context.pages], isFull: true, fullReason: reason, removed };
  const previousByPath = new Map(context.previous!.sources.map((s) => [s.path, s]));
  const reused = new Map<string, ManifestSource>();
  const toConvert: SourcePage[] = [];
  for (const page of context.pages) {
    const source = previousByPath.get(page.relativePath);
    // Checked now and read again when the dataset is written: holding every reused page's text would not scale.
    const isReusable = source ? (await reusableOutcome(context.outputDir, page, source)) !== null : false;
    if (isReusable) reused.set(page.relativePath, source!);
    else toConvert.push(page);
  }
  return { reused, toConvert, isFull: false, removed };
}

async function sha256OfFile(file: string): Promise<string | null> {
  return readFile(file).then((bytes) => createHash('sha256').update(bytes).digest('hex'), () => null);
}

/** The previous outcome of `page` when its bytes are unchanged and its graph and report are intact; else null. */
export async function reusableOutcome(datasetDir: string, page: SourcePage, source: ManifestSource): Promise<ConvertedOutcome | null> {
  if (source.status !== 'converted' || source.sha256 === null) return null;
  if ((await sha256OfFile(page.absolutePath)) !== source.sha256) return null;
  const nquads = await readFile(graphFilePath(datasetDir, page.relativePath), 'utf8').catch(() => null);
  if (nquads === null) return null;
  if (source.graphSha256 !== undefined && createHash('sha256').update(nquads, 'utf8').digest('hex') !== source.graphSha256) return null;
  const reportText = await readFile(path.join(datasetDir, 'reports', ...`${page.relativePath}.json`.split('/')), 'utf8').catch(() => null);
  const report = reportText === null ? null : parseReport(reportText);
  if (report === null || report.status !== 'converted') return null;
  return { status: 'converted', relativePath: page.relativePath, sha256: source.sha256, graph: source.graph, nquads, report };
}

function parseReport(text: string): PageReport | null {
  try {
    return JSON.parse(text) as PageReport;
  } catch {
    return null;
  }
}

/** Reads back the outcome of a page the plan reuses; the previous dataset must not have changed since planning. */
export async function readReusedOutcome(datasetDir: string, page: SourcePage, source: ManifestSource): Promise<ConvertedOutcome> {
  const outcome = await reusableOutcome(datasetDir, page, source);
  if (!outcome) throw new BuildError(`the previous dataset changed during the build (${page.relativePath}); build again`);
  return outcome;
}

/** Options of an incremental build, on top of BuildOptions. */
export interface IncrementalBuildOptions {
  /** Reconvert every page (`jiyao build --full`). Default false: reuse unchanged pages of the previous dataset. */
  full?: boolean;
  /** How long the change log keeps entries. Default: unlimited. */
  changeLogRetention?: ChangeLogRetention;
}

/** What an incremental build did, for the build summary. */
export interface IncrementalSummary {
  /** Pages taken over unchanged from the previous dataset. */
  reused: number;
  /** Pages converted by this build (new, changed, previously failed, or all on a full build). */
  reconverted: number;
  /** Pages of the previous dataset no longer in the input. */
  removed: number;
  /** Why every page was converted (no previous dataset, --full, other tool version or base); null when incremental. */
  fullReason: string | null;
  /** Id of this build in the change log (changes/log.jsonl). */
  buildId: string;
}
