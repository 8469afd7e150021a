// The description CONSTRUCT and search SELECT: valid SPARQL for any IRI we accept, refusal of IRIs that could break out.
import sparqljs from 'sparqljs';
import { describe, expect, it } from 'vitest';
import { describeQueries, existsQuery } from '../../src/http/describe-query.js';
import { searchQuery } from '../../src/http/routes/search.js';
import { iriRef, stringLiteral } from '../../src/http/sparql-terms.js';

const parse = (query: string) => new sparqljs.Parser().parse(query);

describe('describeQueries', () => {
  it('are CONSTRUCTs that parse, each about the given IRI', () => {
    const iri = 'https://d.org/id/person/320402/%E5%BC%A0%E4%B8%89';
    const { core, more } = describeQueries(iri);
    for (const query of [...core, ...more]) {
      expect(parse(query)).toMatchObject({ queryType: 'CONSTRUCT' });
      expect(query).toContain(`<${iri}>`);
    }
    expect(parse(existsQuery('https://d.org/id/x'))).toMatchObject({ queryType: 'ASK' });
  });
  it('refuses IRIs that could end the IRI token', () => {
    for (const hostile of ['https://d.org/id/x> } ; DROP ALL ; {', 'https://d.org/a b', 'https://d.org/"', 'https://d.org/\\u003E', 'relative/path']) {
      expect(() => describeQueries(hostile)).toThrow(/cannot be used as an IRI/);
    }
  });
});

describe('SPARQL terms', () => {
  it('escapes string literals so they parse back to the same text', () => {
    for (const text of ['"))} DROP ALL #', 'a\\b', 'line\nbreak\t"q"', '控制\u0001字符', "it's"]) {
      const parsed = parse(`SELECT * WHERE { ?s ?p ${stringLiteral(text)} }`) as { where: { triples: { object: { value: string } }[] }[] };
      expect(parsed.where[0].triples[0].object.value).toBe(text);
    }
  });
  it('writes the search query with the text as one literal', () => {
    const parsed = parse(searchQuery('"} ; DELETE')) as { queryType: string; limit: number };
    expect(parsed.queryType).toBe('SELECT');
    expect(parsed.limit).toBe(50);
    expect(iriRef('urn:x:1')).toBe('<urn:x:1>');
  });
});
