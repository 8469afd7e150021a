// Where the conversion worker's code lives: compiled JavaScript in dist/, or TypeScript source when run by tests.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** Whether this module runs from TypeScript source (vitest) rather than from compiled dist/. */
const isSourceMode = import.meta.url.endsWith('.ts');

/** URL of a module beside this one, with the extension of the running code ('.ts' from source, '.js' compiled). */
export function siblingModule(baseName: string): URL {
  return new URL(`./${baseName}${isSourceMode ? '.ts' : '.js'}`, import.meta.url);
}

/** How to start a worker thread: its script and the Node options it needs. */
export interface WorkerLaunch {
  script: URL;
  execArgv: string[];
}

/** The launch of the conversion worker. */
export function conversionWorkerLaunch(): WorkerLaunch {
  return workerLaunch('convert-worker');
}

/** The launch of the worker module `baseName` beside this one; from source it loads .ts through {@link sourceModeHooks}. */
export function workerLaunch(baseName: string): WorkerLaunch {
  const script = siblingModule(baseName);
  if (!isSourceMode) return { script, execArgv: [] };
  const register = `import { register } from 'node:module'; register(${JSON.stringify(dataUrl(sourceModeHooks()))});`;
  return { script, execArgv: ['--import', dataUrl(register)] };
}

function dataUrl(code: string): string {
  return `data:text/javascript,${encodeURIComponent(code)}`;
}

/** The fastest TypeScript stripper installed: oxc (through vitest's rolldown) if present, else TypeScript itself. */
function typeStripper(): { url: string; call: string } {
  const require = createRequire(import.meta.url);
  try {
    const url = pathToFileURL(require.resolve('rolldown/experimental')).href;
    return { url, call: `stripper.transformSync(url, source, { lang: 'ts', sourceType: 'module' }).code` };
  } catch {
    const url = pathToFileURL(require.resolve('typescript')).href;
    const options = '{ fileName: url, compilerOptions: { module: 99, target: 9, sourceMap: false } }';
    return { url, call: `(stripper.default ?? stripper).transpileModule(source, ${options}).outputText` };
  }
}

/**
 * Module hooks for source mode only: resolve './x.js' to './x.ts' when only the .ts exists, and strip types
 * with a dev dependency (never needed by the published package, which runs compiled JavaScript).
 */
function sourceModeHooks(): string {
  const stripper = typeStripper();
  return `
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import * as stripper from ${JSON.stringify(stripper.url)};
export async function resolve(specifier, context, next) {
  const parent = context.parentURL;
  if (parent && parent.endsWith('.ts') && specifier.endsWith('.js') && /^\\.{1,2}\\//.test(specifier)) {
    const url = new URL(specifier, parent);
    const tsUrl = new URL(url.href.slice(0, -3) + '.ts');
    if (!existsSync(url) && existsSync(tsUrl)) return { url: tsUrl.href, shortCircuit: true };
  }
  return next(specifier, context);
}
export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
  const source = await readFile(new URL(url), 'utf8');
  return { format: 'module', source: ${stripper.call}, shortCircuit: true };
}`;
}
