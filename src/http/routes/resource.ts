// Dereferencing: /id/… answers 303 to /doc/…; /doc/… returns the description in the negotiated format, rendered once.
import { Router, type Request, type Response } from 'express';
import type { RouteContext } from '../context.js';
import { DescriptionCache } from '../describe.js';
import { notFound } from '../errors.js';
import { FORMATS, splitFormatSuffix, type Format, type FormatName } from '../negotiate.js';
import { publicBaseOf, requestPathToIriPath } from '../public-base.js';
import { writeRdf } from '../rdf-output.js';
import { RepresentationCache } from '../representation-cache.js';
import { chooseFormat, headerUri, sendRepresentation } from '../respond.js';
import { PREFIXES } from '../../vocab/index.js';
import { collectLabels, mergeLabels } from '../views/labels.js';
import type { Alternate } from '../views/layout.js';
import { renderResourcePage } from '../views/resource-view.js';

/** Formats of a description, first = answer to `*\/*` and to no Accept. */
export const DOCUMENT_FORMATS: readonly FormatName[] = ['turtle', 'jsonld', 'ntriples', 'rdfxml', 'html'];

/** The URL of a document in a format (none = the negotiated document). */
function documentUrl(publicBase: string, path: string, format?: Format): string {
  return `${publicBase}doc${path}${format ? `.${format.suffix}` : ''}`;
}

/** 303 See Other from a thing to the document about it, keeping any format suffix. */
function redirectToDocument(req: Request, res: Response): void {
  if (req.path === '/') throw notFound();
  res.vary('Accept');
  res.setHeader('Cache-Control', 'public, max-age=3600');
  res.setHeader('Location', headerUri(`${publicBaseOf(req)}doc${req.path}`));
  res.status(303).end();
}

/**
 * Body bytes of rendered documents kept per server (64 MiB): a meeting's Turtle is ~10 KB and its HTML page ~40 KB
 * (300-page benchmark dataset, medians), so a few thousand recently asked documents are answered without the store.
 */
const DOCUMENT_CACHE_BYTES = 64 * 2 ** 20;

/** What a document's bytes depend on: its format, the host it links to, and the path as asked (its alternates' links). */
const documentKey = (format: Format, publicBase: string, path: string): string => `${format.name} ${publicBase} ${path}`;

/** What the document routes of one build keep: rendered representations, and the descriptions they were rendered from. */
interface DocumentCaches {
  representations: RepresentationCache;
  descriptions: DescriptionCache;
}

async function renderDocument(
  ctx: RouteContext, descriptions: DescriptionCache, format: Format, publicBase: string, path: string, alternates: readonly Alternate[],
): Promise<string> {
  const iri = `${ctx.base}id${requestPathToIriPath(path)}`;
  const quads = await descriptions.describe(ctx.store, iri, ctx.timeoutMs);
  const site = await ctx.site();
  const options = { prefixes: PREFIXES, context: site.context };
  return format.name === 'html'
    ? renderResourcePage(quads, mergeLabels(collectLabels(quads), site.ontologyLabels), {
      iri, datasetBase: ctx.base, publicBase, jsonLd: await writeRdf('jsonld', quads, options), alternates,
    })
    : writeRdf(format.name as Exclude<FormatName, 'html' | 'json'>, quads, options);
}

async function sendDocument(ctx: RouteContext, caches: DocumentCaches, req: Request, res: Response): Promise<void> {
  const { path, suffix } = splitFormatSuffix(req.path);
  if (path === '/') throw notFound();
  const publicBase = publicBaseOf(req);
  const format = chooseFormat(req, DOCUMENT_FORMATS, suffix, (f) => documentUrl(publicBase, path, f));
  const alternates = DOCUMENT_FORMATS.map((name) => FORMATS[name]).map((f) => ({ href: documentUrl(publicBase, path, f), mediaType: f.mediaType, label: f.suffix ?? f.name }));
  const { body, etag } = await caches.representations.get(
    documentKey(format, publicBase, path), () => renderDocument(ctx, caches.descriptions, format, publicBase, path, alternates),
  );
  const site = await ctx.site();
  sendRepresentation(req, res, {
    body, etag, format, alternates, lastModified: site.manifest.builtAt,
    contentLocation: suffix === undefined ? documentUrl(publicBase, path, format) : undefined,
  });
}

/** Routes for `/id/…` and `/doc/…` (mount at the root); a new build's routes start with empty caches. */
export function resourceRouter(ctx: RouteContext): Router {
  const router = Router();
  const cache: DocumentCaches = { representations: new RepresentationCache(DOCUMENT_CACHE_BYTES), descriptions: new DescriptionCache() };
  router.use('/id', (req, res) => redirectToDocument(req, res));
  router.use('/doc', (req, res) => sendDocument(ctx, cache, req, res));
  return router;
}
