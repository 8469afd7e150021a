// Runs the shared Store contract against RemoteStore on a real Virtuoso (npm run test:e2e), plus Virtuoso's quirks.
import { Parser } from 'n3';
import { afterAll, beforeAll } from 'vitest';
import { batchToNTriples, graphBatches } from '../../src/store/graph-store-batches.js';
import { GraphStoreClient } from '../../src/store/graph-store-client.js';
import { RemoteStore } from '../../src/store/remote-store.js';
import { describeStoreContract, GRAPH_PREFIX } from '../store/contract.js';
import { freePort, startVirtuoso, type VirtuosoServer } from './virtuoso-server.js';

let virtuoso: VirtuosoServer;
beforeAll(async () => {
  virtuoso = await startVirtuoso();
});
afterAll(() => virtuoso?.stop());

describeStoreContract('RemoteStore on Virtuoso', async (nquads) => {
  const client = new GraphStoreClient({
    graphStoreUrl: virtuoso.graphStoreUrl, credentials: { user: virtuoso.user, password: virtuoso.password },
  });
  for await (const batch of graphBatches(new Parser({ format: 'application/n-quads' }).parse(nquads))) {
    await client.putGraph(batch.graph, batchToNTriples(batch));
  }
  return {
    store: new RemoteStore({ queryUrl: virtuoso.queryUrl, graphPrefix: GRAPH_PREFIX }),
    openUnavailable: async () => new RemoteStore({ queryUrl: `http://127.0.0.1:${await freePort()}/sparql` }),
  };
});
