// toNTriples writes exactly what N3.Writer writes (lines sorted, duplicates dropped), whatever the terms:
// N3 terms or other RDF/JS terms, characters that need escaping, language tags, datatypes, blank nodes.

import fc from 'fast-check';
import { DataFactory, Writer } from 'n3';
import type { Quad, Quad_Object, Quad_Predicate, Quad_Subject, Term } from '@rdfjs/types';
import { describe, expect, it } from 'vitest';
import { escapeNTriples } from '../../src/rdf/ntriples-terms.js';
import { QuadBuilder } from '../../src/rdf/quad-builder.js';
import { toNTriples } from '../../src/rdf/serialize.js';

/** Fixed so that `npm test` is repeatable; fast-check prints the seed of a failure to replay. */
const SEED = 20240611;
const XSD = 'http://www.w3.org/2001/XMLSchema#';

/** What toNTriples promises: N3.Writer's N-Triples lines in code-unit order, each once. */
function writerReference(quads: readonly Quad[]): string {
  const writer = new Writer({ format: 'N-Triples' });
  const lines = quads.map((q) => writer.quadToString(q.subject, q.predicate, q.object)).sort();
  return lines.filter((line, i) => i === 0 || line !== lines[i - 1]).join('');
}

/** Terms shaped like those of other RDF/JS libraries (oxigraph): no N3 `id`, language as given. */
const plain = {
  namedNode: (value: string) => ({ termType: 'NamedNode', value, equals: (o: Term | null) => o?.value === value }) as unknown as Quad_Subject,
  blankNode: (value: string) => ({ termType: 'BlankNode', value, equals: (o: Term | null) => o?.value === value }) as unknown as Quad_Subject,
  literal: (value: string, language: string, datatype: string, direction = '') =>
    ({ termType: 'Literal', value, language, direction, datatype: plain.namedNode(datatype), equals: () => false }) as unknown as Quad_Object,
};

/** Text with the characters that need escaping (controls, quote, backslash, U+FFFE/F, lone surrogates), spaces and CJK. */
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(' ', '"', '\\', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u001f', '\u007f', '\ufffe', '\uffff', '\ud800', '>', '@', '^', '会', '议'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('a', 'b', '/', '#'),
    ),
    { maxLength: 12 },
  )
  .map((chars) => chars.join(''));

const iri = fc.oneof(fc.constantFrom('https://ex.org/a', 'https://ex.org/b', 'https://ex.org/a b', 'https://ex.org/a> !b'), text.map((t) => `https://ex.org/${t}`));
const language = fc.constantFrom('zh-Hans', 'zh-latn-pinyin', 'EN', 'en');
const datatype = fc.constantFrom(`${XSD}string`, `${XSD}integer`, `${XSD}date`, 'https://ex.org/d"t');

/** A literal with a base direction (n3 writes `@lang--rtl`; @types/n3 does not know the argument yet). */
const directional = (value: string, language: string): Quad_Object =>
  (DataFactory.literal as (value: string, languageOrDatatype: unknown) => Quad_Object)(value, { language, direction: 'rtl' });

const n3Subject = fc.oneof(iri.map((v) => DataFactory.namedNode(v)), text.map((v) => DataFactory.blankNode(`b${v.length}`)));
const n3Object = fc.oneof(
  iri.map((v) => DataFactory.namedNode(v)),
  fc.tuple(text, language).map(([v, l]) => DataFactory.literal(v, l)),
  fc.tuple(text, language).map(([v, l]) => directional(v, l)),
  fc.tuple(text, datatype).map(([v, d]) => DataFactory.literal(v, DataFactory.namedNode(d))),
);
const plainSubject = fc.oneof(iri.map(plain.namedNode), fc.constantFrom('x', 'y1').map(plain.blankNode));
const plainObject = fc.oneof(
  iri.map(plain.namedNode),
  fc.tuple(text, language).map(([v, l]) => plain.literal(v, l, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString')),
  fc.tuple(text, datatype).map(([v, d]) => plain.literal(v, '', d)),
);
const predicate = fc.constantFrom('https://ex.org/p', 'https://ex.org/q', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type');

const quadOf = (s: Quad_Subject, p: string, o: Quad_Object): Quad => DataFactory.quad(s, DataFactory.namedNode(p) as Quad_Predicate, o);
const n3Quad = fc.tuple(n3Subject, predicate, n3Object).map(([s, p, o]) => quadOf(s, p, o));
const plainQuad = fc.tuple(plainSubject, predicate, plainObject).map(([s, p, o]) => quadOf(s, p, o));

describe('toNTriples', () => {
  it('writes what N3.Writer writes, sorted and deduplicated, for N3 and other RDF/JS terms (property, seeded)', () => {
    const quads = fc.array(fc.oneof(n3Quad, plainQuad), { maxLength: 40 }).chain((qs) => fc.shuffledSubarray([...qs, ...qs]));
    fc.assert(
      fc.property(quads, (qs) => {
        expect(toNTriples(qs)).toBe(writerReference(qs));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('writes quoted-triple objects as N3.Writer does', () => {
    const s = DataFactory.namedNode('https://ex.org/s');
    const p = DataFactory.namedNode('https://ex.org/p');
    const quoted = DataFactory.quad(s, p, DataFactory.literal('x'));
    const quads = [DataFactory.quad(s, p, quoted as unknown as Quad_Object), DataFactory.quad(s, p, DataFactory.literal('y'))];
    expect(toNTriples(quads)).toBe(writerReference(quads));
    expect(toNTriples(quads)).toContain('<<(');
  });
});

describe('escapeNTriples', () => {
  it('escapes every UTF-16 code unit as N3.Writer escapes a literal value', () => {
    const writer = new Writer({ format: 'N-Triples' });
    const s = DataFactory.namedNode('https://ex.org/s');
    const p = DataFactory.namedNode('https://ex.org/p');
    const differing: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const value = String.fromCharCode(c);
      const line = writer.quadToString(s, p, DataFactory.literal(value));
      if (`<https://ex.org/s> <https://ex.org/p> "${escapeNTriples(value)}" .\n` !== line) differing.push(`U+${c.toString(16)}`);
    }
    expect(differing).toEqual([]);
  });
});

describe('QuadBuilder', () => {
  it('keeps each triple once, in the order first added, however many objects a subject and predicate have', () => {
    const b = new QuadBuilder('https://ex.org/graph');
    const values = Array.from({ length: 40 }, (_, i) => `v${i}`);
    for (let round = 0; round < 2; round++) {
      for (const v of values) b.plain('https://ex.org/s', 'https://ex.org/p', v);
      b.text('https://ex.org/s', 'https://ex.org/q', 'only once');
      b.iri('https://ex.org/s', 'https://ex.org/r', 'https://ex.org/o');
    }
    b.plain('https://ex.org/t', 'https://ex.org/p', 'v0');
    const added = b.quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`);
    expect(added).toEqual([
      ...values.map((v) => `https://ex.org/s https://ex.org/p ${v}`),
      'https://ex.org/s https://ex.org/q only once',
      'https://ex.org/s https://ex.org/r https://ex.org/o',
      'https://ex.org/t https://ex.org/p v0',
    ]);
  });
});
