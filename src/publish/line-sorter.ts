// Sorts more lines than fit in memory (external merge sort): sorted runs are spilled to disk and merged on reading.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Writable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';

/** Memory a sorter may hold before it spills a run (V8 strings of CJK text take 2 bytes per UTF-16 unit). */
export const DEFAULT_SORT_BUDGET_BYTES = 192 * 2 ** 20;
/** Rough V8 cost of one string and its array slot beyond its characters. */
const LINE_OVERHEAD_BYTES = 40;
/** Lines handed out per batch when reading (one promise per batch, not per line). */
const BATCH_LINES = 2048;
/** Runs merged at once; with more, groups of runs are first merged into longer runs (memory per run is fixed). */
const MAX_FAN_IN = 64;
/** Bytes read from a run file at a time. */
const READ_BYTES = 1 << 18;
/** Runs are gzipped at the fastest level: it costs little CPU and divides the scratch space by about six. */
const RUN_GZIP_LEVEL = 1;

/**
 * The same lines as compact strings: one flat string cut into slices. Lines built by concatenating pieces of a larger
 * text would otherwise keep that whole text alive (and take several V8 string objects each) while they wait to be sorted.
 */
export function compactLines(lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : lines.join('\n').split('\n');
}

/** The distinct lines of `lines`, sorted in code-unit order (the default sort of strings), in place. */
function sortedDistinct(lines: string[]): string[] {
  lines.sort();
  let kept = 0;
  for (let i = 0; i < lines.length; i++) if (i === 0 || lines[i] !== lines[kept - 1]) lines[kept++] = lines[i];
  lines.length = kept;
  return lines;
}

async function writeChunk(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/** Writes batches of lines to a gzipped run file, one per line. */
async function writeRun(file: string, batches: Iterable<string[]> | AsyncIterable<string[]>): Promise<void> {
  const gzip = createGzip({ level: RUN_GZIP_LEVEL });
  const done = once(gzip.pipe(createWriteStream(file)), 'finish');
  let chunk = '';
  for await (const lines of batches) {
    for (const line of lines) {
      chunk += `${line}\n`;
      if (chunk.length >= 1 << 20) {
        await writeChunk(gzip, chunk);
        chunk = '';
      }
    }
  }
  gzip.end(chunk);
  await done;
}

/** The lines of a run file in batches. */
async function* readRun(file: string): AsyncGenerator<string[]> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const bytes of createReadStream(file, { highWaterMark: READ_BYTES }).pipe(createGunzip())) {
    const lines = (rest + decoder.write(bytes as Buffer)).split('\n');
    rest = lines.pop()!;
    for (let i = 0; i < lines.length; i += BATCH_LINES) yield lines.slice(i, i + BATCH_LINES);
  }
  rest += decoder.end();
  if (rest) yield [rest];
}

/** The position of one source in the merge: its current batch and how to get the next. */
interface Cursor {
  lines: string[];
  index: number;
  next: AsyncIterator<string[]>;
}

async function advance(cursor: Cursor): Promise<boolean> {
  while (cursor.index >= cursor.lines.length) {
    const step = await cursor.next.next();
    if (step.done) return false;
    cursor.lines = step.value;
    cursor.index = 0;
  }
  return true;
}

const head = (cursor: Cursor): string => cursor.lines[cursor.index];

/** A binary min-heap of cursors by their current line. */
class CursorHeap {
  readonly items: Cursor[] = [];

  push(cursor: Cursor): void {
    const items = this.items;
    items.push(cursor);
    for (let i = items.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (head(items[parent]) <= head(items[i])) break;
      [items[parent], items[i]] = [items[i], items[parent]];
      i = parent;
    }
  }

  /** Restores the heap after the top cursor's line changed. */
  siftDown(): void {
    const items = this.items;
    for (let i = 0; ;) {
      const left = 2 * i + 1, right = left + 1;
      let least = i;
      if (left < items.length && head(items[left]) < head(items[least])) least = left;
      if (right < items.length && head(items[right]) < head(items[least])) least = right;
      if (least === i) return;
      [items[least], items[i]] = [items[i], items[least]];
      i = least;
    }
  }

  /** Removes the top cursor (exhausted). */
  pop(): void {
    const last = this.items.pop()!;
    if (this.items.length === 0) return;
    this.items[0] = last;
    this.siftDown();
  }
}

/**
 * Collects lines (strings without '\n') and gives them back sorted in code-unit order, each distinct line once.
 * Holds at most about `budgetBytes` of lines in memory; the rest waits in gzipped run files under `dir`.
 */
export class LineSorter {
  private buffer: string[] = [];
  private bufferBytes = 0;
  private readonly runs: string[] = [];
  private runCount = 0;

  constructor(private readonly dir: string, private readonly budgetBytes: number = DEFAULT_SORT_BUDGET_BYTES) {}

  /** Adds `lines` (best given through {@link compactLines}); spills a sorted run to disk when the buffer is over budget. */
  async add(lines: readonly string[]): Promise<void> {
    for (const line of lines) {
      this.buffer.push(line);
      this.bufferBytes += line.length * 2 + LINE_OVERHEAD_BYTES;
    }
    if (this.bufferBytes >= this.budgetBytes) await this.spill();
  }

  private async spill(): Promise<void> {
    const lines = sortedDistinct(this.buffer);
    this.buffer = [];
    this.bufferBytes = 0;
    const file = await this.nextRunFile();
    await writeRun(file, [lines]);
    this.runs.push(file);
  }

  private async nextRunFile(): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    return path.join(this.dir, `run-${String(this.runCount++).padStart(6, '0')}.gz`);
  }

  /** Every distinct line added, sorted, in batches. Call once, after the last add. */
  async *sorted(): AsyncGenerator<string[]> {
    const inMemory = sortedDistinct(this.buffer);
    this.buffer = [];
    this.bufferBytes = 0;
    if (this.runs.length === 0) {
      for (let i = 0; i < inMemory.length; i += BATCH_LINES) yield inMemory.slice(i, i + BATCH_LINES);
      return;
    }
    await this.mergeRunsBelowFanIn();
    yield* merge([...this.runs.map((run) => readRun(run)), (async function* () { yield inMemory; })()]);
  }

  private async mergeRunsBelowFanIn(): Promise<void> {
    while (this.runs.length >= MAX_FAN_IN) {
      const group = this.runs.splice(0, MAX_FAN_IN);
      const file = await this.nextRunFile();
      await writeRun(file, merge(group.map((run) => readRun(run))));
      await Promise.all(group.map((run) => rm(run)));
      this.runs.push(file);
    }
  }

  /**
   * Puts every line added into run files and returns them, fewer than can be merged at once, for
   * {@link LineSorter.ofRuns} to read in another thread. Call once, after the last add.
   */
  async spilledRuns(): Promise<string[]> {
    if (this.buffer.length > 0) await this.spill();
    await this.mergeRunsBelowFanIn();
    return [...this.runs];
  }

  /** A sorter of the lines in `runs` (from {@link spilledRuns}): reading it only reads them, so several may read the same runs. */
  static ofRuns(runs: readonly string[]): LineSorter {
    if (runs.length >= MAX_FAN_IN) throw new Error(`${runs.length} runs are more than one merge reads`);
    const sorter = new LineSorter(path.dirname(runs[0] ?? '.'));
    sorter.runs.push(...runs);
    return sorter;
  }
}

/** Merges sorted sources into one sorted stream without repeats. */
async function* merge(sources: Array<AsyncIterator<string[]>>): AsyncGenerator<string[]> {
  const heap = new CursorHeap();
  for (const next of sources) {
    const cursor: Cursor = { lines: [], index: 0, next };
    if (await advance(cursor)) heap.push(cursor);
  }
  let batch: string[] = [];
  let previous: string | undefined;
  while (heap.items.length > 0) {
    const top = heap.items[0];
    const line = head(top);
    if (line !== previous) {
      batch.push(line);
      previous = line;
      if (batch.length >= BATCH_LINES) {
        yield batch;
        batch = [];
      }
    }
    top.index++;
    if (top.index < top.lines.length || await advance(top)) heap.siftDown();
    else heap.pop();
  }
  if (batch.length) yield batch;
}
