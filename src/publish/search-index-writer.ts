// Writes the full-text search index (search/index.json) of a dataset folder and lists it in manifest.json.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { searchIndexOfQuads, writeSearchIndexFile, type SearchIndexFile } from '../search/index.js';
import type { PageOutcome } from './page-job.js';

/**
 * Indexes the converted pages' quads into `{dir}/search/index.json` and adds `"search": {fileName, byteSize, sha256,
 * documents}` to the manifest already written in `dir`.
 */
export async function writeSearchIndex(dir: string, outcomes: readonly PageOutcome[]): Promise<SearchIndexFile> {
  const quads: Quad[] = [];
  for (const outcome of outcomes) {
    if (outcome.status === 'converted') quads.push(...(new Parser({ format: 'N-Quads' }).parse(outcome.nquads) as Quad[]));
  }
  const file = await writeSearchIndexFile(dir, searchIndexOfQuads(quads));
  const manifestFile = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Record<string, unknown>;
  await writeFile(manifestFile, `${JSON.stringify({ ...manifest, search: file }, null, 2)}\n`);
  return file;
}
