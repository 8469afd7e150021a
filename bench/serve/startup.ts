// Memory and start-up time of a server on a dataset, measured in a fresh child process (so nothing else sits in its RSS).
import { forkChild } from './child.js';
import type { StartupReport } from './startup-child.js';

export type { StartupReport } from './startup-child.js';

/**
 * Starts a server on `dataDir` in a child process, waits for its report, then closes it and waits for the exit.
 * `standby: false` serves without the standby store worker (one loaded copy of the data instead of two).
 */
export async function measureStartup(dataDir: string, options: { standby?: boolean } = {}): Promise<StartupReport> {
  const run = forkChild<StartupReport>('startup-child.ts', [dataDir, options.standby === false ? 'no-standby' : 'standby'], ['--expose-gc']);
  const report = await run.message;
  run.child.send('close');
  const code = await run.exited;
  if (code !== 0) throw new Error(`the start-up child exited with code ${code} on close`);
  return report;
}
