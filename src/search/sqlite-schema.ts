// The layout of search/index.sqlite, shared by its writer (jiyao build) and its reader (jiyao serve).
import { createHash } from 'node:crypto';

/**
 * Tables, created in this order (the order fixes the file's page layout, so equal input gives equal bytes).
 * - meta: format, version, document count, total weighted length (for BM25's average), shortest/longest alias.
 * - classes: the class IRIs present, by the number postings and documents use.
 * - documents: number → IRI, class, label, fields (JSON of StoredField[]), weighted length, and `label_key`, a hash of
 *   the folded label field that finds the documents a query names exactly (the 50-point boost) without a scan.
 * - postings: a token's posting list in blocks of at most {@link POSTING_BLOCK_ENTRIES} entries (posting-codec.ts),
 *   in document order.
 * - aliases: the short-name pairs, in the order the engine tries them.
 */
export const CREATE_TABLES = [
  'CREATE TABLE meta (key TEXT PRIMARY KEY, value NOT NULL) WITHOUT ROWID',
  'CREATE TABLE classes (number INTEGER PRIMARY KEY, iri TEXT NOT NULL)',
  'CREATE TABLE documents (number INTEGER PRIMARY KEY, iri TEXT NOT NULL, class INTEGER NOT NULL, label TEXT NOT NULL, fields TEXT NOT NULL, length INTEGER NOT NULL, label_key INTEGER)',
  'CREATE TABLE postings (token TEXT NOT NULL, count INTEGER NOT NULL, entries BLOB NOT NULL)',
  'CREATE TABLE aliases (position INTEGER PRIMARY KEY, short TEXT NOT NULL, full TEXT NOT NULL)',
];

/** Indexes, created once the rows are in (an index built from sorted keys is compact). */
export const CREATE_INDEXES = [
  'CREATE INDEX postings_token ON postings (token)',
  'CREATE INDEX documents_label_key ON documents (label_key) WHERE label_key IS NOT NULL',
  'CREATE INDEX aliases_short ON aliases (short)',
  'CREATE INDEX aliases_full ON aliases (full)',
];

/** Most entries in one postings row: a common token's list is read in a few rows, and written without holding it all. */
export const POSTING_BLOCK_ENTRIES = 16_384;

/** The meta keys. */
export const META = {
  format: 'format', version: 'version', documents: 'documents', totalLength: 'total_length',
  shortestAlias: 'shortest_alias', longestAlias: 'longest_alias',
} as const;

/** A 48-bit key of a folded label (first 6 bytes of its SHA-256); equal texts give equal keys, a rare clash only costs a look. */
export function labelKey(folded: string): number {
  return createHash('sha256').update(folded, 'utf8').digest().readUIntBE(0, 6);
}
