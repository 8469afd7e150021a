// Finds the code of the oxigraph worker: the compiled .js next to this file, or (running from TypeScript sources,
// e.g. under vitest) the .ts transpiled on the fly with the `typescript` dev dependency.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** How to start the worker: a file to run, or CommonJS code to evaluate. */
export type WorkerScript = { kind: 'file'; url: URL } | { kind: 'eval'; code: string };

let cached: Promise<WorkerScript> | undefined;

/** Resolves the worker entry once per process. */
export function resolveWorkerScript(): Promise<WorkerScript> {
  cached ??= locate();
  return cached;
}

/** A file URL inside the project from which the worker resolves its npm packages. */
export const REQUIRE_BASE = import.meta.url;

async function locate(): Promise<WorkerScript> {
  const compiled = new URL('./oxigraph-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(compiled))) return { kind: 'file', url: compiled };
  const source = readFileSync(fileURLToPath(new URL('./oxigraph-worker.ts', import.meta.url)), 'utf8');
  const ts = (await import('typescript')).default;
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  return { kind: 'eval', code: `(function (exports) {\n${outputText}\n})({});` };
}
