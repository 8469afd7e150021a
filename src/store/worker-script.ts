// Finds the code of the store's threads: the compiled .js next to this file, or (running from TypeScript sources,
// e.g. under vitest) the .ts transpiled on the fly with the `typescript` dev dependency.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WorkerScript } from './worker-messages.js';

export type { WorkerScript } from './worker-messages.js';

/** The thread entry files of src/store. */
export type ThreadName = 'oxigraph-worker' | 'gunzip-thread';

const cached = new Map<ThreadName, Promise<WorkerScript>>();

/** Resolves a thread's entry once per process. */
export function resolveWorkerScript(name: ThreadName): Promise<WorkerScript> {
  let script = cached.get(name);
  if (!script) cached.set(name, (script = locate(name)));
  return script;
}

/** A file URL inside the project from which the worker resolves its npm packages. */
export const REQUIRE_BASE = import.meta.url;

async function locate(name: ThreadName): Promise<WorkerScript> {
  const compiled = new URL(`./${name}.js`, import.meta.url);
  if (existsSync(fileURLToPath(compiled))) return { kind: 'file', href: compiled.href };
  const source = readFileSync(fileURLToPath(new URL(`./${name}.ts`, import.meta.url)), 'utf8');
  const ts = (await import('typescript')).default;
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  return { kind: 'eval', code: `(function (exports) {\n${outputText}\n})({});` };
}
