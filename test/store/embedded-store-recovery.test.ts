// The embedded store recovers from a query that crashes its WebAssembly engine.
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../src/store/embedded-store.js';

describe('EmbeddedStore after an engine trap', () => {
  const opened = EmbeddedStore.open({ nquads: ['<http://e/s> <http://e/p> "o" <http://e/g> .\n'] });
  afterAll(async () => (await opened).close());

  it('answers the next query after a query that overflows the engine', async () => {
    const store = await opened;
    const deep = `SELECT * WHERE { ${'{ '.repeat(3000)}?s ?p ?o${' }'.repeat(3000)} }`;
    await expect(store.query(deep, { timeoutMs: 20_000 })).rejects.toThrow();
    const after = await store.query('ASK { ?s ?p "o" }', { timeoutMs: 20_000 });
    expect(after).toEqual({ kind: 'boolean', value: true });
    const again = await store.query('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }', { timeoutMs: 20_000 });
    expect(again.kind).toBe('bindings');
  });
});
