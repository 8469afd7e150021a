// A file of sorted `{key}\0{rest}` lines with a sparse in-memory index of its blocks: look-ups by key read one block or a few.
import { once } from 'node:events';
import { closeSync, createWriteStream, openSync, readSync } from 'node:fs';

/** Bytes of one block (lines are never split: a block ends at the first line end past this size). */
const BLOCK_BYTES = 1 << 16;
/** Decoded blocks kept (≈ 64 KiB of text each): table rows look up a handful of regions of the file at a time. */
const CACHED_BLOCKS = 64;

const keyOf = (line: string): string => line.slice(0, line.indexOf('\u0000'));

/** A written {@link SortedLineFile} and its index, as plain data (to open it in another thread). */
export interface SortedLineFileIndex {
  file: string;
  firstKeys: string[];
  offsets: number[];
  size: number;
}

/**
 * Lines sorted in code-unit order whose key (the text before the first '\0') orders them, in a file; memory holds the
 * first key and offset of each block (one entry per 64 KiB of file) and a few decoded blocks.
 */
export class SortedLineFile {
  private readonly firstKeys: string[] = [];
  private readonly offsets: number[] = [];
  private size = 0;
  private fd: number | null = null;
  private readonly cache = new Map<number, string[]>();

  private constructor(private readonly file: string) {}

  /** Writes `sortedLines` (batches of lines without '\n', sorted) to `file` and indexes it. */
  static async write(file: string, sortedLines: AsyncIterable<string[]>): Promise<SortedLineFile> {
    const sorted = new SortedLineFile(file);
    const stream = createWriteStream(file);
    let blockBytes = BLOCK_BYTES;
    for await (const batch of sortedLines) {
      let text = '';
      for (const line of batch) {
        if (blockBytes >= BLOCK_BYTES) {
          sorted.firstKeys.push(keyOf(line));
          sorted.offsets.push(sorted.size);
          blockBytes = 0;
        }
        const entry = `${line}\n`;
        const bytes = Buffer.byteLength(entry);
        text += entry;
        blockBytes += bytes;
        sorted.size += bytes;
      }
      if (!stream.write(text)) await once(stream, 'drain');
    }
    stream.end();
    await once(stream, 'finish');
    return sorted;
  }

  /** The file and its index, for {@link SortedLineFile.open}. */
  get index(): SortedLineFileIndex {
    return { file: this.file, firstKeys: [...this.firstKeys], offsets: [...this.offsets], size: this.size };
  }

  /** The file another SortedLineFile wrote (its {@link index}), for look-ups of its own. */
  static open(index: SortedLineFileIndex): SortedLineFile {
    const sorted = new SortedLineFile(index.file);
    sorted.firstKeys.push(...index.firstKeys);
    sorted.offsets.push(...index.offsets);
    sorted.size = index.size;
    return sorted;
  }

  /** Closes the file; look-ups after this fail. */
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.cache.clear();
  }

  /** The `rest` of every line whose key is `key`, in file order. */
  *linesOf(key: string): Generator<string> {
    const prefix = `${key}\u0000`;
    const first = this.firstBlockFor(key);
    for (let block = first; block < this.firstKeys.length && this.firstKeys[block] <= key; block++) {
      const lines = this.block(block);
      for (let i = block === first ? lowerBound(lines, prefix) : 0; i < lines.length; i++) {
        if (!lines[i].startsWith(prefix)) return; // lines are sorted: past the key's lines
        yield lines[i].slice(prefix.length);
      }
    }
  }

  /** The last block whose first key is below `key` (lines with `key` may start at its end), or the first block. */
  private firstBlockFor(key: string): number {
    let low = 0, high = this.firstKeys.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.firstKeys[middle] < key) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  private block(index: number): string[] {
    const cached = this.cache.get(index);
    if (cached) {
      this.cache.delete(index); // re-inserted below: Map order is the LRU order
      this.cache.set(index, cached);
      return cached;
    }
    this.fd ??= openSync(this.file, 'r');
    const start = this.offsets[index];
    const end = index + 1 < this.offsets.length ? this.offsets[index + 1] : this.size;
    const buffer = Buffer.allocUnsafe(end - start);
    let read = 0;
    while (read < buffer.length) read += readSync(this.fd, buffer, read, buffer.length - read, start + read);
    const lines = buffer.toString('utf8').split('\n');
    lines.pop();
    if (this.cache.size >= CACHED_BLOCKS) this.cache.delete(this.cache.keys().next().value as number);
    this.cache.set(index, lines);
    return lines;
  }
}

/** The first index whose line is not below `value`. */
function lowerBound(lines: readonly string[], value: string): number {
  let low = 0, high = lines.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (lines[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
