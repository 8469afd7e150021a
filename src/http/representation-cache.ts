// Rendered documents kept in memory, bounded by bytes: the served dataset never changes while the server runs.
import { etagOf } from './respond.js';

/** A rendered document ready to send: its bytes and strong ETag (computed once). */
export interface RenderedDocument {
  body: Buffer;
  etag: string;
}

interface Entry {
  document: Promise<RenderedDocument>;
  /** Bytes counted against the budget; undefined while rendering. */
  bytes?: number;
}

/**
 * A least-recently-used cache of rendered documents by key (format, public base, IRI …), bounded by the total size of
 * their bodies. Concurrent requests for a key being rendered wait for that one rendering; a failed rendering is
 * forgotten (the next request tries again), and a document larger than the whole budget is served but not kept.
 * Valid only while the data behind it is fixed: a new dataset means a new server, hence a new cache.
 */
export class RepresentationCache {
  private readonly entries = new Map<string, Entry>();
  private totalBytes = 0;

  /** @param maxBytes - most body bytes kept, all entries together */
  constructor(readonly maxBytes: number) {}

  /** Bytes of the bodies kept now. */
  get size(): number {
    return this.totalBytes;
  }

  /** The document for `key`: from the cache, or rendered by `render` (once, however many ask meanwhile). */
  get(key: string, render: () => Promise<string | Buffer>): Promise<RenderedDocument> {
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return found.document;
    }
    const entry: Entry = { document: render().then(toDocument) };
    this.entries.set(key, entry);
    entry.document.then(
      (document) => this.account(key, entry, document.body.length),
      () => this.forget(key, entry),
    );
    return entry.document;
  }

  private account(key: string, entry: Entry, bytes: number): void {
    if (this.entries.get(key) !== entry) return;
    if (bytes > this.maxBytes) {
      this.entries.delete(key);
      return;
    }
    entry.bytes = bytes;
    this.totalBytes += bytes;
    for (const [oldKey, old] of this.entries) {
      if (this.totalBytes <= this.maxBytes) break;
      if (old.bytes === undefined) continue; // still rendering: nothing counted yet
      this.forget(oldKey, old);
    }
  }

  private forget(key: string, entry: Entry): void {
    if (this.entries.get(key) !== entry) return;
    this.entries.delete(key);
    this.totalBytes -= entry.bytes ?? 0;
  }
}

function toDocument(body: string | Buffer): RenderedDocument {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return { body: bytes, etag: etagOf(bytes) };
}
