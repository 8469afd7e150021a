// The change log of a dataset (changes/log.jsonl + changes/horizon.json): one entry per build, carried from build to build.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { CHANGE_LOG_FILE, CHANGES_FOLDER, HORIZON_FILE, type ChangeLogEntry, type ChangeLogPoint } from '../dataset/change-log-format.js';
import { BuildError } from './build-options.js';
import type { Manifest } from './manifest.js';

export { CHANGE_LOG_FILE, CHANGES_FOLDER, HORIZON_FILE, type ChangeLogEntry, type ChangeLogPoint };

/** How long entries are kept; absent limits mean unlimited (the default: the log is never truncated). */
export interface ChangeLogRetention {
  /** Keep at most this many of the newest entries. */
  builds?: number;
  /** Drop entries older than this many days (the newest entry is always kept). */
  days?: number;
}

/** The log as stored: entries oldest first, and where it is complete from (null = from an empty dataset). */
export interface ChangeLog {
  entries: ChangeLogEntry[];
  completeSince: ChangeLogPoint | null;
}

/** Graph IRI → SHA-256 of its N-Quads ('' when an older manifest did not record it) for the converted pages. */
function graphHashes(manifest: Manifest | null): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const source of manifest?.sources ?? []) if (source.status === 'converted') hashes.set(source.graph, source.graphSha256 ?? '');
  return hashes;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The graphs added, replaced (content hash differs or was unknown) and removed between two manifests, each sorted. */
export function diffManifests(previous: Manifest | null, current: Manifest): Omit<ChangeLogEntry, 'buildId' | 'time' | 'base'> {
  const before = graphHashes(previous), after = graphHashes(current);
  const added: string[] = [], replaced: string[] = [], sha256: Record<string, string> = {};
  for (const [graph, hash] of [...after].sort(([a], [b]) => byCodeUnit(a, b))) {
    const old = before.get(graph);
    if (old === undefined) added.push(graph);
    else if (old === '' || old !== hash) replaced.push(graph);
    else continue;
    sha256[graph] = hash;
  }
  const removed = [...before.keys()].filter((graph) => !after.has(graph)).sort(byCodeUnit);
  return { added, replaced, removed, sha256 };
}

/** `2024-05-01T02:03:04.005Z` → `20240501T020304005Z`. */
function compactTime(iso: string): string {
  return iso.replace(/[-:.]/g, '');
}

/** The log entry of a build from the manifests before and after it. */
export function changeEntry(previous: Manifest | null, current: Manifest): ChangeLogEntry {
  const diff = diffManifests(previous, current);
  const hash = createHash('sha256').update(JSON.stringify([current.builtAt, current.base, diff])).digest('hex');
  return { buildId: `${compactTime(current.builtAt)}-${hash.slice(0, 8)}`, time: current.builtAt, base: current.base, ...diff };
}

/**
 * The entry lines of a log file, one at a time (the first entry of a national dataset lists every graph: hundreds of
 * MB, so the file is never read as one string).
 */
async function* logLines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file, { encoding: 'utf8' });
  for await (const line of createInterface({ input, crlfDelay: Infinity })) if (line.trim() !== '') yield line;
}

/** Reads a log's horizon and passes each entry to `visit`; throws BuildError when the log cannot be read. */
async function readLog(folder: string, visit: (entry: ChangeLogEntry) => void): Promise<ChangeLogPoint | null> {
  try {
    for await (const line of logLines(path.join(folder, CHANGE_LOG_FILE))) visit(JSON.parse(line) as ChangeLogEntry);
    const horizon = JSON.parse(await readFile(path.join(folder, HORIZON_FILE), 'utf8')) as { completeSince: ChangeLogPoint | null };
    return horizon.completeSince;
  } catch {
    throw new BuildError(`the change log in ${folder} cannot be read; repair or remove it before building`);
  }
}

async function logExists(folder: string): Promise<boolean> {
  return stat(path.join(folder, CHANGE_LOG_FILE)).then((file) => file.isFile(), () => false);
}

/** Reads the change log of a dataset; a dataset without one gives an empty log complete since `fallback`. */
export async function readChangeLog(datasetDir: string, fallback: ChangeLogPoint | null): Promise<ChangeLog> {
  const folder = path.join(datasetDir, CHANGES_FOLDER);
  if (!(await logExists(folder))) return { entries: [], completeSince: fallback };
  const entries: ChangeLogEntry[] = [];
  const completeSince = await readLog(folder, (entry) => entries.push(entry));
  return { entries, completeSince };
}

/** Drops entries beyond the retention (never the newest); the log then starts after the newest dropped entry. */
export function applyRetention<E extends { buildId: string; time: string }>(
  log: { entries: E[]; completeSince: ChangeLogPoint | null }, retention: ChangeLogRetention, now: Date,
): { entries: E[]; completeSince: ChangeLogPoint | null } {
  const { entries } = log;
  let keepFrom = 0;
  if (retention.builds !== undefined) keepFrom = Math.max(keepFrom, entries.length - Math.max(1, retention.builds));
  if (retention.days !== undefined) {
    const oldest = now.getTime() - retention.days * 86_400_000;
    while (keepFrom < entries.length - 1 && Date.parse(entries[keepFrom].time) < oldest) keepFrom++;
  }
  if (keepFrom === 0) return log;
  const lastDropped = entries[keepFrom - 1];
  return { entries: entries.slice(keepFrom), completeSince: { buildId: lastDropped.buildId, time: lastDropped.time } };
}

/** Checks a retention setting: whole numbers ≥ 1 where given. */
export function checkRetention(retention: ChangeLogRetention): void {
  for (const [name, value] of Object.entries(retention)) {
    if (value !== undefined && (!Number.isInteger(value) || value < 1)) {
      throw new BuildError(`change log retention ${name} must be a positive integer, not ${value}`);
    }
  }
}

/** Writes `changes/log.jsonl` (from entry lines) and `changes/horizon.json` into a dataset folder. */
async function writeLogLines(datasetDir: string, lines: AsyncIterable<string>, completeSince: ChangeLogPoint | null): Promise<void> {
  const folder = path.join(datasetDir, CHANGES_FOLDER);
  await mkdir(folder, { recursive: true });
  const stream = createWriteStream(path.join(folder, CHANGE_LOG_FILE));
  for await (const line of lines) if (!stream.write(`${line}\n`)) await once(stream, 'drain');
  stream.end();
  await once(stream, 'finish');
  await writeFile(path.join(folder, HORIZON_FILE), `${JSON.stringify({ completeSince }, null, 2)}\n`);
}

/** Writes `changes/log.jsonl` and `changes/horizon.json` into a dataset folder. */
export async function writeChangeLog(datasetDir: string, log: ChangeLog): Promise<void> {
  await writeLogLines(datasetDir, (async function* () { for (const entry of log.entries) yield JSON.stringify(entry); })(), log.completeSince);
}

/** What {@link recordBuild} needs. */
export interface RecordBuildOptions {
  /** The dataset being replaced (its log is carried over). */
  previousDir: string;
  previous: Manifest | null;
  /** The new dataset folder, manifest already written. */
  newDir: string;
  current: Manifest;
  /** Default: unlimited. */
  retention?: ChangeLogRetention;
}

/**
 * Appends this build's entry to the previous dataset's log and writes the result into the new dataset. The old
 * entries are copied line by line (read twice: once for their times, once to copy the kept ones), never all held.
 */
export async function recordBuild(options: RecordBuildOptions): Promise<ChangeLogEntry> {
  const { previous, current } = options;
  const folder = path.join(options.previousDir, CHANGES_FOLDER);
  const points: Array<{ buildId: string; time: string }> = [];
  const exists = await logExists(folder);
  const completeSince = exists
    ? await readLog(folder, (entry) => points.push({ buildId: entry.buildId, time: entry.time }))
    : previous ? { buildId: null, time: previous.builtAt } : null;
  const entry = changeEntry(previous, current);
  const kept = applyRetention({ entries: [...points, entry], completeSince }, options.retention ?? {}, new Date(current.builtAt));
  const dropped = points.length + 1 - kept.entries.length;
  async function* lines() {
    if (exists) {
      let index = 0;
      for await (const line of logLines(path.join(folder, CHANGE_LOG_FILE))) if (index++ >= dropped) yield line;
    }
    yield JSON.stringify(entry);
  }
  await writeLogLines(options.newDir, lines(), kept.completeSince);
  return entry;
}
