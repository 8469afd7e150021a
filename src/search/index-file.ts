// Reading and writing search/index.json in a dataset folder, with a typed error for a missing or unusable file.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SEARCH_INDEX_FORMAT, SEARCH_INDEX_VERSION, type SearchIndexData } from './search-index.js';

/** Path of the index inside a dataset folder. */
export const SEARCH_INDEX_PATH = 'search/index.json';

/** What a build records about the index it wrote (for manifest.json). */
export interface SearchIndexFile {
  fileName: string;
  byteSize: number;
  sha256: string;
  documents: number;
}

/** Why no usable index could be read: `missing` (a dataset built before search existed) or `invalid`. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
  constructor(readonly code: 'missing' | 'invalid', message: string) {
    super(message);
  }
}

/** Writes `index` to `{dataDir}/search/index.json` (compact JSON) and describes the file. */
export async function writeSearchIndexFile(dataDir: string, index: SearchIndexData): Promise<SearchIndexFile> {
  const file = path.join(dataDir, SEARCH_INDEX_PATH);
  const bytes = Buffer.from(`${JSON.stringify(index)}\n`, 'utf8');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes);
  return {
    fileName: SEARCH_INDEX_PATH, byteSize: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'), documents: index.documents.length,
  };
}

function isIndexData(value: unknown): value is SearchIndexData {
  const data = value as Partial<SearchIndexData> | null;
  return typeof data === 'object' && data !== null && data.format === SEARCH_INDEX_FORMAT
    && Array.isArray(data.documents) && typeof data.postings === 'object' && data.postings !== null && Array.isArray(data.aliases);
}

/**
 * Reads `{dataDir}/search/index.json`.
 * @throws SearchIndexError `missing` when there is no file, `invalid` when it does not parse or has another format/version
 */
export async function readSearchIndexFile(dataDir: string): Promise<SearchIndexData> {
  const file = path.join(dataDir, SEARCH_INDEX_PATH);
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) throw new SearchIndexError('missing', `${SEARCH_INDEX_PATH} not found: the dataset was built without a search index`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SearchIndexError('invalid', `${SEARCH_INDEX_PATH} is not valid JSON`);
  }
  if (!isIndexData(parsed)) throw new SearchIndexError('invalid', `${SEARCH_INDEX_PATH} is not a ${SEARCH_INDEX_FORMAT} file`);
  if (parsed.version !== SEARCH_INDEX_VERSION) {
    throw new SearchIndexError('invalid', `${SEARCH_INDEX_PATH} has version ${String(parsed.version)}; this server reads version ${SEARCH_INDEX_VERSION}`);
  }
  return parsed;
}
