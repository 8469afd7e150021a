// Finds the source pages of a build: .txt/.htm/.html files under the input folder, in a fixed order.
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** File name endings read as minutes pages. */
const PAGE_EXTENSION = /\.(?:txt|html?)$/i;

/** One page to convert. */
export interface SourcePage {
  /** Absolute path on disk. */
  absolutePath: string;
  /** Path relative to the input folder, with '/' separators (the page's identity in reports and manifest). */
  relativePath: string;
}

/**
 * Lists the pages under `inputDir`, recursively, sorted by relative path (code-unit order, so the same on
 * every machine). Hidden files and folders (starting with '.') are skipped.
 */
export async function listSourcePages(inputDir: string): Promise<SourcePage[]> {
  const root = path.resolve(inputDir);
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const pages: SourcePage[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !PAGE_EXTENSION.test(entry.name)) continue;
    const absolutePath = path.join(entry.parentPath, entry.name);
    const relativePath = path.relative(root, absolutePath).split(path.sep).join('/');
    if (relativePath.split('/').some((segment) => segment.startsWith('.'))) continue;
    pages.push({ absolutePath, relativePath });
  }
  return pages.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
}
