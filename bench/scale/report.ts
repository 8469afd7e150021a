// The scale benchmark's result: its JSON shape and the table printed on stdout.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildFigures } from './build-phase.js';
import type { FailedStore, StoreFigures } from './dataset-phase.js';
import type { RunEstimate } from './estimate.js';

/** Figures of one dataset (the main run, or one triple-count target). */
export interface DatasetResult {
  label: string;
  pages: number;
  triples: number;
  builds: BuildFigures[];
  /** Compressed dump sizes in bytes. */
  dumps: Record<string, number>;
  stores: Record<string, StoreFigures | FailedStore>;
}

/** A triple-count target that was not run, and why. */
export interface SkippedTarget extends RunEstimate {
  reason: string;
}

/** Everything a run wrote to bench/out/scale.json. */
export interface ScaleResult {
  date: string;
  command: string;
  machine: { node: string; cpus: number; cpuModel: string; memoryGiB: number; platform: string; loadAverage: { start: number[]; end: number[] } };
  generation: { pages: number; bytes: number; ms: number };
  datasets: DatasetResult[];
  /** Scaling ratio: pages/s with the last worker count over pages/s with the first (main run). */
  scalingRatio: number | null;
  estimates: RunEstimate[];
  skipped: SkippedTarget[];
}

const n = (value: number, digits = 0): string => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mib = (bytes: number): string => `${n(bytes / 2 ** 20, 1)} MiB`;

function table(rows: Array<[string, string]>): string {
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n');
}

function buildRows(d: DatasetResult): Array<[string, string]> {
  return d.builds.map((b) => [`build, ${b.workers} worker(s)`,
    `${n(b.ms / 1000, 1)} s, ${n(b.pagesPerSecond, 1)} pages/s, ${n(b.triplesPerSecond)} triples/s, peak RSS ${n(b.usage.peakRssMiB)} MiB, `
    + `CPU ${n(b.usage.cpuMs / 1000, 1)} s, main thread busy ${n(b.usage.mainThreadUtilisation * 100)} %, ${b.failed} refused`]);
}

function storeRows(name: string, s: StoreFigures | FailedStore): Array<[string, string]> {
  if ('error' in s) return [[`${name} load`, `failed: ${s.error}`]];
  const rows: Array<[string, string]> = [[`${name} load (${s.load.method})`,
    `${n(s.load.ms / 1000, 1)} s, ${n(s.load.triplesPerSecond)} triples/s, peak RSS of this process ${n(s.load.usage.peakRssMiB)} MiB`]];
  for (const q of s.queries) {
    rows.push([`${name} ${q.id}`, q.medianMs === null ? `failed: ${q.error}` : `median ${n(q.medianMs, 1)} ms (${n(q.rows)} rows)`]);
  }
  const d = s.dereferencing;
  rows.push([`${name} dereferencing`, 'error' in d ? `failed: ${d.error}`
    : `${n(d.requestsPerSecond, 1)} req/s at ${d.connections} connections, p50 ${d.latencyP50Ms} ms, p99 ${d.latencyP99Ms} ms, ${d.failures} failures`]);
  return rows;
}

/** The stdout table of a whole run. */
export function formatScaleResult(r: ScaleResult): string {
  const lines = [
    `jiyao scale benchmark — ${r.date}, ${r.machine.cpuModel}, ${r.machine.cpus} cores, ${n(r.machine.memoryGiB)} GiB, Node ${r.machine.node}`,
    `load average (1/5/15 min): ${r.machine.loadAverage.start.map((v) => n(v, 2)).join(' / ')} at start, ${r.machine.loadAverage.end.map((v) => n(v, 2)).join(' / ')} at end`,
    `generated ${n(r.generation.pages)} pages (${mib(r.generation.bytes)}) in ${n(r.generation.ms / 1000, 1)} s`,
  ];
  for (const d of r.datasets) {
    lines.push('', `${d.label}: ${n(d.pages)} pages, ${n(d.triples)} triples (${n(d.triples / Math.max(1, d.pages), 1)} per page)`);
    const dumps: Array<[string, string]> = Object.entries(d.dumps).map(([name, bytes]) => [`dump ${name}`, `${mib(bytes)} (${n(bytes / Math.max(1, d.triples), 1)} bytes/triple)`]);
    lines.push(table([...buildRows(d), ...dumps, ...Object.entries(d.stores).flatMap(([name, s]) => storeRows(name, s))]));
  }
  if (r.scalingRatio !== null) lines.push('', `scaling ratio (pages/s, last worker count over first): ${n(r.scalingRatio, 2)}`);
  for (const s of r.skipped) lines.push(`${n(s.targetTriples)} triples: not run: would take ~${n(s.minutes)} min (${n(s.pages)} pages; ${s.reason})`);
  return lines.join('\n');
}

/** Writes the result as JSON, creating the folder. */
export function writeScaleResult(file: string, result: ScaleResult): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
}
