// Times the real conversion (convertPage + toNTriples) over in-memory pages on one core.

import { performance } from 'node:perf_hooks';
import type { GeneratedPage } from '../corpus-generator.js';
import { convertPage } from '../../src/publish/convert-page.js';
import { toNTriples } from '../../src/rdf/serialize.js';
import { cpuMillis } from './stats.js';

/** Base IRI the benchmark mints under (any absolute IRI ending in '/'). */
export const BENCH_BASE = 'https://bench.jiyao.example/';

/** One timed pass over the pages. */
export interface ConversionPass {
  /** Wall-clock milliseconds inside the converter. */
  ms: number;
  /** CPU milliseconds (user + system, all of the process's threads, so GC helpers too) inside the converter. */
  cpuMs: number;
  pages: number;
  failed: number;
  triples: number;
}

/** What one page converts to: its N-Triples, or null when the converter refused it. */
export function convertOne(page: GeneratedPage): { nTriples: string; triples: number } | null {
  try {
    const converted = convertPage(page.bytes, { fileName: page.name, base: BENCH_BASE, toolVersion: 'bench', graphKey: page.name });
    return { nTriples: toNTriples(converted.quads), triples: converted.quads.length };
  } catch {
    return null;
  }
}

/** Converts every page once, timing the whole loop; `onPage` (untimed work excluded) receives each result. */
export function timeConversion(pages: readonly GeneratedPage[], onPage?: (i: number, nTriples: string | null) => void): ConversionPass {
  let ms = 0;
  let cpuMs = 0;
  let failed = 0;
  let triples = 0;
  for (let i = 0; i < pages.length; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const result = convertOne(pages[i]);
    ms += performance.now() - start;
    cpuMs += cpuMillis(process.cpuUsage(cpuStart));
    if (result === null) failed++;
    else triples += result.triples;
    onPage?.(i, result?.nTriples ?? null);
  }
  return { ms, cpuMs, pages: pages.length, failed, triples };
}
