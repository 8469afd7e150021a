// The serving benchmark's result: its JSON shape, the printed table, and the file it is written to.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DerefResult } from './deref.js';
import type { QueryLatency } from './sparql-latency.js';
import { scaleLines, type ScaleRow, type SkippedRow } from './startup-report.js';

export type { ScaleRow, SkippedRow } from './startup-report.js';

/** Everything bench/out/serve.json holds. */
export interface ServeResult {
  date: string;
  command: string;
  machine: { node: string; cpus: number; cpuModel: string; memoryGiB: number; loadAverage: { start: number[]; end: number[] } };
  settings: Record<string, unknown>;
  small: { pages: number; triples: number | null };
  dereferencing: DerefResult;
  sparql: QueryLatency[];
  scale: ScaleRow[];
  skipped: SkippedRow[];
}

const n = (value: number, digits = 0): string => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function derefLines(d: DerefResult): string[] {
  const lines = [`Dereferencing (${d.connections} connections; Turtle and HTML each over ${d.meetings} meetings of their own)`,
    '  route   phase   requests    req/s     p50 ms   p99 ms  failures'];
  for (const r of d.routes) {
    lines.push(`  ${r.route.padEnd(8)}${r.phase.padEnd(6)}${n(r.requests).padStart(10)}${n(r.requestsPerSecond).padStart(9)}${n(r.latencyP50Ms, 1).padStart(11)}${n(r.latencyP99Ms, 1).padStart(9)}${String(r.failures).padStart(10)}`);
  }
  lines.push(`  warm: Turtle / health = ${n(d.turtleToHealth, 2)}×   HTML / health = ${n(d.htmlToHealth, 2)}×   (target ≥ 0.5×)`);
  lines.push(`  cold: Turtle / health = ${n(d.coldTurtleToHealth, 2)}×   HTML / health = ${n(d.coldHtmlToHealth, 2)}×   (each meeting's first request)`);
  return lines;
}

function sparqlLines(rows: QueryLatency[]): string[] {
  const lines = ['SPARQL latency (median): HTTP POST (JSON results, parsed by the client) vs in-process store.query',
    '  query                        rows   HTTP ms  in-proc ms  ratio   new-text HTTP ms  ratio'];
  for (const q of rows) {
    lines.push(`  ${q.id.padEnd(27)}${String(q.rows).padStart(6)}${n(q.httpMedianMs, 2).padStart(10)}${n(q.inProcessMedianMs, 2).padStart(12)}${n(q.ratio, 2).padStart(7)}×${n(q.httpNewTextMedianMs, 2).padStart(19)}${n(q.newTextRatio, 2).padStart(7)}×`);
  }
  lines.push('  (target ≤ 1.3×; new text: a numbered comment appended each run, so the endpoint parses it afresh)');
  return lines;
}

/** The human-readable table. */
export function formatServeResult(result: ServeResult): string {
  return [...derefLines(result.dereferencing), '', ...sparqlLines(result.sparql), '', ...scaleLines(result.scale, result.skipped)].join('\n');
}

/** Writes the result as JSON to `file` (creating its folder). */
export function writeServeResult(file: string, result: ServeResult): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
}
