// Writes a dump as a gzip file through pipeline(), with its SHA-256 and a sha256sum-style checksum file beside it.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

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

/** Joins many small strings into fewer large ones (fewer stream round trips). */
export async function* inChunks(parts: Iterable<string> | AsyncIterable<string>): AsyncGenerator<string> {
  let buffer = '';
  for await (const part of parts) {
    buffer += part;
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/**
 * Streams `parts` (UTF-8 text) gzipped into `filePath`, then writes `filePath.sha256` ("hex  name\n", as sha256sum).
 * Gzip output carries no time stamp, so the same text gives the same bytes.
 */
export async function writeGzipDump(filePath: string, parts: Iterable<string> | AsyncIterable<string>): Promise<DumpFile> {
  const hash = createHash('sha256');
  let byteSize = 0;
  await pipeline(
    Readable.from(inChunks(parts)),
    createGzip({ level: 9 }),
    async function* measure(source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        hash.update(chunk);
        byteSize += chunk.length;
        yield chunk;
      }
    },
    createWriteStream(filePath),
  );
  const fileName = path.basename(filePath);
  const sha256 = hash.digest('hex');
  await writeFile(`${filePath}.sha256`, `${sha256}  ${fileName}\n`);
  return { fileName, byteSize, sha256 };
}
