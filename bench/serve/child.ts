// Runs a bench/serve child script (tsx) and resolves with the first message it sends; a crash (e.g. out of memory) rejects.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A forked child, its first IPC message and its exit code. */
export interface ChildRun<T> {
  child: ChildProcess;
  message: Promise<T>;
  /** Exit code, or the signal's name when it was killed (V8 aborts with SIGABRT when out of heap). */
  exited: Promise<number | string | null>;
}

/** Forks `script` (a file next to this one) with `args` and extra V8 flags. */
export function forkChild<T>(script: string, args: string[], v8Flags: string[] = []): ChildRun<T> {
  const file = fileURLToPath(new URL(`./${script}`, import.meta.url));
  const child = fork(file, args, { execArgv: ['--import', 'tsx', ...v8Flags], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const message = new Promise<T>((resolve, reject) => {
    child.once('message', (value) => resolve(value as T));
    void exited.then((code) => reject(new Error(`${script} exited (${code}) before reporting; see its stderr above`)));
  });
  return { child, message, exited };
}
