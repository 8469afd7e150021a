// search/index.sqlite in a dataset folder: writing an index built in memory, and opening one to query it on disk.
import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { SearchIndexError } from './index-error.js';
import type { SearchIndexSource } from './index-source.js';
import type { SearchIndexData } from './search-index.js';
import { openSqliteSearchIndex } from './sqlite-index.js';
import { nameTokensOf, SearchIndexWriter, writerEntries } from './sqlite-index-writer.js';

export { SearchIndexError } from './index-error.js';

/** Path of the index inside a dataset folder. */
export const SEARCH_INDEX_PATH = 'search/index.sqlite';
/** Where datasets built before version 2 kept their index (a JSON file read whole into memory). */
const OLD_SEARCH_INDEX_PATH = 'search/index.json';

/** What a build records about the index it wrote (for manifest.json). */
export interface SearchIndexFile {
  fileName: string;
  byteSize: number;
  sha256: string;
  documents: number;
}

const exists = (file: string): Promise<boolean> => access(file).then(() => true, () => false);

/**
 * Writes `index` to `{dataDir}/search/index.sqlite` and describes the file. The build writes the same file from its
 * sorted partials (src/publish/search-index-writer.ts), feeding the same writer in the same order.
 */
export async function writeSearchIndexFile(dataDir: string, index: SearchIndexData): Promise<SearchIndexFile> {
  const file = path.join(dataDir, SEARCH_INDEX_PATH);
  await mkdir(path.dirname(file), { recursive: true });
  const writer = await SearchIndexWriter.create(file);
  try {
    const classes = index.documents.map((doc) => writer.addDocument(doc));
    const names = nameTokensOf(index);
    // Sorted explicitly: an object lists integer-like keys (2021, 56) before the others.
    for (const token of Object.keys(index.postings).sort()) writer.addPostings(token, writerEntries(index, token, classes, names));
    return { fileName: SEARCH_INDEX_PATH, ...(await writer.finish(index.aliases)) };
  } catch (error) {
    writer.abort();
    throw error;
  }
}

/**
 * Opens `{dataDir}/search/index.sqlite` read-only, to be queried on disk (close it when done).
 * @throws SearchIndexError `missing` when there is no file (naming an older index.json if the dataset has one),
 *   `invalid` when it is not an SQLite search index of this version
 */
export async function openSearchIndexFile(dataDir: string): Promise<SearchIndexSource> {
  const file = path.join(dataDir, SEARCH_INDEX_PATH);
  if (!(await exists(file))) {
    const hasOld = await exists(path.join(dataDir, OLD_SEARCH_INDEX_PATH));
    throw new SearchIndexError('missing', hasOld
      ? `${SEARCH_INDEX_PATH} not found: the dataset has ${OLD_SEARCH_INDEX_PATH}, the index format of an older jiyao`
      : `${SEARCH_INDEX_PATH} not found: the dataset was built without a search index`);
  }
  return openSqliteSearchIndex(file, SEARCH_INDEX_PATH);
}
