// One served sample dataset per test file: built from three corpus pages, served on 127.0.0.1 port 0.
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer } from '../../src/http/server.js';
import { buildSampleDataset, type BuiltDataset } from '../search/built-dataset.js';

/** Registers beforeAll/afterAll hooks; `url()` gives the server's base URL once it runs. */
export function serveSampleDataset(): { url(): string } {
  let built: BuiltDataset | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    built = await buildSampleDataset();
    server = await startServer({ dataDir: built.dataDir, port: 0, host: '127.0.0.1' });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await built?.remove();
  });
  return {
    url: () => {
      if (!server) throw new Error('the sample server is not running');
      return server.url;
    },
  };
}
