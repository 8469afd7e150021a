// runBuild: corpus folder → published dataset folder (convert pages in parallel, write dumps, swap in atomically).
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BuildError, DEFAULT_BASE, DEFAULT_LICENCE, DEFAULT_PAGE_TIMEOUT_MS, normaliseBase, workerCount, type BuildOptions,
} from './build-options.js';
import { replaceDirectory } from './atomic-output.js';
import { checkRetention } from './change-log.js';
import type { PageConverter } from './convert-page.js';
import { summariseOutcomes, writeDataset } from './dataset-writer.js';
import {
  mergeOutcomes, planIncrementalBuild, writeIncrementalParts, type IncrementalBuildOptions, type IncrementalSummary,
} from './incremental.js';
import { readManifest, type Manifest } from './manifest.js';
import { runPageJob, type PageJob, type PageOutcome } from './page-job.js';
import { writeSearchIndex } from './search-index-writer.js';
import type { DatasetStatistics } from './triple-index.js';
import { listSourcePages } from './source-pages.js';
import { convertInWorkers } from './worker-pool.js';
import { siblingModule } from './worker-source.js';

export { BuildError, type BuildOptions, type BuildProgress } from './build-options.js';
export type { IncrementalBuildOptions, IncrementalSummary } from './incremental.js';

/** What a build did (returned to the CLI; reports/summary.json holds the same without the duration). */
export interface BuildSummary {
  pages: number;
  converted: number;
  failed: Array<{ file: string; reason: string }>;
  meetings: number;
  /** Distinct triples in the dataset. */
  triples: number;
  warnings: number;
  durationMs: number;
  /** Base IRI the dataset was built with. */
  base: string;
  /** Absolute path of the published dataset. */
  output: string;
  /** What the incremental build reused and changed (always set by runBuild). */
  incremental?: IncrementalSummary;
}

/** The package's ontology/ folder (two levels up from src/publish or dist/publish). */
const PACKAGE_ONTOLOGY = fileURLToPath(new URL('../../ontology/', import.meta.url));

/** Builds the dataset from `options.input` into `options.output`. Page failures are listed, never fatal. */
export async function runBuild(options: BuildOptions & IncrementalBuildOptions): Promise<BuildSummary> {
  const startedAt = Date.now();
  const base = normaliseBase(options.base ?? DEFAULT_BASE);
  const input = path.resolve(options.input), output = path.resolve(options.output);
  await checkFolders(input, output);
  if (options.changeLogRetention) checkRetention(options.changeLogRetention);
  const pages = await listSourcePages(input);
  const previous = await readManifest(output);
  const plan = await planIncrementalBuild({ pages, previous, outputDir: output, base, toolVersion: options.toolVersion, isFull: options.full });
  const jobs: PageJob[] = plan.toConvert.map((page) => ({
    absolutePath: page.absolutePath, relativePath: page.relativePath, base, toolVersion: options.toolVersion,
    ...(options.maxPageBytes !== undefined ? { maxBytes: options.maxPageBytes } : {}),
  }));
  const outcomes = mergeOutcomes(pages, plan, jobs.length > 0 ? await convertAll(jobs, options) : []);
  const now = (options.now ?? (() => new Date()))().toISOString();
  const { statistics, buildId } = await publishDataset(output, outcomes, { options, base, now, startedAt, previous });
  const summary = summariseOutcomes(outcomes, statistics);
  return {
    pages: summary.pages, converted: summary.converted, failed: summary.failed.map(({ file, reason }) => ({ file, reason })),
    meetings: summary.meetings, triples: summary.triples, warnings: summary.warnings,
    durationMs: Date.now() - startedAt, base, output,
    incremental: { reused: plan.reused.size, reconverted: jobs.length, removed: plan.removed, fullReason: plan.fullReason ?? null, buildId },
  };
}

/** Writes the dataset, its graph files and change log into a temp folder and swaps it in for `output`. */
async function publishDataset(
  output: string, outcomes: readonly PageOutcome[],
  context: { options: BuildOptions & IncrementalBuildOptions; base: string; now: string; startedAt: number; previous: Manifest | null },
): Promise<{ statistics: DatasetStatistics; buildId: string }> {
  const { options, base, now, previous } = context;
  return replaceDirectory(output, async (dir) => {
    const statistics = await writeDataset(dir, outcomes, {
      base, toolVersion: options.toolVersion, ontologyDir: options.ontologyDir ?? PACKAGE_ONTOLOGY, builtAt: now, startedAt: context.startedAt,
      description: {
        licence: options.licence ?? DEFAULT_LICENCE,
        publisher: options.publisher ?? { name: 'jiyao' },
        contactPoint: options.contactPoint ?? { name: 'jiyao maintainers', url: base },
        issued: previous?.base === base ? previous.issued : now,
        modified: now,
      },
    });
    const entry = await writeIncrementalParts(dir, { outcomes, previousDir: output, previous, retention: options.changeLogRetention });
    await writeSearchIndex(dir, outcomes);
    return { statistics, buildId: entry.buildId };
  });
}

async function checkFolders(input: string, output: string): Promise<void> {
  const isFolder = await stat(input).then((s) => s.isDirectory(), () => false);
  if (!isFolder) throw new BuildError(`input is not a folder: ${input}`);
  if (input === output || input.startsWith(output + path.sep)) {
    throw new BuildError(`output must not be the input folder or contain it: ${output}`);
  }
}

/** Converts every page, in workers or in-process; outcomes come back in page order. */
async function convertAll(jobs: readonly PageJob[], options: BuildOptions): Promise<PageOutcome[]> {
  let done = 0;
  const report = (outcome: PageOutcome) =>
    options.onProgress?.({ done: ++done, total: jobs.length, file: outcome.relativePath, status: outcome.status });
  const workers = workerCount(options);
  if (options.convert || workers === 1) {
    const convert = options.convert ?? (await import(siblingModule('convert-page').href) as { convertPage: PageConverter }).convertPage;
    const outcomes: PageOutcome[] = [];
    for (const job of jobs) {
      const outcome = await runPageJob(job, convert);
      outcomes.push(outcome);
      report(outcome);
    }
    return outcomes;
  }
  return convertInWorkers(jobs, {
    size: workers,
    converterModule: options.converterModule ?? siblingModule('convert-page'),
    pageTimeoutMs: options.pageTimeoutMs ?? DEFAULT_PAGE_TIMEOUT_MS,
    onOutcome: (_index, outcome) => report(outcome),
  });
}
