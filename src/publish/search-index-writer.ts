// Writes the full-text search index (search/index.json) from the pages' search partials, streamed: the same JSON
// src/search would write for all quads at once, built a batch of documents at a time.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  buildSearchIndex, collectSearchDocuments, SEARCH_INDEX_FORMAT, SEARCH_INDEX_PATH, SEARCH_INDEX_VERSION,
  type AliasPair, type SearchDocument, type SearchIndexFile,
} from '../search/index.js';
import { compactLines, LineSorter } from './line-sorter.js';
import { mergedSearchQuads } from './search-partials.js';

/** Documents indexed together: src/search numbers them from 0, the writer shifts them into place. */
const DOCUMENTS_PER_BATCH = 4000;

/** A string V8 keeps as an array index, which JSON.stringify writes before every other key, in numeric order. */
function isArrayIndex(token: string): boolean {
  return /^(?:0|[1-9]\d*)$/.test(token) && Number(token) < 4294967295;
}

/** Sort key of a token: array-index tokens first by number, then the others in code-unit order (JSON key order). */
function tokenKey(token: string): string {
  return isArrayIndex(token) ? `0${token.padStart(10, '0')}` : `1${token}`;
}

function tokenOfKey(key: string): string {
  return key[0] === '0' ? String(Number(key.slice(1))) : key.slice(1);
}

/** The index file being written, with its size and hash. */
class HashedFile {
  private readonly stream;
  private readonly hash = createHash('sha256');
  byteSize = 0;

  constructor(file: string) {
    this.stream = createWriteStream(file);
  }

  async write(text: string): Promise<void> {
    const bytes = Buffer.from(text, 'utf8');
    this.hash.update(bytes);
    this.byteSize += bytes.length;
    if (!this.stream.write(bytes)) await once(this.stream, 'drain');
  }

  async close(): Promise<string> {
    this.stream.end();
    await once(this.stream, 'finish');
    return this.hash.digest('hex');
  }
}

/** Each subject's partials (in page order), subjects in IRI order. */
async function* subjectsOf(partials: AsyncIterable<string[]>): AsyncGenerator<{ iri: string; partials: string[] }> {
  let iri: string | null = null;
  let list: string[] = [];
  for await (const batch of partials) {
    for (const line of batch) {
      const iriEnd = line.indexOf('\u0000');
      const lineIri = line.slice(0, iriEnd);
      if (lineIri !== iri) {
        if (iri !== null) yield { iri, partials: list };
        iri = lineIri;
        list = [];
      }
      list.push(line.slice(line.indexOf('\u0000', iriEnd + 1) + 1));
    }
  }
  if (iri !== null) yield { iri, partials: list };
}

/**
 * Writes `{dir}/search/index.json` from `partials` (page search partials, sorted) and describes the file.
 * Documents go to the file batch by batch; postings wait in `postings` (a sorter on disk) until every document is
 * numbered; only the alias pairs stay in memory (a few per organisation with short names).
 * @param divisionNames - names of the dataset's divisions, sorted (src/search strips them to find aliases)
 */
export async function writeSearchIndex(
  dir: string, partials: LineSorter, options: { divisionNames: readonly string[]; spoolDir: string; sortBudgetBytes?: number },
): Promise<SearchIndexFile> {
  const fileName = path.join(dir, SEARCH_INDEX_PATH);
  await mkdir(path.dirname(fileName), { recursive: true });
  const file = new HashedFile(fileName);
  const postings = new LineSorter(options.spoolDir, options.sortBudgetBytes);
  const aliases = new Map<string, AliasPair>();
  let documents = 0;
  let batch: SearchDocument[] = [];
  const flush = async () => {
    const index = buildSearchIndex(batch, options.divisionNames);
    const text = index.documents.map((doc) => JSON.stringify(doc)).join(',');
    await file.write(documents === 0 ? text : `,${text}`);
    const lines: string[] = [];
    const first = String(documents).padStart(10, '0');
    for (const [token, list] of Object.entries(index.postings)) {
      lines.push(`${tokenKey(token)}\u0000${first}\u0000${list.map((n, i) => (i % 2 === 0 ? n + documents : n)).join(',')}`);
    }
    await postings.add(compactLines(lines));
    for (const pair of index.aliases) aliases.set(`${pair[0]}\u0000${pair[1]}`, pair);
    documents += batch.length;
    batch = [];
  };
  const header = JSON.stringify({ format: SEARCH_INDEX_FORMAT, version: SEARCH_INDEX_VERSION });
  await file.write(`${header.slice(0, -1)},"documents":[`);
  for await (const subject of subjectsOf(partials.sorted())) {
    batch.push(...collectSearchDocuments(mergedSearchQuads(subject.iri, subject.partials)));
    if (batch.length >= DOCUMENTS_PER_BATCH) await flush();
  }
  if (batch.length) await flush();
  await file.write('],"postings":{');
  await writePostings(file, postings);
  const sortedAliases = [...aliases.values()].sort((a, b) => (a.join() < b.join() ? -1 : 1));
  await file.write(`},"aliases":${JSON.stringify(sortedAliases)}}\n`);
  const sha256 = await file.close();
  return { fileName: SEARCH_INDEX_PATH, byteSize: file.byteSize, sha256, documents };
}

/** `"token":[doc,frequency,…]` for every token in key order, each token's batches in document order. */
async function writePostings(file: HashedFile, postings: LineSorter): Promise<void> {
  let currentKey: string | null = null;
  let text = '';
  for await (const batch of postings.sorted()) {
    for (const line of batch) {
      const keyEnd = line.indexOf('\u0000');
      const key = line.slice(0, keyEnd);
      const list = line.slice(line.indexOf('\u0000', keyEnd + 1) + 1);
      if (key !== currentKey) {
        if (currentKey !== null) text += '],';
        text += `${JSON.stringify(tokenOfKey(key))}:[${list}`;
        currentKey = key;
      } else text += `,${list}`;
    }
    await file.write(text);
    text = '';
  }
  if (currentKey !== null) await file.write(']');
}
