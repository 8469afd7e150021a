// `npm run bench`: conversion throughput against the RDF I/O floor (n3 parse + write of the same triples), in one run.

import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generatePages, type GeneratedPage } from './corpus-generator.js';
import { REPO_ROOT } from './generator/templates.js';
import { timeConversion, type ConversionPass } from './measure/conversion.js';
import { timeFloor, type FloorPass } from './measure/floor.js';
import { formatStages, formatSummary, stageBreakdown, writeResult, type BenchResult } from './measure/report.js';
import { profileStages } from './measure/stages.js';
import { median, peakRssMiB, perSecond } from './measure/stats.js';

/** Settings of a run (command-line flags, with these defaults). */
interface Settings {
  pages: number;
  seed: number;
  repeats: number;
  warmupPages: number;
  profilePages: number;
  out: string;
}

const log = (line: string): void => void process.stderr.write(`${line}\n`);

function readSettings(): Settings {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string', default: '5000' },
      seed: { type: 'string', default: '20240601' },
      repeats: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '500' },
      'profile-pages': { type: 'string', default: '500' },
      out: { type: 'string', default: path.join(REPO_ROOT, 'bench/out/convert.json') },
    },
  });
  const int = (v: string, name: string): number => {
    const n = Number.parseInt(v, 10);
    if (!Number.isFinite(n) || n < 1) throw new Error(`--${name} must be a positive integer, got ${v}`);
    return n;
  };
  return {
    pages: int(values.pages, 'pages'), seed: int(values.seed, 'seed'), repeats: int(values.repeats, 'repeats'),
    warmupPages: int(values.warmup, 'warmup'), profilePages: int(values['profile-pages'], 'profile-pages'), out: values.out,
  };
}

/** Each repeat times one conversion pass, then one floor pass, so both see the same load; pass 1 keeps the N-Triples. */
function measure(pages: GeneratedPage[], settings: Settings) {
  const stored: Array<Buffer | null> = new Array(pages.length).fill(null);
  const textOf = (i: number) => stored[i]?.toString('utf8') ?? null;
  const passes: ConversionPass[] = [];
  const floors: FloorPass[] = [];
  for (let r = 0; r < settings.repeats; r++) {
    log(`repeat ${r + 1}/${settings.repeats}: converting ${pages.length} pages, then n3 parse + write of the same triples …`);
    passes.push(timeConversion(pages, r > 0 ? undefined : (i, nt) => (stored[i] = nt === null ? null : Buffer.from(nt, 'utf8'))));
    if (r === 0) timeFloor(Math.min(settings.warmupPages, pages.length), textOf);
    floors.push(timeFloor(pages.length, textOf));
  }
  if (floors[0].triples !== passes[0].triples) throw new Error(`floor parsed ${floors[0].triples} triples, conversion made ${passes[0].triples}`);
  return { passes, floors };
}

function summarise(pages: GeneratedPage[], passes: ConversionPass[], floors: FloorPass[]) {
  const triples = passes[0].triples;
  const convertMs = median(passes.map((p) => p.ms));
  const parseMs = median(floors.map((f) => f.parseMs));
  const writeMs = median(floors.map((f) => f.writeMs));
  const floorMs = median(floors.map((f) => f.parseMs + f.writeMs));
  const convertCpuMs = median(passes.map((p) => p.cpuMs));
  const floorCpuMs = median(floors.map((f) => f.cpuMs));
  return {
    conversion: {
      medianMs: convertMs, runsMs: passes.map((p) => p.ms), medianCpuMs: convertCpuMs, pagesPerSecond: perSecond(pages.length, convertMs),
      triplesPerSecond: perSecond(triples, convertMs), failedPages: passes[0].failed,
      pagesPerCpuSecond: perSecond(pages.length, convertCpuMs), triplesPerCpuSecond: perSecond(triples, convertCpuMs),
    },
    floor: {
      parseMedianMs: parseMs, writeMedianMs: writeMs, medianCpuMs: floorCpuMs, parseTriplesPerSecond: perSecond(triples, parseMs),
      writeTriplesPerSecond: perSecond(triples, writeMs), triplesPerSecond: perSecond(triples, floorMs),
      triplesPerCpuSecond: perSecond(triples, floorCpuMs),
    },
    triples,
    triplesPerPage: triples / Math.max(1, pages.length - passes[0].failed),
    ratioToFloor: convertMs / floorMs,
    ratioToFloorCpu: convertCpuMs / floorCpuMs,
  };
}

function run(settings: Settings): BenchResult {
  const loadAverageAtStart = os.loadavg()[0];
  log(`generating ${settings.pages} pages (seed ${settings.seed}) …`);
  const pages = [...generatePages({ count: settings.pages, seed: settings.seed })];
  log(`warming up on ${settings.warmupPages} pages …`);
  const warm = pages.slice(0, settings.warmupPages);
  timeConversion(warm);
  timeConversion(warm);
  const { passes, floors } = measure(pages, settings);
  log(`profiling stages on ${settings.profilePages} pages …`);
  const stages = stageBreakdown(profileStages(pages.slice(0, settings.profilePages)));
  const cpus = os.cpus();
  return {
    machine: {
      node: process.version, cpus: cpus.length, cpuModel: cpus[0]?.model ?? 'unknown', platform: `${os.platform()} ${os.arch()}`,
      loadAverageAtStart, loadAverageAtEnd: os.loadavg()[0],
    },
    settings: { pages: settings.pages, seed: settings.seed, repeats: settings.repeats, warmupPages: settings.warmupPages, profilePages: settings.profilePages },
    ...summarise(pages, passes, floors),
    peakRssMiB: peakRssMiB(),
    stages,
  };
}

function main(): void {
  const settings = readSettings();
  const result = run(settings);
  console.log(`\njiyao conversion benchmark — ${result.machine.cpuModel}, ${result.machine.cpus} cores, Node ${result.machine.node}, one core used`);
  console.log(formatSummary(result));
  console.log(`\nwhere conversion time goes (${result.stages.sampledPages} pages, stages called directly):`);
  console.log(formatStages(result.stages));
  writeResult(settings.out, result);
  console.log(`\nwritten ${path.relative(process.cwd(), settings.out)}`);
}

main();
