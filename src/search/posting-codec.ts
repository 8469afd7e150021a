// Posting lists as search/index.sqlite stores them: per entry the document number (as a gap from the previous entry),
// its weighted token frequency, its weighted length, and its class number × 2 + 1 when the token occurs in one of its
// names, each an unsigned LEB128 varint. Length, class and the name bit ride along so that BM25, the type filter and
// the bound on a document's boost never have to look the document up.

/** One token's postings as parallel arrays, documents ascending. */
export interface PostingList {
  /** Number of entries: the token's document frequency. */
  size: number;
  documents: Uint32Array;
  /** Weighted frequency of the token in each document. */
  frequencies: Uint32Array;
  /** Weighted length of each document (its BM25 length). */
  lengths: Uint32Array;
  /** Class number of each document (see the index's class table). */
  classes: Uint32Array;
  /** 1 where the token occurs in one of the document's name fields (label, altLabel, name), else 0. */
  inName: Uint8Array;
}

/** Numbers per entry in the flat arrays the writer takes: document, frequency, length, class, in a name (0 or 1). */
export const ENTRY_WIDTH = 5;

/** An empty list of `size` entries, to fill. */
export function emptyPostingList(size: number): PostingList {
  return {
    size, documents: new Uint32Array(size), frequencies: new Uint32Array(size), lengths: new Uint32Array(size),
    classes: new Uint32Array(size), inName: new Uint8Array(size),
  };
}

/** One stored block of a posting list: `count` entries, the first document's gap counted from 0. */
export interface PostingBlock {
  count: number;
  entries: Uint8Array;
}

function pushVarint(bytes: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
}

/**
 * Encodes entries `[from, to)` of `flat` ([document, frequency, length, class, in a name, …], documents ascending) as
 * one block.
 * @throws Error when a number is not a whole number in [0, 2³²), the name flag is not 0 or 1, or documents do not
 *   ascend (a writer bug)
 */
export function encodePostingBlock(flat: readonly number[], from: number, to: number): Uint8Array {
  const bytes: number[] = [];
  let previous = 0;
  for (let i = from; i < to; i += ENTRY_WIDTH) {
    const document = flat[i], frequency = flat[i + 1], length = flat[i + 2], classNumber = flat[i + 3], inName = flat[i + 4];
    for (const value of [document, frequency, length, classNumber]) {
      if (!Number.isInteger(value) || value < 0 || value >= 2 ** 32) throw new Error(`posting entry out of range: ${value}`);
    }
    if (inName !== 0 && inName !== 1) throw new Error(`posting name flag must be 0 or 1: ${inName}`);
    if (i > from && document <= previous) throw new Error(`posting documents must ascend: ${previous} then ${document}`);
    pushVarint(bytes, document - previous);
    pushVarint(bytes, frequency);
    pushVarint(bytes, length);
    pushVarint(bytes, classNumber * 2 + inName);
    previous = document;
  }
  return Uint8Array.from(bytes);
}

/** Reads the varint at `state.at` and moves past it. */
function readVarint(entries: Uint8Array, state: { at: number }): number {
  let value = 0;
  let scale = 1;
  for (;;) {
    if (state.at >= entries.length) throw new Error('posting block ends inside an entry');
    const byte = entries[state.at++];
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return value;
    scale *= 0x80;
  }
}

/** Decodes the blocks of one token, in document order, into one list. */
export function decodePostingBlocks(blocks: readonly PostingBlock[]): PostingList {
  const list = emptyPostingList(blocks.reduce((sum, block) => sum + block.count, 0));
  let entry = 0;
  for (const { count, entries } of blocks) {
    const state = { at: 0 };
    let previous = 0;
    for (let end = entry + count; entry < end; entry++) {
      previous += readVarint(entries, state);
      list.documents[entry] = previous;
      list.frequencies[entry] = readVarint(entries, state);
      list.lengths[entry] = readVarint(entries, state);
      const classAndName = readVarint(entries, state);
      list.classes[entry] = Math.floor(classAndName / 2);
      list.inName[entry] = classAndName % 2;
    }
  }
  return list;
}
