// Part 3 of the serving benchmark's result: memory and start-up per dataset, its JSON shape and its printed table.
import type { StartupReport } from './startup-child.js';

/** Start-up of one server process on a dataset (see StartupReport; times from the process's start). */
export interface StartupFigures {
  /** Process start → first /health 200, in ms. */
  healthMs: number;
  /** Process start → first SPARQL answer, in ms. */
  firstAnswerMs: number;
  /** CPU time of the start-up (startServer → /health 200, all threads), in ms. */
  cpuMs: number;
  /** RSS at the first /health 200, in MiB. */
  rssAtHealthMiB: number;
  /** Peak RSS of the run, start-up and settling window (the standby worker loads then), in MiB. */
  peakRssMiB: number;
  /** RSS before startServer (Node, tsx, modules), in MiB. */
  baselineRssMiB: number;
}

/** Memory and start-up of one dataset, with and without the standby store worker. */
export interface ScaleRow {
  targetTriples: number | null;
  pages: number;
  triples: number | null;
  buildMs: number;
  buildReused: boolean;
  /** Set when the dataset is not a build but a synthetic dump (what it is); only start-up and memory mean anything. */
  synthetic?: string;
  /** Quads of the dump, when known (synthetic datasets). */
  quads?: number;
  /** The server as `jiyao serve` runs it: with a standby worker. */
  standby: StartupFigures;
  /** The same dataset served without the standby worker (`standby: false`). */
  noStandby: StartupFigures;
}

/** A dataset size that was not run. */
export interface SkippedRow {
  targetTriples: number;
  pages: number;
  estimatedMinutes: number;
  reason: string;
}

/** The figures of one child's report. */
export function startupFigures(report: StartupReport): StartupFigures {
  return {
    healthMs: report.processToHealthMs, firstAnswerMs: report.processToFirstAnswerMs, cpuMs: report.startupCpuMs,
    rssAtHealthMiB: report.rssMiB, peakRssMiB: report.peakRssMiB, baselineRssMiB: report.baselineRssMiB,
  };
}

const n = (value: number, digits = 0): string => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const s = (ms: number): string => n(ms / 1000, 1);

function figureCells(f: StartupFigures): string {
  return `${s(f.healthMs).padStart(9)}${s(f.firstAnswerMs).padStart(10)}${s(f.cpuMs).padStart(8)}${n(f.rssAtHealthMiB).padStart(9)}${n(f.peakRssMiB).padStart(9)}`;
}

/** The table's lines. */
export function scaleLines(rows: ScaleRow[], skipped: SkippedRow[]): string[] {
  const lines = ['Memory and start-up (one fresh child process per cell; times from process start, CPU = startServer → /health, all threads)',
    '                                          │ with standby worker (default)             │ without standby worker',
    '  target       pages      triples  build s│ /health s  answer s   CPU s  RSS@200  peak MiB│ /health s  answer s   CPU s  RSS@200  peak MiB'];
  for (const r of rows) {
    const target = r.targetTriples === null ? 'small' : n(r.targetTriples);
    const build = r.synthetic ? 'synth.' : n(r.buildMs / 1000, 1) + (r.buildReused ? '*' : '');
    lines.push(`  ${target.padEnd(11)}${n(r.pages).padStart(7)}${(r.triples === null ? '?' : n(r.triples)).padStart(13)}${build.padStart(9)}│${figureCells(r.standby)} │${figureCells(r.noStandby)}`);
  }
  for (const k of skipped) lines.push(`  ${n(k.targetTriples).padEnd(11)}${n(k.pages).padStart(7)}  not run: ${k.reason}`);
  lines.push('  RSS@200: RSS at the first /health 200; peak: the kernel\'s peak RSS over start-up and a settling window as long');
  lines.push('  again (the standby worker loads meanwhile); answer: first SPARQL answer (LIMIT 1). Baseline (Node + tsx + modules)'
    + ` ${rows.length > 0 ? n(rows[0].standby.baselineRssMiB) : '?'} MiB.`);
  for (const r of rows.filter((row) => row.synthetic)) {
    lines.push(`  synth. ${n(r.targetTriples ?? 0)}: ${r.synthetic}, ${n(r.quads ?? 0)} quads; not a build, start-up and memory only`);
  }
  if (rows.some((r) => r.buildReused && !r.synthetic)) lines.push('  * build time recorded when the cached dataset was built');
  return lines;
}
