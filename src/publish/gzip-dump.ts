// Writes a dump as a gzip file piece by piece, with its SHA-256 and a sha256sum-style checksum file beside it.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip, type Gzip } from 'node:zlib';

/** A written dump file. */
export interface DumpFile {
  /** File name inside downloads/ (jiyao.nt.gz). */
  fileName: string;
  /** Size of the gzip file in bytes. */
  byteSize: number;
  /** SHA-256 of the gzip file, lowercase hex. */
  sha256: string;
}

/** Strings are gathered into chunks of about this many characters before they enter the stream. */
const CHUNK_CHARS = 1 << 16;

/**
 * A gzip dump being written: `push` text (UTF-8), `settle` now and then to honour the stream's backpressure,
 * `finish` to close it and write `{file}.sha256` ("hex  name\n", as sha256sum). Gzip output carries no time stamp
 * and the chunks depend only on the text, so the same text gives the same bytes.
 */
export class GzipDumpWriter {
  private buffer = '';
  private isCongested = false;
  private readonly gzip: Gzip = createGzip({ level: 9 });
  private readonly hash = createHash('sha256');
  private byteSize = 0;
  private readonly written: Promise<void>;

  constructor(readonly filePath: string) {
    const { hash } = this;
    const count = (size: number) => { this.byteSize += size; };
    this.written = pipeline(
      this.gzip,
      async function* measure(source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          hash.update(chunk);
          count(chunk.length);
          yield chunk;
        }
      },
      createWriteStream(filePath),
    );
    this.written.catch(() => {}); // awaited in finish(); never an unhandled rejection before that
  }

  /** Appends text; it enters the gzip stream in chunks of at least 64 Ki characters. */
  push(text: string): void {
    this.buffer += text;
    if (this.buffer.length < CHUNK_CHARS) return;
    if (!this.gzip.write(this.buffer)) this.isCongested = true;
    this.buffer = '';
  }

  /** Waits until the stream has room again, if it asked for a pause. */
  async settle(): Promise<void> {
    if (!this.isCongested) return;
    this.isCongested = false;
    await Promise.race([once(this.gzip, 'drain'), this.written]);
  }

  /** Ends the dump and writes its checksum file. */
  async finish(): Promise<DumpFile> {
    if (this.buffer) this.gzip.write(this.buffer);
    this.buffer = '';
    this.gzip.end();
    await this.written;
    const fileName = path.basename(this.filePath);
    const sha256 = this.hash.digest('hex');
    await writeFile(`${this.filePath}.sha256`, `${sha256}  ${fileName}\n`);
    return { fileName, byteSize: this.byteSize, sha256 };
  }
}
