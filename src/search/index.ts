// Public surface of the search layer: build an index from quads, store it (SQLite), open it, query it.
import type { Quad } from '@rdfjs/types';
import { collectDivisionNames, collectSearchDocuments } from './documents.js';
import { buildSearchIndex, type SearchIndexData } from './search-index.js';

export { collectSearchDocuments, collectDivisionNames, SEARCHED_CLASSES, type SearchDocument, type SearchField, type FieldName } from './documents.js';
export { aliasPairs, expandQuery, type AliasPair } from './aliases.js';
export { normaliseText } from './normalise.js';
export { documentTokens, queryTokens } from './tokenise.js';
export { buildSearchIndex, SEARCH_INDEX_FORMAT, SEARCH_INDEX_VERSION, type SearchIndexData, type StoredDocument } from './search-index.js';
export { openSearchIndexFile, writeSearchIndexFile, SearchIndexError, SEARCH_INDEX_PATH, type SearchIndexFile } from './index-file.js';
export { nameTokensOf, SearchIndexWriter, writerEntries, type WrittenSearchIndex } from './sqlite-index-writer.js';
export { memorySearchIndex } from './memory-index.js';
export type { SearchIndexSource } from './index-source.js';
export { ENTRY_WIDTH } from './posting-codec.js';
export { SearchEngine, hasSearchableText, type SearchRequest, type SearchResult, type SearchResults } from './search-engine.js';
export { makeSnippet, highlightRanges, type Snippet } from './snippet.js';

/** The index of a whole dataset: its searchable resources and the short-name aliases of its organisations. */
export function searchIndexOfQuads(quads: readonly Quad[]): SearchIndexData {
  return buildSearchIndex(collectSearchDocuments(quads), collectDivisionNames(quads));
}
