// The RDF I/O floor: parse the conversion's N-Triples with N3.Parser and write them back with N3.Writer.

import { performance } from 'node:perf_hooks';
import { Parser, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { cpuMillis } from './stats.js';

/** One timed pass of the floor over the stored N-Triples of every page. */
export interface FloorPass {
  parseMs: number;
  writeMs: number;
  /** CPU milliseconds of parse + write (user + system, all threads). */
  cpuMs: number;
  /** Triples parsed (equals triples written). */
  triples: number;
  /** Characters written, to keep the writer's output alive and checkable. */
  writtenChars: number;
}

function writeNTriples(quads: Quad[]): string {
  const writer = new Writer({ format: 'N-Triples' });
  writer.addQuads(quads);
  let output = '';
  writer.end((error, result: string) => {
    if (error) throw error;
    output = result;
  });
  return output;
}

/**
 * Parses and re-writes each page's N-Triples; `textOf(i)` supplies page i's text (decoding it is not timed).
 * Pages are handled one by one, as the converter handles them.
 */
export function timeFloor(pageCount: number, textOf: (i: number) => string | null): FloorPass {
  const pass: FloorPass = { parseMs: 0, writeMs: 0, cpuMs: 0, triples: 0, writtenChars: 0 };
  for (let i = 0; i < pageCount; i++) {
    const text = textOf(i);
    if (text === null) continue;
    const cpuStart = process.cpuUsage();
    const parseStart = performance.now();
    const quads = new Parser({ format: 'N-Triples' }).parse(text) as Quad[];
    const writeStart = performance.now();
    const written = writeNTriples(quads);
    const end = performance.now();
    pass.cpuMs += cpuMillis(process.cpuUsage(cpuStart));
    pass.parseMs += writeStart - parseStart;
    pass.writeMs += end - writeStart;
    pass.triples += quads.length;
    pass.writtenChars += written.length;
  }
  return pass;
}
