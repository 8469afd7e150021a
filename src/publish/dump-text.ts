// Writes the N-Triples, Turtle and JSON-LD dumps in one pass over the subject groups, and the N-Quads dump page by page.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Quad } from '@rdfjs/types';
import { Writer } from 'n3';
import { GzipDumpWriter, type DumpFile } from './gzip-dump.js';
import { JsonLdText, type JsonLdContext } from './jsonld-text.js';
import type { SubjectGroup } from './triple-index.js';

/** Turtle text, one subject block at a time (the writer abbreviates within a subject, so groups may be cut between). */
class TurtleText {
  private readonly pending: string[] = [];
  private readonly writer: Writer;

  constructor(prefixes: Record<string, string>) {
    const { pending } = this;
    const sink = {
      write(chunk: string, _encoding: string, done?: () => void) { pending.push(chunk); done?.(); },
      end(done?: () => void) { done?.(); },
    };
    this.writer = new Writer(sink, { format: 'Turtle', prefixes });
  }

  group(group: SubjectGroup): string {
    for (const triple of group.triples) this.writer.addQuad(triple as Quad);
    return this.pending.splice(0).join('');
  }

  end(): string {
    this.writer.end();
    return this.pending.splice(0).join('');
  }
}

/**
 * The dumps of the distinct triples: `jiyao.nt.gz` (N-Triples), `jiyao.ttl.gz` (Turtle, with prefixes, one block per
 * subject) and `jiyao.jsonld.gz` (one node object per subject), all fed the same subject groups in order.
 */
export class TripleDumps {
  private readonly ntriples: GzipDumpWriter;
  private readonly turtle: GzipDumpWriter;
  private readonly jsonld: GzipDumpWriter;
  private readonly turtleText: TurtleText;
  private readonly jsonldText: JsonLdText;

  constructor(downloadsDir: string, options: { prefixes: Record<string, string>; context: JsonLdContext }) {
    this.ntriples = new GzipDumpWriter(path.join(downloadsDir, 'jiyao.nt.gz'));
    this.turtle = new GzipDumpWriter(path.join(downloadsDir, 'jiyao.ttl.gz'));
    this.jsonld = new GzipDumpWriter(path.join(downloadsDir, 'jiyao.jsonld.gz'));
    this.turtleText = new TurtleText(options.prefixes);
    this.jsonldText = new JsonLdText(options.context);
    this.jsonld.push(this.jsonldText.header());
  }

  async add(groups: readonly SubjectGroup[]): Promise<void> {
    for (const group of groups) {
      for (const line of group.lines) this.ntriples.push(line);
      this.turtle.push(this.turtleText.group(group));
      this.jsonld.push(this.jsonldText.node(group));
    }
    await Promise.all([this.ntriples.settle(), this.turtle.settle(), this.jsonld.settle()]);
  }

  /** Closes the three dumps: N-Triples, Turtle, JSON-LD, in that order. */
  async finish(): Promise<DumpFile[]> {
    this.turtle.push(this.turtleText.end());
    this.jsonld.push(this.jsonldText.footer());
    return Promise.all([this.ntriples.finish(), this.turtle.finish(), this.jsonld.finish()]);
  }
}

/** `jiyao.nq.gz`: each converted page's graph file (its quads in its own named graph), pages in input order. */
export async function writeNQuadsDump(file: string, graphFiles: Iterable<string>): Promise<DumpFile> {
  const dump = new GzipDumpWriter(file);
  for (const graphFile of graphFiles) {
    dump.push(await readFile(graphFile, 'utf8'));
    await dump.settle();
  }
  return dump.finish();
}
