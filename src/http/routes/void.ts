// /.well-known/void: the dataset's VoID description (void.ttl) in Turtle, JSON-LD or N-Triples.
import { Router } from 'express';
import type { RouteContext } from '../context.js';
import { notFound } from '../errors.js';
import type { FormatName } from '../negotiate.js';
import { publicBaseOf } from '../public-base.js';
import { sendRdfDocument } from './rdf-document.js';

/** Formats of the VoID description, Turtle first. */
export const VOID_FORMATS: readonly FormatName[] = ['turtle', 'jsonld', 'ntriples'];

/** The /.well-known/void route (mount at the root). */
export function voidRouter(ctx: RouteContext): Router {
  const router = Router();
  router.get('/.well-known/void{.:suffix}', async (req, res) => {
    const site = await ctx.site();
    if (site.voidQuads.length === 0) throw notFound('This dataset folder has no void.ttl.');
    await sendRdfDocument(req, res, {
      quads: site.voidQuads, site, formats: VOID_FORMATS, url: `${publicBaseOf(req)}.well-known/void`, suffix: req.params.suffix,
    });
  });
  return router;
}
