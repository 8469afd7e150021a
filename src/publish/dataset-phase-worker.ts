// Worker thread entry: runs one dataset phase job (workerData) on the inputs the build sends, posts its result back.
// Each job imports only the modules it needs.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { DatasetPhaseJob, FromPhaseWorker, NQuadsDumpJob, ResearchTablesJob, SearchIndexJob, ToPhaseWorker } from './dataset-phase-jobs.js';
import type { ViewLines } from './tables/graph-view.js';

/** The build's inputs in order, each acknowledged once the job asks for the next (so the build can send more). */
async function* inputsFrom(port: MessagePort): AsyncGenerator<unknown> {
  const queue: ToPhaseWorker[] = [];
  let wake: (() => void) | null = null;
  port.on('message', (message: ToPhaseWorker) => {
    queue.push(message);
    wake?.();
  });
  for (;;) {
    if (queue.length === 0) await new Promise<void>((resolve) => { wake = resolve; });
    wake = null;
    const message = queue.shift()!;
    if (message.kind === 'end') return;
    yield message.input;
    port.postMessage({ kind: 'taken' } satisfies FromPhaseWorker);
  }
}

async function searchIndex(job: SearchIndexJob) {
  const { LineSorter } = await import('./line-sorter.js');
  const { writeSearchIndex } = await import('./search-index-writer.js');
  return writeSearchIndex(job.dir, LineSorter.ofRuns(job.partialRuns), {
    divisionNames: job.divisionNames, spoolDir: job.spoolDir, sortBudgetBytes: job.sortBudgetBytes,
  });
}

async function researchTables(job: ResearchTablesJob, port: MessagePort) {
  const { GraphViewBuilder } = await import('./tables/graph-view.js');
  const { RESEARCH_TABLES, writeTables } = await import('./tables/write-tables.js');
  const builder = new GraphViewBuilder(job.viewDir, job.sortBudgetBytes);
  for await (const lines of inputsFrom(port)) await builder.addLines(lines as ViewLines);
  const view = await builder.open();
  port.postMessage({ kind: 'handover', value: view.files } satisfies FromPhaseWorker);
  const tables = RESEARCH_TABLES.filter((table) => job.tableFiles.includes(table.file));
  return writeTables(job.downloadsDir, view, tables).finally(() => view.close());
}

async function nquadsDump(job: NQuadsDumpJob) {
  const { writeNQuadsDump } = await import('./dump-text.js');
  return writeNQuadsDump(job.file, job.graphFiles);
}

function run(job: DatasetPhaseJob, port: MessagePort): Promise<unknown> {
  if (job.kind === 'search-index') return searchIndex(job);
  if (job.kind === 'research-tables') return researchTables(job, port);
  return nquadsDump(job);
}

const port = parentPort;
if (!port) throw new Error('dataset-phase-worker must run in a worker thread');

run(workerData as DatasetPhaseJob, port).then(
  (result) => port.postMessage({ kind: 'done', result } satisfies FromPhaseWorker),
  (error: unknown) => port.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies FromPhaseWorker),
);
