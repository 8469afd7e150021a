// The serving benchmark's result: its JSON shape, the printed table, and the file it is written to.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DerefResult } from './deref.js';
import type { QueryLatency } from './sparql-latency.js';

/** Memory and start-up of one dataset. */
export interface ScaleRow {
  targetTriples: number | null;
  pages: number;
  triples: number | null;
  buildMs: number;
  buildReused: boolean;
  startupMs: number;
  rssMiB: number;
  baselineRssMiB: number;
  settledPeakRssMiB: number;
}

/** A dataset size that was not run. */
export interface SkippedRow {
  targetTriples: number;
  pages: number;
  estimatedMinutes: number;
  reason: string;
}

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
  const lines = [`Dereferencing (${d.connections} connections, ${d.meetings} meetings cycled)`, '  route    req/s      p50 ms  p99 ms  failures'];
  for (const r of d.routes) lines.push(`  ${r.route.padEnd(7)}${n(r.requestsPerSecond).padStart(7)}${n(r.latencyP50Ms, 1).padStart(11)}${n(r.latencyP99Ms, 1).padStart(8)}${String(r.failures).padStart(10)}`);
  lines.push(`  Turtle / health = ${n(d.turtleToHealth, 2)}×   HTML / health = ${n(d.htmlToHealth, 2)}×   (target ≥ 0.5×)`);
  return lines;
}

function sparqlLines(rows: QueryLatency[]): string[] {
  const lines = ['SPARQL latency (median): HTTP POST vs in-process store.query', '  query                        rows   HTTP ms  in-proc ms  ratio'];
  for (const q of rows) lines.push(`  ${q.id.padEnd(27)}${String(q.rows).padStart(6)}${n(q.httpMedianMs, 2).padStart(10)}${n(q.inProcessMedianMs, 2).padStart(12)}${n(q.ratio, 2).padStart(7)}×`);
  lines.push('  (target ≤ 1.3×)');
  return lines;
}

function scaleLines(rows: ScaleRow[], skipped: SkippedRow[]): string[] {
  const lines = ['Memory and start-up (fresh child process; start-up = startServer call → first /health 200)',
    '  target       pages     triples   build s  start-up s  RSS MiB  settled MiB  (baseline MiB)'];
  for (const r of rows) {
    const target = r.targetTriples === null ? 'small' : n(r.targetTriples);
    lines.push(`  ${target.padEnd(11)}${n(r.pages).padStart(7)}${(r.triples === null ? '?' : n(r.triples)).padStart(12)}${(n(r.buildMs / 1000, 1) + (r.buildReused ? '*' : '')).padStart(10)}${n(r.startupMs / 1000, 2).padStart(12)}${n(r.rssMiB).padStart(9)}${n(r.settledPeakRssMiB).padStart(13)}  (${n(r.baselineRssMiB)})`);
  }
  for (const s of skipped) lines.push(`  ${n(s.targetTriples).padEnd(11)}${n(s.pages).padStart(7)}  not run: ${s.reason}`);
  lines.push('  RSS at the first /health 200; settled = peak over as long again (the standby store worker loads meanwhile)');
  if (rows.some((r) => r.buildReused)) lines.push('  * build time recorded when the cached dataset was built');
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
