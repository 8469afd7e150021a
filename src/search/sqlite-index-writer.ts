// Writes search/index.sqlite row by row, committing every few thousand rows, so a build's memory does not grow with
// the index. Given the same documents, postings and aliases in the same order it writes the same bytes.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import Database from 'better-sqlite3';
import type { AliasPair } from './aliases.js';
import { foldedLabelField, nameTokens } from './document-keys.js';
import { encodePostingBlock, ENTRY_WIDTH } from './posting-codec.js';
import { SEARCH_INDEX_FORMAT, SEARCH_INDEX_VERSION, type SearchIndexData, type StoredDocument } from './search-index.js';
import { CREATE_INDEXES, CREATE_TABLES, labelKey, META, POSTING_BLOCK_ENTRIES } from './sqlite-schema.js';

/** Rows written per transaction. */
const ROWS_PER_TRANSACTION = 5000;
/** Page cache of the writing connection, in KiB. */
const WRITE_CACHE_KIB = 16 * 1024;

/** The written file: its size, SHA-256 and number of documents. */
export interface WrittenSearchIndex {
  byteSize: number;
  sha256: string;
  documents: number;
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/**
 * The writer's entries for `token` of an index built in memory: [document + `offset`, frequency, length, class, in a
 * name, …], with each document's class number from `classes` and its name tokens from `names` (both by document).
 */
export function writerEntries(
  index: SearchIndexData, token: string, classes: readonly number[], names: ReadonlyArray<ReadonlySet<string>>, offset = 0,
): number[] {
  const pairs = index.postings[token];
  const flat: number[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const doc = pairs[i];
    flat.push(doc + offset, pairs[i + 1], index.documents[doc].length, classes[doc], names[doc].has(token) ? 1 : 0);
  }
  return flat;
}

/** The name tokens of each document of `index`, by number (for {@link writerEntries}). */
export function nameTokensOf(index: SearchIndexData): Array<Set<string>> {
  return index.documents.map(nameTokens);
}

/**
 * An index file being written. Call {@link addDocument} for every document in number order, then
 * {@link addPostings} for every token in code-unit order, then {@link finish}; {@link abort} on failure.
 */
export class SearchIndexWriter {
  private readonly db: Database.Database;
  private readonly insertDocument: Database.Statement;
  private readonly insertPostings: Database.Statement;
  private readonly classNumbers = new Map<string, number>();
  private rows = 0;
  private documents = 0;
  private totalLength = 0;
  private token: string | null = null;
  private lastDocument = -1;
  private entries: number[] = [];

  private constructor(private readonly file: string) {
    this.db = new Database(file);
    // The file sits in the build's temporary folder until the whole dataset is swapped in: no journal is needed.
    for (const pragma of ['page_size = 4096', 'journal_mode = OFF', 'synchronous = OFF', 'locking_mode = EXCLUSIVE', `cache_size = -${WRITE_CACHE_KIB}`]) {
      this.db.pragma(pragma);
    }
    for (const statement of CREATE_TABLES) this.db.exec(statement);
    this.insertDocument = this.db.prepare('INSERT INTO documents (number, iri, class, label, fields, length, label_key) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.insertPostings = this.db.prepare('INSERT INTO postings (token, count, entries) VALUES (?, ?, ?)');
    this.db.exec('BEGIN');
  }

  /** Starts a new index at `file`, replacing any file there. */
  static async create(file: string): Promise<SearchIndexWriter> {
    await Promise.all([rm(file, { force: true }), rm(`${file}-journal`, { force: true })]);
    return new SearchIndexWriter(file);
  }

  /** Documents added so far (the next document's number). */
  get documentCount(): number {
    return this.documents;
  }

  /** Adds the next document and returns its class number (classes are numbered as they first appear). */
  addDocument(doc: StoredDocument): number {
    let classNumber = this.classNumbers.get(doc.classIri);
    if (classNumber === undefined) this.classNumbers.set(doc.classIri, (classNumber = this.classNumbers.size));
    const label = foldedLabelField(doc);
    this.insertDocument.run(this.documents++, doc.iri, classNumber, doc.label, JSON.stringify(doc.fields), doc.length, label === undefined ? null : labelKey(label));
    this.totalLength += doc.length;
    this.wrote();
    return classNumber;
  }

  /**
   * Adds postings of `token`, flat as [document, frequency, length, class, in a name (0/1), …]. Tokens come in
   * code-unit order; one token may come in several calls, its documents ascending across them.
   */
  addPostings(token: string, flat: readonly number[]): void {
    if (token !== this.token) {
      this.flushToken();
      if (this.token !== null && token < this.token) throw new Error(`search index tokens out of order: "${this.token}" then "${token}"`);
      this.token = token;
      this.lastDocument = -1;
    }
    if (flat.length % ENTRY_WIDTH !== 0) throw new Error(`postings of "${token}" are not whole entries`);
    for (let i = 0; i < flat.length; i += ENTRY_WIDTH) {
      if (flat[i] <= this.lastDocument) throw new Error(`postings of "${token}": document ${flat[i]} after ${this.lastDocument}`);
      this.lastDocument = flat[i];
      for (let j = i; j < i + ENTRY_WIDTH; j++) this.entries.push(flat[j]);
    }
    const blockWidth = POSTING_BLOCK_ENTRIES * ENTRY_WIDTH;
    while (this.entries.length >= blockWidth) {
      this.writeBlock(blockWidth);
      this.entries = this.entries.slice(blockWidth);
    }
  }

  /** Writes the aliases (in the order the engine should try them) and the summary, and closes the file. */
  async finish(aliases: readonly AliasPair[]): Promise<WrittenSearchIndex> {
    this.flushToken();
    const insertAlias = this.db.prepare('INSERT INTO aliases (position, short, full) VALUES (?, ?, ?)');
    aliases.forEach(([short, full], position) => {
      insertAlias.run(position, short, full);
      this.wrote();
    });
    const insertClass = this.db.prepare('INSERT INTO classes (number, iri) VALUES (?, ?)');
    for (const [iri, number] of this.classNumbers) insertClass.run(number, iri);
    const lengths = aliases.flatMap(([short, full]) => [short.length, full.length]);
    const shortest = lengths.reduce((a, b) => Math.min(a, b), Infinity), longest = lengths.reduce((a, b) => Math.max(a, b), 0);
    const insertMeta = this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    const meta: Array<[string, string | number]> = [
      [META.format, SEARCH_INDEX_FORMAT], [META.version, SEARCH_INDEX_VERSION], [META.documents, this.documents],
      [META.totalLength, this.totalLength], [META.shortestAlias, lengths.length ? shortest : 0], [META.longestAlias, longest],
    ];
    for (const [key, value] of meta) insertMeta.run(key, value);
    for (const statement of CREATE_INDEXES) this.db.exec(statement);
    this.db.exec('COMMIT');
    this.db.close();
    const { size } = await stat(this.file);
    return { byteSize: size, sha256: await sha256Of(this.file), documents: this.documents };
  }

  /** Closes the file unfinished (the caller removes it with its folder). */
  abort(): void {
    if (this.db.open) this.db.close();
  }

  private flushToken(): void {
    if (this.entries.length > 0) this.writeBlock(this.entries.length);
    this.entries = [];
  }

  private writeBlock(width: number): void {
    this.insertPostings.run(this.token, width / ENTRY_WIDTH, encodePostingBlock(this.entries, 0, width));
    this.wrote();
  }

  private wrote(): void {
    if (++this.rows % ROWS_PER_TRANSACTION !== 0) return;
    this.db.exec('COMMIT');
    this.db.exec('BEGIN');
  }
}
