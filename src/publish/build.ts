// runBuild: corpus folder → published dataset folder (convert pages in parallel, write dumps, swap in atomically).
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BuildError, DEFAULT_BASE, DEFAULT_LICENCE, DEFAULT_PAGE_TIMEOUT_MS, normaliseBase, workerCount, type BuildOptions,
} from './build-options.js';
import { replaceDirectory } from './atomic-output.js';
import { checkRetention, recordBuild } from './change-log.js';
import type { PageConverter } from './convert-page.js';
import { writeDataset } from './dataset-writer.js';
import { planIncrementalBuild, readReusedOutcome, type BuildPlan, type IncrementalBuildOptions, type IncrementalSummary } from './incremental.js';
import { readManifest } from './manifest.js';
import { runPageJob, type PageJob, type PageOutcome } from './page-job.js';
import { PageSpool } from './page-spool.js';
import { listSourcePages, type SourcePage } from './source-pages.js';
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
  const { written, buildId } = await replaceDirectory(output, async (dir) => {
    // Each page goes to disk as soon as it is done; the dataset-wide files are written from there afterwards.
    const spool = new PageSpool(dir, pages.length, options.sortBudgetBytes);
    await spoolPages(spool, pages, plan, { options, base, previousDir: output });
    const now = (options.now ?? (() => new Date()))().toISOString();
    const dataset = await writeDataset(dir, spool, {
      base, toolVersion: options.toolVersion, ontologyDir: options.ontologyDir ?? PACKAGE_ONTOLOGY, builtAt: now, startedAt,
      description: {
        licence: options.licence ?? DEFAULT_LICENCE,
        publisher: options.publisher ?? { name: 'jiyao' },
        contactPoint: options.contactPoint ?? { name: 'jiyao maintainers', url: base },
        issued: previous?.base === base ? previous.issued : now,
        modified: now,
      },
    });
    const entry = await recordBuild({
      previousDir: output, previous, newDir: dir, current: dataset.manifest,
      ...(options.changeLogRetention ? { retention: options.changeLogRetention } : {}),
    });
    return { written: dataset, buildId: entry.buildId };
  });
  const { totals, statistics } = written;
  return {
    pages: totals.pages, converted: totals.converted, failed: totals.failed.map(({ file, reason }) => ({ file, reason })),
    meetings: totals.meetings, triples: statistics.triples, warnings: totals.warnings,
    durationMs: Date.now() - startedAt, base, output,
    incremental: {
      reused: plan.reused.size, reconverted: plan.toConvert.length, removed: plan.removed, fullReason: plan.fullReason ?? null, buildId,
    },
  };
}

/** Feeds every page's outcome to the spool: the reused ones read back from the previous dataset, the others converted. */
async function spoolPages(
  spool: PageSpool, pages: readonly SourcePage[], plan: BuildPlan,
  context: { options: BuildOptions; base: string; previousDir: string },
): Promise<void> {
  const { options, base } = context;
  const pageIndex = new Map(pages.map((page, i) => [page.relativePath, i]));
  for (const [i, page] of pages.entries()) {
    const source = plan.reused.get(page.relativePath);
    if (source) await spool.accept(i, await readReusedOutcome(context.previousDir, page, source));
  }
  const jobs: PageJob[] = plan.toConvert.map((page) => ({
    absolutePath: page.absolutePath, relativePath: page.relativePath, base, toolVersion: options.toolVersion,
    ...(options.maxPageBytes !== undefined ? { maxBytes: options.maxPageBytes } : {}),
  }));
  await convertAll(jobs, options, (outcome) => spool.accept(pageIndex.get(outcome.relativePath)!, outcome));
}

async function checkFolders(input: string, output: string): Promise<void> {
  const isFolder = await stat(input).then((s) => s.isDirectory(), () => false);
  if (!isFolder) throw new BuildError(`input is not a folder: ${input}`);
  if (input === output || input.startsWith(output + path.sep)) {
    throw new BuildError(`output must not be the input folder or contain it: ${output}`);
  }
}

/** Converts every page, in workers or in-process, handing each outcome to `take` as it completes. */
async function convertAll(jobs: readonly PageJob[], options: BuildOptions, take: (outcome: PageOutcome) => Promise<void>): Promise<void> {
  if (jobs.length === 0) return;
  let done = 0;
  const report = (outcome: PageOutcome) =>
    options.onProgress?.({ done: ++done, total: jobs.length, file: outcome.relativePath, status: outcome.status });
  const workers = workerCount(options);
  if (options.convert || workers === 1) {
    const convert = options.convert ?? (await import(siblingModule('convert-page').href) as { convertPage: PageConverter }).convertPage;
    for (const job of jobs) {
      const outcome = await runPageJob(job, convert);
      await take(outcome);
      report(outcome);
    }
    return;
  }
  await convertInWorkers(jobs, {
    size: workers,
    converterModule: options.converterModule ?? siblingModule('convert-page'),
    pageTimeoutMs: options.pageTimeoutMs ?? DEFAULT_PAGE_TIMEOUT_MS,
    onOutcome: async (_index, outcome) => {
      await take(outcome);
      report(outcome);
    },
  });
}
