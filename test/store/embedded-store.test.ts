// Tests the embedded oxigraph store: results by form, dataset selection, typed errors, timeout recovery.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../src/store/embedded-store.js';
import {
  QuerySyntaxError, QueryTimeoutError, ResultTooLargeError, StoreUnavailableError,
} from '../../src/store/store.js';

const EX = 'http://example.org/';
const NQUADS = [
  `<${EX}a> <${EX}p> "一" <${EX}page1> .\n<${EX}a> <${EX}q> _:b1 <${EX}page1> .\n`,
  `<${EX}b> <${EX}p> "二"@zh <${EX}page2> .\n`,
];
/** Many triples so that a cross product runs for a long time. */
const BIG = Array.from({ length: 300 }, (_, i) => `<${EX}s${i}> <${EX}n> "${i}" <${EX}big> .`).join('\n');

describe('EmbeddedStore', () => {
  let store: EmbeddedStore;
  beforeAll(async () => {
    store = await EmbeddedStore.open({ nquads: [...NQUADS, BIG] });
  });
  afterAll(() => store.close());

  it('counts quads', async () => {
    expect(await store.countQuads()).toBe(303);
  });

  it('answers SELECT over the union of the named graphs', async () => {
    const result = await store.query(`SELECT ?o WHERE { ?s <${EX}p> ?o } ORDER BY ?o`, { timeoutMs: 5000 });
    expect(result.kind).toBe('bindings');
    if (result.kind !== 'bindings') return;
    expect(result.variables).toEqual(['o']);
    expect(result.rows.map((row) => [row.o.value, row.o.termType])).toEqual([['一', 'Literal'], ['二', 'Literal']]);
    expect(result.rows.map((row) => (row.o as { language: string }).language)).toEqual(['', 'zh']);
  });

  it('answers by the query text whatever form the caller hints', async () => {
    const construct = `CONSTRUCT WHERE { <${EX}a> <${EX}p> ?o }`;
    const select = `SELECT ?o WHERE { <${EX}a> <${EX}p> ?o }`;
    for (const form of ['CONSTRUCT', 'SELECT', undefined] as const) {
      const graph = await store.query(construct, { timeoutMs: 5000, form });
      expect(graph.kind === 'quads' && graph.quads.map((q) => q.object.value)).toEqual(['一']);
      const rows = await store.query(select, { timeoutMs: 5000, form });
      expect(rows.kind === 'bindings' && rows.rows.map((row) => row.o.value)).toEqual(['一']);
    }
    const ask = await store.query(`ASK { <${EX}a> <${EX}p> "一" }`, { timeoutMs: 5000, form: 'DESCRIBE' });
    expect(ask).toEqual({ kind: 'boolean', value: true });
    await expect(store.query(`CONSTRUCT WHERE { ?s ?p }`, { timeoutMs: 5000, form: 'CONSTRUCT' })).rejects.toBeInstanceOf(QuerySyntaxError);
  });

  it('answers ASK and CONSTRUCT', async () => {
    expect(await store.query(`ASK { <${EX}a> <${EX}p> "一" }`, { timeoutMs: 5000 })).toEqual({ kind: 'boolean', value: true });
    const graph = await store.query(`CONSTRUCT WHERE { <${EX}a> ?p ?o }`, { timeoutMs: 5000 });
    expect(graph.kind).toBe('quads');
    if (graph.kind !== 'quads') return;
    expect(graph.quads.map((q) => q.object.termType).sort()).toEqual(['BlankNode', 'Literal']);
  });

  it('restricts the dataset to the protocol graphs', async () => {
    const onlyPage2 = { timeoutMs: 5000, defaultGraphUris: [`${EX}page2`] };
    expect(await store.query(`ASK { <${EX}a> ?p ?o }`, onlyPage2)).toEqual({ kind: 'boolean', value: false });
    expect(await store.query(`ASK { <${EX}b> ?p ?o }`, onlyPage2)).toEqual({ kind: 'boolean', value: true });
    const named = { timeoutMs: 5000, namedGraphUris: [`${EX}page1`] };
    const result = await store.query('SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }', named);
    expect(result.kind === 'bindings' && result.rows.map((row) => row.g.value)).toEqual([`${EX}page1`]);
  });

  it('rejects a bad query with QuerySyntaxError', async () => {
    await expect(store.query('SELECT * WHERE {', { timeoutMs: 5000 })).rejects.toBeInstanceOf(QuerySyntaxError);
  });

  it('refuses results above maxRows instead of cutting them', async () => {
    const query = `SELECT ?s WHERE { ?s <${EX}n> ?o }`;
    await expect(store.query(query, { timeoutMs: 5000, maxRows: 299 })).rejects.toBeInstanceOf(ResultTooLargeError);
    const exact = await store.query(query, { timeoutMs: 5000, maxRows: 300 });
    expect(exact.kind === 'bindings' && exact.rows.length).toBe(300);
    const construct = `CONSTRUCT WHERE { ?s <${EX}n> ?o }`;
    await expect(store.query(construct, { timeoutMs: 5000, maxRows: 10 })).rejects.toBeInstanceOf(ResultTooLargeError);
  });

  it('abandons a query past its timeout and keeps answering', async () => {
    const slow = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }';
    const queued = store.query('ASK {}', { timeoutMs: 60_000 });
    const killed = store.query(slow, { timeoutMs: 50 });
    const after = store.query(`ASK { <${EX}b> ?p ?o }`, { timeoutMs: 60_000 });
    await expect(killed).rejects.toBeInstanceOf(QueryTimeoutError);
    expect(await queued).toEqual({ kind: 'boolean', value: true });
    expect(await after).toEqual({ kind: 'boolean', value: true });
    await expect(store.query(slow, { timeoutMs: 50 })).rejects.toBeInstanceOf(QueryTimeoutError);
    expect(await store.countQuads()).toBe(303);
  });
});

describe('EmbeddedStore options', () => {
  it('keeps the real default graph when union mode is off', async () => {
    const store = await EmbeddedStore.open({
      nquads: NQUADS,
      sources: [{ text: `<${EX}d> <${EX}p> <${EX}e> .`, format: 'text/turtle' }],
      unionDefaultGraph: false,
      standby: false,
    });
    try {
      expect(await store.query(`ASK { <${EX}a> ?p ?o }`, { timeoutMs: 5000 })).toEqual({ kind: 'boolean', value: false });
      expect(await store.query(`ASK { <${EX}d> ?p ?o }`, { timeoutMs: 5000 })).toEqual({ kind: 'boolean', value: true });
    } finally {
      await store.close();
    }
    await expect(store.countQuads()).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('fails to open on unreadable data', async () => {
    await expect(EmbeddedStore.open({ nquads: ['<not closed'] })).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
