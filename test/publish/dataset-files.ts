// Test helpers: read back a built dataset (gunzip dumps, parse them, hash files).
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Quad } from '@rdfjs/types';
import jsonld from 'jsonld';
import { DataFactory, Parser } from 'n3';

/** Text of a gzip dump. */
export async function gunzipText(file: string): Promise<string> {
  return gunzipSync(await readFile(file)).toString('utf8');
}

/** Parses N-Quads, N-Triples or Turtle text. */
export function parseRdf(text: string, format: 'N-Quads' | 'N-Triples' | 'Turtle'): Quad[] {
  return new Parser({ format }).parse(text) as Quad[];
}

type JsonLdTerm = { termType: string; value: string; datatype?: { value: string }; language?: string };

function toTerm(term: JsonLdTerm) {
  if (term.termType === 'BlankNode') return DataFactory.blankNode(term.value.replace(/^_:/, ''));
  if (term.termType === 'Literal') {
    return DataFactory.literal(term.value, term.language || (term.datatype ? DataFactory.namedNode(term.datatype.value) : undefined));
  }
  return DataFactory.namedNode(term.value);
}

/** Parses JSON-LD text to triples with jsonld.js (no network: the context is inline). */
export async function parseJsonLd(text: string): Promise<Quad[]> {
  const rdf = (await jsonld.toRDF(JSON.parse(text))) as unknown as Array<Record<'subject' | 'predicate' | 'object', JsonLdTerm>>;
  return rdf.map((q) => DataFactory.quad(toTerm(q.subject) as never, toTerm(q.predicate) as never, toTerm(q.object) as never) as Quad);
}

/** Drops graphs: the triples of a set of quads. */
export function triplesOf(quads: readonly Quad[]): Quad[] {
  return quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object) as Quad);
}

/** SHA-256 (hex) of a file. */
export async function sha256File(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}

/** Every file under a folder (relative path → sha256), to compare folders before and after. */
export async function folderFingerprint(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    result[path.relative(dir, file)] = await sha256File(file);
  }
  return result;
}

/** Removes duplicate triples (same subject, predicate, object). */
export function distinctTriples(quads: readonly Quad[]): Quad[] {
  const seen = new Map<string, Quad>();
  for (const q of triplesOf(quads)) seen.set(JSON.stringify([q.subject, q.predicate, q.object].map((t) => [t.termType, t.value, (t as { language?: string }).language, (t as { datatype?: { value: string } }).datatype?.value])), q);
  return [...seen.values()];
}
