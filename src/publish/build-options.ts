// Options of a dataset build, their defaults, and the error for options that cannot work.
import { availableParallelism } from 'node:os';
import type { PageConverter } from './convert-page.js';
import type { PageOutcome } from './page-job.js';
import type { ContactPoint, Publisher } from './void-description.js';

/** A build that cannot start or finish (bad options, unreadable input); its message is one line. */
export class BuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildError';
  }
}

/** Progress of a build, reported after each page. */
export interface BuildProgress {
  done: number;
  total: number;
  file: string;
  status: PageOutcome['status'];
}

/** Options of runBuild. */
export interface BuildOptions {
  /** Folder of source pages (.txt/.htm/.html, searched recursively). */
  input: string;
  /** Folder the dataset is published into; replaced as a whole. */
  output: string;
  /** Base IRI, fixed at build time. Default `http://localhost:3000/`; a missing final '/' is added. */
  base?: string;
  /** Version of jiyao, recorded in the graphs' provenance and the manifest. */
  toolVersion: string;
  /** Worker threads; default os.availableParallelism(). 1 converts in-process (no time budget then). */
  workers?: number;
  /** Time budget of one page in worker mode, in ms. Default 60 000. */
  pageTimeoutMs?: number;
  /** Largest page accepted, in bytes (extractor default when absent). */
  maxPageBytes?: number;
  /** Licence IRI of the dataset. Default CC BY 4.0. */
  licence?: string;
  /** Publisher. Default `{ name: 'jiyao' }`. */
  publisher?: Publisher;
  /** Contact point. Default `{ name: 'jiyao maintainers', url: base }`. */
  contactPoint?: ContactPoint;
  /** Called after each page. */
  onProgress?: (progress: BuildProgress) => void;
  /** In-process page converter (tests); when given, pages are converted in-process whatever `workers` says. */
  convert?: PageConverter;
  /** Module exporting `convertPage` for the workers to import. Default: ./convert-page. */
  converterModule?: URL;
  /** Folder whose files are published under ontology/. Default: the package's ontology/ folder. */
  ontologyDir?: string;
  /** Clock for the build time (tests). Default `() => new Date()`. */
  now?: () => Date;
  /**
   * Memory in bytes each of the build's external sorts may hold before it spills a sorted run to disk (tests use a
   * tiny one to exercise the merge). Default 192 MiB.
   */
  sortBudgetBytes?: number;
}

/** CC BY 4.0, the default licence. */
export const DEFAULT_LICENCE = 'https://creativecommons.org/licenses/by/4.0/';
/** Base IRI used when none is given. */
export const DEFAULT_BASE = 'http://localhost:3000/';
/** Default time budget of one page, in ms. */
export const DEFAULT_PAGE_TIMEOUT_MS = 60_000;

/** Checks a base IRI (absolute http(s), no query or fragment) and makes it end with '/'. */
export function normaliseBase(base: string): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new BuildError(`base IRI is not an absolute IRI: ${base}`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    throw new BuildError(`base IRI must be http(s) without query or fragment: ${base}`);
  }
  return base.endsWith('/') ? base : `${base}/`;
}

/** The number of workers to use. */
export function workerCount(options: BuildOptions): number {
  const count = options.workers ?? availableParallelism();
  if (!Number.isInteger(count) || count < 1) throw new BuildError(`workers must be a positive integer, not ${count}`);
  return count;
}
