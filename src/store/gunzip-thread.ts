// Gunzip thread: reads one .gz file with Node's zlib and hands the inflated bytes to the oxigraph worker in chunks.
// oxigraph's load() pulls its input from a synchronous iterator, so the worker cannot await zlib itself; this thread
// inflates while the worker parses, and the worker blocks (Atomics.wait) only when no chunk is ready.
// Written so that it also runs when transpiled to CommonJS (see worker-script.ts): no import.meta, no top-level await.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { workerData } from 'node:worker_threads';
import { createGunzip } from 'node:zlib';
import type { GunzipMessage, GunzipThreadInit } from './worker-messages.js';

/** Bytes per chunk handed over (fewer, bigger messages than zlib's 16 KiB pieces). */
const CHUNK_BYTES = 1 << 20;
/** Chunks posted but not yet taken by the worker: the memory this thread may run ahead by. */
const MAX_AHEAD = 4;

const { path, port, posted } = workerData as GunzipThreadInit;
let taken = 0;
let onTaken: (() => void) | undefined;
port.on('message', () => {
  taken++;
  onTaken?.();
});

function post(message: GunzipMessage): void {
  // The chunk's buffer is moved, not copied: it is never touched here again.
  port.postMessage(message, message.type === 'chunk' ? [message.bytes.buffer as ArrayBuffer] : []);
  Atomics.add(posted, 0, 1);
  Atomics.notify(posted, 0);
}

async function postChunk(bytes: Uint8Array): Promise<void> {
  post({ type: 'chunk', bytes });
  while (Atomics.load(posted, 0) - taken >= MAX_AHEAD) await new Promise<void>((resolve) => (onTaken = resolve));
  onTaken = undefined;
}

/** Copies zlib's output into whole chunks of CHUNK_BYTES (the last one shorter) and posts each. */
async function inflateInto(source: AsyncIterable<Buffer>): Promise<void> {
  let chunk = new Uint8Array(CHUNK_BYTES), filled = 0;
  for await (const piece of source) {
    for (let at = 0; at < piece.length;) {
      const length = Math.min(piece.length - at, CHUNK_BYTES - filled);
      chunk.set(piece.subarray(at, at + length), filled);
      filled += length;
      at += length;
      if (filled === CHUNK_BYTES) {
        await postChunk(chunk);
        chunk = new Uint8Array(CHUNK_BYTES);
        filled = 0;
      }
    }
  }
  if (filled > 0) await postChunk(chunk.slice(0, filled));
}

const hash = createHash('sha256');
async function* hashed(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  for await (const bytes of source) {
    hash.update(bytes);
    yield bytes;
  }
}

pipeline(createReadStream(path), hashed, createGunzip(), inflateInto).then(
  () => post({ type: 'end', sha256: hash.digest('hex') }),
  (error: Error) => post({ type: 'failed', message: error.message }),
);
