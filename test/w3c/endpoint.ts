// Test helper: serves a Store through createSparqlRouter on an ephemeral port (used by the protocol and W3C tests).
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createSparqlRouter, type SparqlRouterDeps } from '../../src/http/sparql/index.js';
import type { Store } from '../../src/store/store.js';

/** A running endpoint: `url` is the SPARQL endpoint (…/sparql). */
export interface RunningEndpoint {
  url: string;
  close(): Promise<void>;
}

/** Starts an express app with the router mounted at /sparql on port 0. */
export async function startEndpoint(store: Store, overrides: Partial<SparqlRouterDeps> = {}): Promise<RunningEndpoint> {
  const app = express();
  app.use('/sparql', createSparqlRouter({
    store,
    timeoutMs: 30_000,
    maxRows: 100_000,
    maxBodyBytes: 1_000_000,
    serviceUrl: (req) => `${req.protocol}://${req.get('host')}/sparql`,
    ...overrides,
  }));
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sparql`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
