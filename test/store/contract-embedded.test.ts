// Runs the shared Store contract against the embedded oxigraph store (npm test).
import { EmbeddedStore } from '../../src/store/embedded-store.js';
import { describeStoreContract } from './contract.js';

describeStoreContract('EmbeddedStore', async (nquads) => ({
  store: await EmbeddedStore.open({ nquads: [nquads] }),
  openUnavailable: async () => {
    const store = await EmbeddedStore.open({ nquads: [], standby: false });
    await store.close();
    return store;
  },
}));
