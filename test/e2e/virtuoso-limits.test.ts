// RemoteStore against a Virtuoso left with capping limits: partial answers must surface as typed errors, never as data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphStoreClient } from '../../src/store/graph-store-client.js';
import { RemoteStore } from '../../src/store/remote-store.js';
import { QueryTimeoutError, ResultTooLargeError } from '../../src/store/store.js';
import { startVirtuoso, type VirtuosoServer } from './virtuoso-server.js';

const EX = 'http://limits.example/';
const ROWS = 300;

describe('RemoteStore on a Virtuoso that cuts results (ResultSetMaxRows 5, MaxQueryExecutionTime 1 s)', () => {
  let virtuoso: VirtuosoServer;
  let store: RemoteStore;
  beforeAll(async () => {
    virtuoso = await startVirtuoso({ resultSetMaxRows: 5, maxQueryExecutionTime: 1 });
    const client = new GraphStoreClient({
      graphStoreUrl: virtuoso.graphStoreUrl, credentials: { user: virtuoso.user, password: virtuoso.password },
    });
    const ntriples = Array.from({ length: ROWS }, (_, i) => `<${EX}s${i}> <${EX}n> "${i}" .\n`).join('');
    await client.putGraph(`${EX}graph/big`, ntriples);
    store = new RemoteStore({ queryUrl: virtuoso.queryUrl });
  });
  afterAll(async () => {
    await store?.close();
    await virtuoso?.stop();
  });

  it('answers a SELECT below the server cap', async () => {
    const result = await store.query(`SELECT ?s WHERE { ?s <${EX}n> "7" }`, { timeoutMs: 20_000 });
    expect(result.kind === 'bindings' && result.rows.map((row) => row.s.value)).toEqual([`${EX}s7`]);
  });

  it('refuses a SELECT cut at the server row cap (X-SPARQL-MaxRows) with ResultTooLargeError', async () => {
    const error = await store.query(`SELECT ?s WHERE { ?s <${EX}n> ?o }`, { timeoutMs: 20_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResultTooLargeError);
    expect((error as ResultTooLargeError).maxRows).toBe(5);
  });

  it('refuses a query stopped by the server time limit with QueryTimeoutError', async () => {
    const crossProduct = `SELECT (COUNT(*) AS ?n) WHERE { ?a <${EX}n> ?x . ?b <${EX}n> ?y . ?c <${EX}n> ?z .
      FILTER(STRLEN(CONCAT(?x, ?y, ?z)) > 100) }`;
    await expect(store.query(crossProduct, { timeoutMs: 60_000 })).rejects.toBeInstanceOf(QueryTimeoutError);
  });
});
