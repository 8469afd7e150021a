// The benchmark's results: the printed tables and the JSON written to bench/out/convert.json.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { STAGES, type StageProfile } from './stages.js';

/** Everything one run of the benchmark measured (medians of the repeats). */
export interface BenchResult {
  machine: { node: string; cpus: number; cpuModel: string; platform: string; loadAverageAtStart: number; loadAverageAtEnd: number };
  settings: { pages: number; seed: number; repeats: number; warmupPages: number; profilePages: number };
  conversion: { medianMs: number; runsMs: number[]; medianCpuMs: number; pagesPerSecond: number; triplesPerSecond: number; failedPages: number; pagesPerCpuSecond: number; triplesPerCpuSecond: number };
  floor: { parseMedianMs: number; writeMedianMs: number; medianCpuMs: number; parseTriplesPerSecond: number; writeTriplesPerSecond: number; triplesPerSecond: number; triplesPerCpuSecond: number };
  triples: number;
  triplesPerPage: number;
  /** Conversion time over floor time (parse + write) for the same triples; target ≤ 2. */
  ratioToFloor: number;
  /** The same ratio in CPU time (robust when other processes share the cores). */
  ratioToFloorCpu: number;
  peakRssMiB: number;
  stages: { sampledPages: number; ms: Record<string, number>; share: Record<string, number> };
}

const number = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function table(rows: Array<[string, string]>): string {
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n');
}

/** The summary table of a run. */
export function formatSummary(r: BenchResult): string {
  return table([
    ['pages (in memory)', `${number(r.settings.pages)} (${r.conversion.failedPages} refused by the converter)`],
    ['triples / page', number(r.triplesPerPage, 1)],
    ['conversion  pages/s', number(r.conversion.pagesPerSecond, 1)],
    ['conversion  triples/s', number(r.conversion.triplesPerSecond)],
    ['conversion  per CPU-second', `${number(r.conversion.pagesPerCpuSecond, 1)} pages, ${number(r.conversion.triplesPerCpuSecond)} triples`],
    ['floor parse triples/s', number(r.floor.parseTriplesPerSecond)],
    ['floor write triples/s', number(r.floor.writeTriplesPerSecond)],
    ['floor parse+write triples/s', number(r.floor.triplesPerSecond)],
    ['floor per CPU-second', `${number(r.floor.triplesPerCpuSecond)} triples`],
    ['ratio conversion / floor', `${number(r.ratioToFloor, 2)}× wall, ${number(r.ratioToFloorCpu, 2)}× CPU (target ≤ 2×)`],
    ['peak RSS', `${number(r.peakRssMiB)} MiB`],
    ['load average (1 min)', `${number(r.machine.loadAverageAtStart, 2)} at start, ${number(r.machine.loadAverageAtEnd, 2)} at end`],
  ]);
}

/** Milliseconds and shares per stage, in pipeline order. */
export function stageBreakdown(profile: StageProfile): BenchResult['stages'] {
  const total = STAGES.reduce((sum, s) => sum + profile.ms[s], 0);
  const ms: Record<string, number> = {};
  const share: Record<string, number> = {};
  for (const s of STAGES) {
    ms[s] = profile.ms[s];
    share[s] = total > 0 ? profile.ms[s] / total : 0;
  }
  return { sampledPages: profile.pages, ms, share };
}

/** The stage table: ms per page and share of the total. */
export function formatStages(stages: BenchResult['stages']): string {
  const pages = Math.max(1, stages.sampledPages);
  return table(STAGES.map((s) => [s, `${number(stages.ms[s] / pages, 3).padStart(8)} ms/page  ${number(stages.share[s] * 100, 1).padStart(5)} %`]));
}

/** Writes the result as JSON to `file`, creating its folder. */
export function writeResult(file: string, result: BenchResult): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
}
