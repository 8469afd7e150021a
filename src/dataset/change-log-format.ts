// The change log's files inside a built dataset: written by src/publish, read by src/http (docs/change-feed.md).

/** Folder of the change log inside a dataset. */
export const CHANGES_FOLDER = 'changes';
/** One JSON object per line ({@link ChangeLogEntry}), oldest first. */
export const CHANGE_LOG_FILE = 'log.jsonl';
/** Where the retained log starts: `{ "completeSince": null | { buildId, time } }`. */
export const HORIZON_FILE = 'horizon.json';

/** What one build changed, graph by graph. */
export interface ChangeLogEntry {
  /** `YYYYMMDDTHHMMSSmmmZ-xxxxxxxx`: the build time and 8 hex digits of the entry's content hash. */
  buildId: string;
  /** ISO date-time of the build. */
  time: string;
  /** Base IRI of the dataset after this build. */
  base: string;
  /** Graph IRIs new in this build. */
  added: string[];
  /** Graph IRIs whose content changed. */
  replaced: string[];
  /** Graph IRIs no longer in the dataset. */
  removed: string[];
  /** SHA-256 of the new N-Quads of every added or replaced graph, by graph IRI. */
  sha256: Record<string, string>;
}

/** A build the log is complete after: a consumer in step with it (or later) can catch up from the log alone. */
export interface ChangeLogPoint {
  /** Null when the point is a dataset built before the log existed. */
  buildId: string | null;
  time: string;
}
