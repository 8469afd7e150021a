// Writes the full-text search index (search/index.sqlite) from the pages' search partials, streamed: the same file
// src/search writes for all quads at once, built a batch of documents at a time.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  buildSearchIndex, collectSearchDocuments, ENTRY_WIDTH, nameTokensOf, SEARCH_INDEX_PATH, SearchIndexWriter, writerEntries,
  type AliasPair, type SearchDocument, type SearchIndexFile,
} from '../search/index.js';
import { compactLines, LineSorter } from './line-sorter.js';
import { mergedSearchQuads } from './search-partials.js';

/** Documents indexed together: src/search numbers them from 0, the writer shifts them into place. */
const DOCUMENTS_PER_BATCH = 4000;

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
 * Writes `{dir}/search/index.sqlite` from `partials` (page search partials, sorted) and describes the file.
 * Documents go to the file batch by batch; postings wait in a sorter on disk until every document is numbered (as
 * `{token}\0{first document}\0{document,frequency,length,class,in a name,…}` lines: code-unit order is the writer's token
 * order); only the alias pairs stay in memory (a few per organisation with short names).
 * @param divisionNames - names of the dataset's divisions, sorted (src/search strips them to find aliases)
 */
export async function writeSearchIndex(
  dir: string, partials: LineSorter, options: { divisionNames: readonly string[]; spoolDir: string; sortBudgetBytes?: number },
): Promise<SearchIndexFile> {
  const fileName = path.join(dir, SEARCH_INDEX_PATH);
  await mkdir(path.dirname(fileName), { recursive: true });
  const writer = await SearchIndexWriter.create(fileName);
  try {
    const postings = new LineSorter(options.spoolDir, options.sortBudgetBytes);
    const aliases = new Map<string, AliasPair>();
    let batch: SearchDocument[] = [];
    const flush = async () => {
      const index = buildSearchIndex(batch, options.divisionNames);
      const first = writer.documentCount;
      const classes = index.documents.map((doc) => writer.addDocument(doc));
      const names = nameTokensOf(index);
      const key = String(first).padStart(10, '0');
      const lines = Object.keys(index.postings).map((token) => `${token}\u0000${key}\u0000${writerEntries(index, token, classes, names, first).join(',')}`);
      await postings.add(compactLines(lines));
      for (const pair of index.aliases) aliases.set(`${pair[0]}\u0000${pair[1]}`, pair);
      batch = [];
    };
    for await (const subject of subjectsOf(partials.sorted())) {
      batch.push(...collectSearchDocuments(mergedSearchQuads(subject.iri, subject.partials)));
      if (batch.length >= DOCUMENTS_PER_BATCH) await flush();
    }
    if (batch.length) await flush();
    await writePostings(writer, postings);
    const sortedAliases = [...aliases.values()].sort((a, b) => (a.join() < b.join() ? -1 : 1));
    return { fileName: SEARCH_INDEX_PATH, ...(await writer.finish(sortedAliases)) };
  } catch (error) {
    writer.abort();
    throw error;
  }
}

/** Every token's postings in token order, each token's batches in document order. */
async function writePostings(writer: SearchIndexWriter, postings: LineSorter): Promise<void> {
  for await (const batch of postings.sorted()) {
    for (const line of batch) {
      const tokenEnd = line.indexOf('\u0000');
      const entries = line.slice(line.indexOf('\u0000', tokenEnd + 1) + 1).split(',').map(Number);
      if (entries.length % ENTRY_WIDTH !== 0) throw new Error(`search postings spool: a line of "${line.slice(0, tokenEnd)}" is cut`);
      writer.addPostings(line.slice(0, tokenEnd), entries);
    }
  }
}
