// rdflib 6's N-Triples line grammar, as the gate in front of n3 (expected answers are rdflib's).
import { describe, expect, it } from 'vitest';
import { firstRejectedLine, isRdflibLine, rdflibLines } from '../../src/check/rdflib-lines.js';
import { parseNTriples } from '../../src/check/graph.js';

const S = '<http://x/s>';
const P = '<http://x/p>';

describe('isRdflibLine', () => {
  it('accepts triples with spaces or tabs between terms, a comment after the dot, blank and comment lines', () => {
    for (const line of [`${S} ${P} "a" .`, `${S}\t${P}\t"a"\t.`, `${S} ${P} "a".`, `${S} ${P} "a" . # note`, '', '   ', '# c',
      `_:b.1 ${P} "x"@zh-Hans .`, `${S} ${P} "x"^^<xsd:string> .`]) {
      expect([line, isRdflibLine(line)]).toEqual([line, true]);
    }
  });

  it('rejects what rdflib rejects although n3 reads it', () => {
    for (const line of [`\ufeff${S} ${P} "a" .`, `${S}${P}"a" .`, `${S} ${P} "a" . ${S} ${P} "b" .`, `${S} ${P} <rel> .`]) {
      expect([line, isRdflibLine(line)]).toEqual([line, false]);
    }
  });
});

describe('parseNTriples', () => {
  it('splits lines at CRLF, CR and LF and stops at the first rejected line, keeping the ones before', () => {
    expect(rdflibLines('a\r\nb\rc\nd\n')).toEqual(['a', 'b', 'c', 'd']);
    const text = `${S} ${P} "a" .\r${S}${P}"b" .\n${S} ${P} "c" .\n`;
    expect(firstRejectedLine(rdflibLines(text))).toBe(1);
    const parsed = parseNTriples(text);
    expect(parsed.parseError).toMatch(/line 2/);
    expect(parsed.graph.triples().map((t) => t.object)).toMatchObject([{ kind: 'literal', lexical: 'a' }]);
  });

  it('keeps one copy of a repeated triple, like an rdflib graph, also when integer forms differ', () => {
    const xsdInt = '<http://www.w3.org/2001/XMLSchema#integer>';
    const parsed = parseNTriples(`${S} ${P} "1"^^${xsdInt} .\n${S} ${P} "01"^^${xsdInt} .\n${S} ${P} "1"^^${xsdInt} .\n`);
    expect(parsed.graph.triples()).toHaveLength(1);
  });
});
