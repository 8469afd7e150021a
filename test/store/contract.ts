// The Store contract: one suite that every Store implementation (embedded oxigraph, remote Virtuoso) must pass.
import type { Quad } from '@rdfjs/types';
import { DataFactory, Parser } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  QuerySyntaxError, QueryTimeoutError, ResultTooLargeError, StoreUnavailableError, type QueryResult, type Store,
} from '../../src/store/store.js';

/** Namespace of the fixture's things. */
export const EX = 'http://contract.example/id/';
/** Every fixture graph starts with this (a remote store counts only these: it has graphs of its own). */
export const GRAPH_PREFIX = 'http://contract.example/graph/';
const P1 = `${GRAPH_PREFIX}page1`, P2 = `${GRAPH_PREFIX}page2`, BIG = `${GRAPH_PREFIX}big`;
const XSD = 'http://www.w3.org/2001/XMLSchema#';
/** Rows in the big graph: enough for a cross product that runs for a long time. */
const BIG_ROWS = 300;

/** The fixture: two "pages" (named graphs) with Chinese literals, a language tag, typed literals, a blank node, a shared triple. */
export const CONTRACT_NQUADS = [
  `<${EX}m1> <${EX}title> "第一次常务会议" <${P1}> .`,
  `<${EX}m1> <${EX}chair> <${EX}p1> <${P1}> .`,
  `<${EX}m1> <${EX}date> "2023-05-04"^^<${XSD}date> <${P1}> .`,
  `<${EX}m1> <${EX}items> "3"^^<${XSD}integer> <${P1}> .`,
  `<${EX}m1> <${EX}evidence> _:e1 <${P1}> .`,
  `_:e1 <${EX}quote> "会议由县长张三主持" <${P1}> .`,
  `<${EX}p1> <${EX}name> "张三"@zh <${P1}> .`,
  `<${EX}gov> <${EX}name> "县政府" <${P1}> .`,
  `<${EX}m2> <${EX}title> "第二次常务会议" <${P2}> .`,
  `<${EX}m2> <${EX}chair> <${EX}p2> <${P2}> .`,
  `<${EX}p2> <${EX}name> "李四"@zh <${P2}> .`,
  `<${EX}gov> <${EX}name> "县政府" <${P2}> .`,
  ...Array.from({ length: BIG_ROWS }, (_, i) => `<${EX}s${i}> <${EX}n> "${i}" <${BIG}> .`),
].join('\n') + '\n';

/** What an implementation's test file supplies. */
export interface ContractSubject {
  /** A store holding exactly the quads of `nquads` (plus, for a remote store, graphs outside {@link GRAPH_PREFIX}). */
  store: Store;
  /** A store of the same kind whose engine is not there (unreachable endpoint, crashed or closed engine). */
  openUnavailable(): Promise<Store>;
}

const OPTIONS = { timeoutMs: 20_000 };

function parseTurtle(text: string): Quad[] {
  return new Parser({ format: 'text/turtle' }).parse(text);
}

function quadsOf(result: QueryResult): Quad[] {
  if (result.kind !== 'quads') throw new Error(`expected quads, got ${result.kind}`);
  return result.quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
}

function rowsOf(result: QueryResult): Array<Record<string, string>> {
  if (result.kind !== 'bindings') throw new Error(`expected bindings, got ${result.kind}`);
  return result.rows.map((row) => Object.fromEntries(Object.entries(row).map(([name, term]) => [name, describeTerm(term)])));
}

/** A term as `<iri>`, `_:`, or `"value"@lang` / `"value"^^<datatype>`. */
function describeTerm(term: { termType: string; value: string; language?: string; datatype?: { value: string } }): string {
  if (term.termType === 'NamedNode') return `<${term.value}>`;
  if (term.termType === 'BlankNode') return '_:';
  if (term.language) return `"${term.value}"@${term.language}`;
  return `"${term.value}"^^<${term.datatype?.value}>`;
}

/** Registers the contract suite for one Store implementation. */
export function describeStoreContract(name: string, openStoreWithData: (nquads: string) => Promise<ContractSubject>): void {
  describe(`Store contract: ${name}`, () => {
    let subject: ContractSubject;
    let store: Store;
    beforeAll(async () => {
      subject = await openStoreWithData(CONTRACT_NQUADS);
      store = subject.store;
    });
    afterAll(() => store?.close());

    describeAnswers(() => store);
    describeFailures(() => store, () => subject);
  });
}

function describeAnswers(store: () => Store): void {
  it('counts the quads of the dataset', async () => {
    expect(await store().countQuads()).toBe(12 + BIG_ROWS);
  });

  it('answers SELECT over the union of the page graphs, with term types intact', async () => {
    const result = await store().query(`SELECT ?m ?title ?name WHERE {
      ?m <${EX}title> ?title ; <${EX}chair> ?p . ?p <${EX}name> ?name } ORDER BY ?m`, OPTIONS);
    expect(result.kind === 'bindings' && result.variables).toEqual(['m', 'title', 'name']);
    expect(rowsOf(result)).toEqual([
      { m: `<${EX}m1>`, title: `"第一次常务会议"^^<${XSD}string>`, name: '"张三"@zh' },
      { m: `<${EX}m2>`, title: `"第二次常务会议"^^<${XSD}string>`, name: '"李四"@zh' },
    ]);
  });

  it('keeps typed literals and blank nodes in SELECT', async () => {
    const result = await store().query(`SELECT ?date ?items ?e WHERE { <${EX}m1> <${EX}date> ?date ; <${EX}items> ?items ; <${EX}evidence> ?e }`, OPTIONS);
    expect(rowsOf(result)).toEqual([{ date: `"2023-05-04"^^<${XSD}date>`, items: `"3"^^<${XSD}integer>`, e: '_:' }]);
  });

  it('keeps one copy per page of a triple that several pages state (the union is not deduplicated)', async () => {
    const count = await store().query(`SELECT (COUNT(*) AS ?n) WHERE { <${EX}gov> <${EX}name> ?name }`, OPTIONS);
    expect(rowsOf(count)).toEqual([{ n: `"2"^^<${XSD}integer>` }]);
    const distinct = await store().query(`SELECT DISTINCT ?name WHERE { <${EX}gov> <${EX}name> ?name }`, OPTIONS);
    expect(rowsOf(distinct)).toEqual([{ name: `"县政府"^^<${XSD}string>` }]);
  });

  it('answers ASK true and false', async () => {
    expect(await store().query(`ASK { <${EX}m1> <${EX}chair> <${EX}p1> }`, OPTIONS)).toEqual({ kind: 'boolean', value: true });
    expect(await store().query(`ASK { <${EX}m1> <${EX}chair> <${EX}p2> }`, OPTIONS)).toEqual({ kind: 'boolean', value: false });
  });

  it('answers CONSTRUCT with a graph isomorphic to the expected one (blank nodes included)', async () => {
    const result = await store().query(`CONSTRUCT { ?m <${EX}quote> ?q ; <${EX}title> ?t } WHERE { ?m <${EX}evidence> ?e ; <${EX}title> ?t . ?e <${EX}quote> ?q }`, OPTIONS);
    const expected = parseTurtle(`<${EX}m1> <${EX}quote> "会议由县长张三主持" ; <${EX}title> "第一次常务会议" .`);
    expect(isomorphic(quadsOf(result), expected)).toBe(true);
  });

  it('answers DESCRIBE with the resource and its blank-node closure', async () => {
    const result = await store().query(`DESCRIBE <${EX}p1>`, OPTIONS);
    expect(isomorphic(quadsOf(result), parseTurtle(`<${EX}p1> <${EX}name> "张三"@zh .`))).toBe(true);
  });

  it('lists the page graphs with GRAPH ?g', async () => {
    const result = await store().query(`SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "${GRAPH_PREFIX}")) } ORDER BY ?g`, OPTIONS);
    expect(rowsOf(result).map((row) => row.g)).toEqual([`<${BIG}>`, `<${P1}>`, `<${P2}>`]);
  });

  it('restricts the dataset to the protocol default-graph-uri and named-graph-uri', async () => {
    const onlyPage2 = { ...OPTIONS, defaultGraphUris: [P2] };
    expect(await store().query(`ASK { <${EX}m1> ?p ?o }`, onlyPage2)).toEqual({ kind: 'boolean', value: false });
    expect(await store().query(`ASK { <${EX}m2> ?p ?o }`, onlyPage2)).toEqual({ kind: 'boolean', value: true });
    const noNamed = await store().query('SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }', onlyPage2);
    expect(rowsOf(noNamed)).toEqual([]);
    const named = { ...OPTIONS, namedGraphUris: [P1] };
    const graphs = await store().query('SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }', named);
    expect(rowsOf(graphs)).toEqual([{ g: `<${P1}>` }]);
    expect(await store().query(`ASK { <${EX}m1> ?p ?o }`, named)).toEqual({ kind: 'boolean', value: false });
  });

  it('resolves relative IRIs against baseIri', async () => {
    const result = await store().query('SELECT ?name WHERE { <p2> <name> ?name }', { ...OPTIONS, baseIri: EX });
    expect(rowsOf(result)).toEqual([{ name: '"李四"@zh' }]);
  });

  it('returns results of exactly maxRows rows', async () => {
    const select = await store().query(`SELECT ?s WHERE { ?s <${EX}n> ?o }`, { ...OPTIONS, maxRows: BIG_ROWS });
    expect(rowsOf(select)).toHaveLength(BIG_ROWS);
    const construct = await store().query(`CONSTRUCT WHERE { ?s <${EX}n> ?o }`, { ...OPTIONS, maxRows: BIG_ROWS });
    expect(quadsOf(construct)).toHaveLength(BIG_ROWS);
  });
}

function describeFailures(store: () => Store, subject: () => ContractSubject): void {
  it('refuses a result above maxRows with ResultTooLargeError, never cutting it', async () => {
    const limits = { ...OPTIONS, maxRows: BIG_ROWS - 1 };
    await expect(store().query(`SELECT ?s WHERE { ?s <${EX}n> ?o }`, limits)).rejects.toBeInstanceOf(ResultTooLargeError);
    await expect(store().query(`CONSTRUCT WHERE { ?s <${EX}n> ?o }`, limits)).rejects.toBeInstanceOf(ResultTooLargeError);
  });

  it('rejects a malformed query with QuerySyntaxError', async () => {
    await expect(store().query('SELECT * WHERE {', OPTIONS)).rejects.toBeInstanceOf(QuerySyntaxError);
  });

  it('rejects SPARQL Update (the store is read-only)', async () => {
    const update = `INSERT DATA { GRAPH <${P1}> { <${EX}x> <${EX}y> "z" } }`;
    await expect(store().query(update, OPTIONS)).rejects.toBeInstanceOf(QuerySyntaxError);
    expect(await store().query(`ASK { <${EX}x> ?p ?o }`, OPTIONS)).toEqual({ kind: 'boolean', value: false });
  });

  it('abandons a query past its timeout with QueryTimeoutError and keeps answering', async () => {
    const crossProduct = `SELECT (COUNT(*) AS ?n) WHERE { ?a <${EX}n> ?x . ?b <${EX}n> ?y . ?c <${EX}n> ?z .
      FILTER(STRLEN(CONCAT(?x, ?y, ?z)) > 100) }`;
    await expect(store().query(crossProduct, { timeoutMs: 100 })).rejects.toBeInstanceOf(QueryTimeoutError);
    expect(await store().query(`ASK { <${EX}m1> ?p ?o }`, OPTIONS)).toEqual({ kind: 'boolean', value: true });
  });

  it('rejects with StoreUnavailableError when the engine is not there', async () => {
    const down = await subject().openUnavailable();
    await expect(down.query('ASK {}', OPTIONS)).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(down.countQuads()).rejects.toBeInstanceOf(StoreUnavailableError);
    await down.close();
  });

  it('rejects with StoreUnavailableError once closed', async () => {
    const other = await subject().openUnavailable();
    await other.close();
    await expect(other.query('ASK {}', OPTIONS)).rejects.toBeInstanceOf(StoreUnavailableError);
  });
}
