// The messages exchanged between the build and its conversion workers.
import type { PageJob, PageOutcome } from './page-job.js';

/** Build → worker: convert this page. */
export interface ToWorker {
  id: number;
  job: PageJob;
}

/** Worker → build: ready for work, a page's outcome, or an unexpected error that must stop the build. */
export type FromWorker =
  | { kind: 'ready' }
  | { kind: 'outcome'; id: number; outcome: PageOutcome }
  | { kind: 'fatal'; id: number; message: string };
