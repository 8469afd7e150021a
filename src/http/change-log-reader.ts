// Reads a dataset's change log (changes/log.jsonl, written by `jiyao build`) and answers "what changed since X?".
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CHANGE_LOG_FILE, CHANGES_FOLDER, HORIZON_FILE, type ChangeLogEntry, type ChangeLogPoint } from '../dataset/change-log-format.js';
import { badRequest } from './errors.js';

export type { ChangeLogEntry, ChangeLogPoint };

/** The log as the server sees it. */
export interface ServedChangeLog {
  entries: ChangeLogEntry[];
  /** Null: complete from an empty dataset. */
  completeSince: ChangeLogPoint | null;
  /** Graph IRI → the kind of its latest change. */
  lastChange: Map<string, ChangeKind>;
}

/** The kind of change of one graph in one build. */
export type ChangeKind = 'added' | 'replaced' | 'removed';

/** One graph changed by one build: the unit of the feed and of its paging. */
export interface GraphChange {
  buildId: string;
  time: string;
  kind: ChangeKind;
  graph: string;
  /** SHA-256 of the graph's new N-Quads (added and replaced only). */
  sha256?: string;
}

/** A parsed `since`: a point in time (ms since the epoch) or a build id. */
export type SinceValue = { time: number } | { buildId: string };

/** A build id as minted by the build: `20240501T020304005Z-1a2b3c4d`. */
const BUILD_ID = /^\d{8}T\d{9}Z-[0-9a-f]{8}$/;
/** An ISO 8601 date (`2024-05-01`, UTC midnight) or date-time with a zone (`2024-05-01T02:03:04.5+08:00`). */
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

/** Parses `since`: an ISO 8601 timestamp or a build id; anything else is a 400. */
export function parseSince(text: string): SinceValue {
  if (BUILD_ID.test(text)) return { buildId: text };
  const time = ISO_TIMESTAMP.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(time)) throw badRequest('since must be an ISO 8601 timestamp (2024-05-01T00:00:00Z) or a build id.');
  return { time };
}

/**
 * The entries after `since`, or null when the retained log cannot say (the point is older than the log, or an
 * unknown build id): the consumer must start over from the full dump. No `since` gives every retained entry.
 */
export function entriesSince(log: ServedChangeLog, since: SinceValue | undefined): ChangeLogEntry[] | null {
  if (since === undefined) return log.entries;
  const horizon = log.completeSince;
  if ('buildId' in since) {
    if (horizon?.buildId === since.buildId) return log.entries;
    const index = log.entries.findIndex((e) => e.buildId === since.buildId);
    return index === -1 ? null : log.entries.slice(index + 1);
  }
  if (horizon !== null && since.time < Date.parse(horizon.time)) return null;
  return log.entries.filter((e) => Date.parse(e.time) > since.time);
}

/** The graph changes of some entries in feed order: build by build, added, replaced, removed, each sorted. */
export function* graphChanges(entries: readonly ChangeLogEntry[]): Generator<GraphChange> {
  for (const entry of entries) {
    for (const kind of ['added', 'replaced', 'removed'] as const) {
      for (const graph of entry[kind]) {
        const sha256 = entry.sha256[graph];
        yield { buildId: entry.buildId, time: entry.time, kind, graph, ...(sha256 ? { sha256 } : {}) };
      }
    }
  }
}

function lastChanges(entries: readonly ChangeLogEntry[]): Map<string, ChangeKind> {
  const last = new Map<string, ChangeKind>();
  for (const change of graphChanges(entries)) last.set(change.graph, change.kind);
  return last;
}

async function parseLog(folder: string): Promise<ServedChangeLog> {
  const text = await readFile(path.join(folder, CHANGE_LOG_FILE), 'utf8');
  const entries = text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as ChangeLogEntry);
  const horizon = JSON.parse(await readFile(path.join(folder, HORIZON_FILE), 'utf8')) as { completeSince?: ChangeLogPoint | null };
  return { entries, completeSince: horizon.completeSince ?? null, lastChange: lastChanges(entries) };
}

/**
 * A reader of `{dataDir}/changes/`, re-read only when the log file changes (a new build swapped in).
 * A dataset without a log reads as an empty log that is not complete (every `since` is then 410).
 */
export function changeLogReader(dataDir: string): () => Promise<ServedChangeLog> {
  const folder = path.join(dataDir, CHANGES_FOLDER);
  let cached: { key: string; log: Promise<ServedChangeLog> } | undefined;
  return async () => {
    const info = await stat(path.join(folder, CHANGE_LOG_FILE)).catch(() => null);
    if (info === null) return { entries: [], completeSince: { buildId: null, time: new Date(8.64e15).toISOString() }, lastChange: new Map() };
    const key = `${info.ino}:${info.mtimeMs}:${info.size}`;
    if (cached?.key !== key) {
      const log = parseLog(folder).catch((error: unknown) => { cached = undefined; throw error; });
      cached = { key, log };
    }
    return cached.log;
  };
}
