// search/index.sqlite opened read-only: each query reads only its tokens' postings, the alias pairs its text contains
// and the documents that may reach the requested page; SQLite's page cache is capped, so memory does not grow with
// the dataset.
import Database from 'better-sqlite3';
import type { AliasPair } from './aliases.js';
import { SearchIndexError } from './index-error.js';
import type { SearchIndexSource } from './index-source.js';
import { decodePostingBlocks, type PostingBlock, type PostingList } from './posting-codec.js';
import { SEARCH_INDEX_FORMAT, SEARCH_INDEX_VERSION, type StoredDocument, type StoredField } from './search-index.js';
import { labelKey, META } from './sqlite-schema.js';

/** SQLite page cache of the serving connection, in KiB: the most the index may hold in memory between queries. */
export const READ_CACHE_KIB = 16 * 1024;

interface DocumentRow {
  iri: string;
  class: number;
  label: string;
  fields: string;
  length: number;
}

class SqliteSearchIndex implements SearchIndexSource {
  readonly documentCount: number;
  readonly averageLength: number;
  private readonly classIris = new Map<number, string>();
  private readonly classNumbers = new Map<string, number>();
  private readonly shortestAlias: number;
  private readonly longestAlias: number;
  private readonly selectPostings: Database.Statement<[string], PostingBlock>;
  private readonly selectDocument: Database.Statement<[number], DocumentRow>;
  private readonly selectByLabel: Database.Statement<[number], number>;
  private readonly selectAliases: Database.Statement<{ texts: string }, { short: string; full: string }>;

  constructor(private readonly db: Database.Database, meta: ReadonlyMap<string, unknown>) {
    this.documentCount = Number(meta.get(META.documents));
    const total = Number(meta.get(META.totalLength));
    this.averageLength = this.documentCount > 0 ? total / this.documentCount : 1;
    this.shortestAlias = Number(meta.get(META.shortestAlias));
    this.longestAlias = Number(meta.get(META.longestAlias));
    for (const { number, iri } of db.prepare('SELECT number, iri FROM classes').all() as Array<{ number: number; iri: string }>) {
      this.classIris.set(number, iri);
      this.classNumbers.set(iri, number);
    }
    this.selectPostings = db.prepare('SELECT count, entries FROM postings WHERE token = ? ORDER BY rowid');
    this.selectDocument = db.prepare('SELECT iri, class, label, fields, length FROM documents WHERE number = ?');
    this.selectByLabel = db.prepare<[number], number>('SELECT number FROM documents WHERE label_key = ?').pluck();
    this.selectAliases = db.prepare(`SELECT short, full FROM aliases WHERE position IN (
      SELECT position FROM aliases WHERE short IN (SELECT value FROM json_each(@texts))
      UNION SELECT position FROM aliases WHERE full IN (SELECT value FROM json_each(@texts))
    ) ORDER BY position`);
  }

  classes(): string[] {
    return [...this.classNumbers.keys()].sort();
  }

  classNumber(classIri: string): number | undefined {
    return this.classNumbers.get(classIri);
  }

  /** Looks up every piece of `folded` as long as some alias form, then keeps the pairs that really occur. */
  aliasesIn(folded: string): AliasPair[] {
    const texts = new Set<string>();
    for (let start = 0; start < folded.length; start++) {
      for (let length = this.shortestAlias; length <= this.longestAlias && start + length <= folded.length; length++) {
        texts.add(folded.slice(start, start + length));
      }
    }
    if (texts.size === 0) return [];
    return this.selectAliases.all({ texts: JSON.stringify([...texts]) })
      .filter(({ short, full }) => folded.includes(short) || folded.includes(full))
      .map(({ short, full }): AliasPair => [short, full]);
  }

  postings(token: string): PostingList | undefined {
    const blocks = this.selectPostings.all(token);
    return blocks.length > 0 ? decodePostingBlocks(blocks) : undefined;
  }

  exactLabelDocuments(folded: string): number[] {
    return this.selectByLabel.all(labelKey(folded));
  }

  document(number: number): StoredDocument {
    const row = this.selectDocument.get(number);
    if (!row) throw new Error(`search index has no document ${number}`);
    return { iri: row.iri, classIri: this.classIris.get(row.class) ?? '', label: row.label, fields: JSON.parse(row.fields) as StoredField[], length: row.length };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function readMeta(db: Database.Database, name: string): Map<string, unknown> {
  let rows: Array<{ key: string; value: unknown }>;
  try {
    rows = db.prepare('SELECT key, value FROM meta').all() as Array<{ key: string; value: unknown }>;
  } catch (error) {
    const reason = (error as { code?: string }).code === 'SQLITE_NOTADB' ? 'is not an SQLite database' : `is not a ${SEARCH_INDEX_FORMAT} file`;
    throw new SearchIndexError('invalid', `${name} ${reason}`);
  }
  const meta = new Map(rows.map((row) => [row.key, row.value]));
  if (meta.get(META.format) !== SEARCH_INDEX_FORMAT) throw new SearchIndexError('invalid', `${name} is not a ${SEARCH_INDEX_FORMAT} file`);
  if (meta.get(META.version) !== SEARCH_INDEX_VERSION) {
    throw new SearchIndexError('invalid', `${name} has version ${String(meta.get(META.version))}; this server reads version ${SEARCH_INDEX_VERSION}`);
  }
  return meta;
}

/**
 * Opens the index at `file` read-only (it must exist).
 * @param name - how messages name the file (search/index.sqlite)
 * @throws SearchIndexError `invalid` when it is not an SQLite database, not a search index, or another version
 */
export function openSqliteSearchIndex(file: string, name: string): SearchIndexSource {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new SearchIndexError('invalid', `${name} could not be opened: ${(error as Error).message}`);
  }
  try {
    db.pragma(`cache_size = -${READ_CACHE_KIB}`);
    db.pragma('mmap_size = 0');
    return new SqliteSearchIndex(db, readMeta(db, name));
  } catch (error) {
    db.close();
    if (error instanceof SearchIndexError) throw error;
    throw new SearchIndexError('invalid', `${name} could not be read: ${(error as Error).message}`);
  }
}
