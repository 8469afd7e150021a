// Writes generated pages to disk for a build (streamed, 1,000 pages per folder), or links a prefix of them elsewhere.
import { link, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generatePages } from '../corpus-generator.js';

/** Pages per sub-folder, so a million pages never sit in one directory. */
const PAGES_PER_FOLDER = 1000;

/** Where page `index` named `name` goes under `dir`. */
function pagePath(dir: string, index: number, name: string): string {
  return path.join(dir, `part-${String(Math.floor(index / PAGES_PER_FOLDER)).padStart(4, '0')}`, name);
}

/** What {@link writeCorpus} wrote. */
export interface WrittenCorpus {
  pages: number;
  bytes: number;
  /** File paths in generation order (page i is the i-th file). */
  files: string[];
  durationMs: number;
}

/**
 * Streams `count` generated pages (seed `seed`) into `dir`: one page in memory at a time, so any count fits.
 * Page i depends only on (seed, i), so the first k files of a bigger corpus are the corpus of k pages.
 */
export async function writeCorpus(dir: string, count: number, seed: number): Promise<WrittenCorpus> {
  const startedAt = performance.now();
  const files: string[] = [];
  let bytes = 0, index = 0;
  for (const page of generatePages({ count, seed })) {
    const file = pagePath(dir, index, page.name);
    if (index % PAGES_PER_FOLDER === 0) await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, page.bytes);
    files.push(file);
    bytes += page.bytes.byteLength;
    index++;
  }
  return { pages: index, bytes, files, durationMs: performance.now() - startedAt };
}

/** Hard-links the first `count` files of a written corpus into `dir` (same layout), without copying bytes. */
export async function linkCorpusPrefix(from: WrittenCorpus, dir: string, count: number): Promise<void> {
  if (count > from.files.length) throw new Error(`asked for ${count} pages, the corpus has ${from.files.length}`);
  for (let index = 0; index < count; index++) {
    const file = pagePath(dir, index, path.basename(from.files[index]));
    if (index % PAGES_PER_FOLDER === 0) await mkdir(path.dirname(file), { recursive: true });
    await link(from.files[index], file);
  }
}
