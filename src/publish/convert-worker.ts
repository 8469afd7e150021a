// Worker thread entry: imports the page converter once, says it is ready, then converts the pages it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { PageConverter } from './convert-page.js';
import { runPageJob, type PageJob } from './page-job.js';
import type { FromWorker, ToWorker } from './worker-messages.js';

const port = parentPort;
if (!port) throw new Error('convert-worker must run in a worker thread');
const { converterUrl } = workerData as { converterUrl: string };

function send(message: FromWorker): void {
  port!.postMessage(message);
}

const module = (await import(converterUrl)) as { convertPage?: PageConverter };
if (typeof module.convertPage !== 'function') throw new Error(`${converterUrl} does not export convertPage`);
const convert = module.convertPage;

port.on('message', (message: ToWorker) => {
  const job: PageJob = message.job;
  runPageJob(job, convert).then(
    (outcome) => send({ kind: 'outcome', id: message.id, outcome }),
    (error: unknown) => send({ kind: 'fatal', id: message.id, message: error instanceof Error ? error.message : String(error) }),
  );
});
send({ kind: 'ready' });
