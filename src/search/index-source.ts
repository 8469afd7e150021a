// What the search engine reads from an index, whether the index is in memory (as built) or in search/index.sqlite.
import type { AliasPair } from './aliases.js';
import type { PostingList } from './posting-codec.js';
import type { StoredDocument } from './search-index.js';

/**
 * An index the engine can query. It hands out only what one query needs: the postings of its tokens, the alias pairs
 * its text contains, the documents that may reach the requested page.
 */
export interface SearchIndexSource {
  /** Number of indexed documents. */
  readonly documentCount: number;
  /** Mean weighted document length (BM25's avgdl): the sum of the lengths divided by their count, 1 when empty. */
  readonly averageLength: number;
  /** Class IRIs present, sorted. */
  classes(): string[];
  /** The number postings use for `classIri`, or undefined when no document has that class. */
  classNumber(classIri: string): number | undefined;
  /** Every alias pair whose short or full form occurs in `folded`, in the index's order (others cannot apply). */
  aliasesIn(folded: string): AliasPair[];
  /** The postings of `token`, or undefined when no document has it. */
  postings(token: string): PostingList | undefined;
  /** Documents whose label field folds to `folded` exactly (a few extra are allowed: callers check). */
  exactLabelDocuments(folded: string): number[];
  /** Document `number`. */
  document(number: number): StoredDocument;
  /** Releases what the index holds open (a database connection); a no-op in memory. */
  close(): void;
}
