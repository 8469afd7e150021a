// /health: 200 {status:'ok', triples} when the store answers, 503 otherwise.
import { Router } from 'express';
import type { RouteContext } from '../context.js';
import { serviceUnavailable, toHttpError } from '../errors.js';

/** Budget of the health probe's query. */
const PROBE_TIMEOUT_MS = 2000;

/** The /health route (mount at the root). The triple count is read once from the store and kept. */
export function healthRouter(ctx: RouteContext): Router {
  const router = Router();
  let triples: number | undefined;
  router.get('/health', async (_req, res) => {
    try {
      await ctx.store.query('ASK {}', { timeoutMs: PROBE_TIMEOUT_MS });
      triples ??= (await ctx.site()).manifest.triples ?? (await ctx.store.countQuads());
    } catch (error) {
      const mapped = toHttpError(error);
      throw mapped.kind === 'unavailable' ? mapped : serviceUnavailable('The data store is not answering.');
    }
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'ok', triples });
  });
  return router;
}
