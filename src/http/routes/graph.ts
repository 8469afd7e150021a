// /graph/{key}: the current content of one page's named graph (N-Quads, N-Triples, Turtle) for mirrors of the change feed.
import { Router, type Request, type Response } from 'express';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from 'n3';
import { toNTriples, toTurtle } from '../../rdf/serialize.js';
import { IriScheme } from '../../rdf/iris.js';
import { PREFIXES } from '../../vocab/index.js';
import type { ServedChangeLog } from '../change-log-reader.js';
import type { RouteContext } from '../context.js';
import { notFound } from '../errors.js';
import { GRAPH_FORMATS, negotiateFeedFormat, sendFeedBody, sendGone, type FeedFormat } from '../feed-formats.js';
import { publicBaseOf, requestPathToIriPath } from '../public-base.js';

/**
 * The file `graphs/{key}.nq` of a graph key (the page's relative path), or null when the key could climb out of
 * graphs/ (empty, `.`/`..` or hidden segments, backslashes, NUL).
 */
export function graphFileOf(dataDir: string, key: string): string | null {
  const segments = key.split('/');
  if (segments.some((s) => s === '' || s.startsWith('.') || s.includes('\\') || s.includes('\0'))) return null;
  const root = path.resolve(dataDir, 'graphs');
  const file = path.resolve(root, ...segments) + '.nq';
  return file.startsWith(root + path.sep) ? file : null;
}

function bodyIn(format: FeedFormat, nquads: string): string {
  if (format.name === 'nquads') return nquads;
  const quads = new Parser({ format: 'N-Quads' }).parse(nquads);
  return format.name === 'turtle' ? toTurtle(quads, { ...PREFIXES }) : toNTriples(quads);
}

async function sendGraph(req: Request, res: Response, ctx: RouteContext, readLog: () => Promise<ServedChangeLog>): Promise<void> {
  const iri = `${ctx.base}graph${requestPathToIriPath(req.path)}`;
  const key = new IriScheme(ctx.base).parseGraph(iri);
  const file = key === null ? null : graphFileOf(ctx.dataDir, key);
  if (file === null) throw notFound();
  const format = negotiateFeedFormat(req.get('accept'), GRAPH_FORMATS);
  const nquads = await readFile(file, 'utf8').catch(() => null);
  if (nquads === null) {
    if ((await readLog()).lastChange.get(iri) !== 'removed') throw notFound();
    sendGone(res, 'This graph was removed from the dataset; see /changes.', `${publicBaseOf(req)}downloads/jiyao.nq.gz`, { graph: iri });
    return;
  }
  const site = await ctx.site();
  sendFeedBody(req, res, { body: bodyIn(format, nquads), format, lastModified: site.manifest.builtAt, maxAgeSeconds: 3600 });
}

/** Routes under `/graph/` (mount at the root). */
export function graphRouter(ctx: RouteContext, readLog: () => Promise<ServedChangeLog>): Router {
  const router = Router();
  router.use('/graph', (req, res) => sendGraph(req, res, ctx, readLog));
  return router;
}
