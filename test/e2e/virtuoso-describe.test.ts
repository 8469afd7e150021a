// Resource descriptions from Virtuoso (RemoteStore) are the descriptions the embedded store gives: one code path, two stores.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isomorphic } from 'rdf-isomorphic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/publish/load-dataset.js';
import { EmbeddedStore } from '../../src/store/embedded-store.js';
import { RemoteStore } from '../../src/store/remote-store.js';
import type { Store } from '../../src/store/store.js';
import { describedOrNull } from '../http/described-or-null.js';
import { BUILT_BASE, buildSampleDataset, type BuiltDataset } from '../search/built-dataset.js';
import { startVirtuoso, type VirtuosoServer } from './virtuoso-server.js';

describe('descriptions on Virtuoso and on the embedded store', () => {
  let built: BuiltDataset;
  let virtuoso: VirtuosoServer;
  let remote: RemoteStore;
  let embedded: EmbeddedStore;

  beforeAll(async () => {
    built = await buildSampleDataset();
    virtuoso = await startVirtuoso();
    await loadDataset({ dataDir: built.dataDir, store: { queryUrl: virtuoso.queryUrl, user: virtuoso.user, password: virtuoso.password } });
    remote = new RemoteStore({ queryUrl: virtuoso.queryUrl, graphPrefix: `${BUILT_BASE}graph/` });
    const dump = gunzipSync(await readFile(path.join(built.dataDir, 'downloads', 'jiyao.nq.gz'))).toString('utf8');
    embedded = await EmbeddedStore.open({ nquads: [dump], standby: false });
  });
  afterAll(async () => {
    await embedded?.close();
    await remote?.close();
    await virtuoso?.stop();
    await built?.remove();
  });

  it('are the same graph for every thing of the sample dataset', async () => {
    const result = await embedded.query(`SELECT DISTINCT ?thing WHERE { { ?thing ?p ?o } UNION { ?s ?p ?thing }
      FILTER(isIRI(?thing) && STRSTARTS(STR(?thing), ${JSON.stringify(`${BUILT_BASE}id/`)})) }`, { timeoutMs: 30_000 });
    if (result.kind !== 'bindings') throw new Error('expected rows');
    const things = result.rows.map((row) => row.thing.value);
    expect(things.length).toBeGreaterThan(50);
    for (const iri of things) {
      const [fromVirtuoso, fromEmbedded] = [await describedOrNull(remote, iri, 30_000), await describedOrNull(embedded, iri, 30_000)];
      expect(fromVirtuoso === null, `${iri}: found by one store only`).toBe(fromEmbedded === null);
      if (fromVirtuoso === null || fromEmbedded === null) continue;
      expect(fromVirtuoso.length, `${iri}: number of triples`).toBe(fromEmbedded.length);
      expect(isomorphic(fromVirtuoso, fromEmbedded), `${iri}: descriptions differ`).toBe(true);
    }
  });
});
