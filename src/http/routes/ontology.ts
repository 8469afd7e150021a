// /ontology (and /ontology.ttl …): the ontology in every RDF format and as an HTML documentation page; /ontology/FILE raw.
import { Router, type Request, type Response } from 'express';
import path from 'node:path';
import type { RouteContext } from '../context.js';
import { notFound } from '../errors.js';
import type { FormatName } from '../negotiate.js';
import { publicBaseOf } from '../public-base.js';
import { renderOntologyPage } from '../views/ontology-view.js';
import { sendRdfDocument } from './rdf-document.js';

/** Formats of the ontology: HTML first, since people follow the term IRIs in browsers. */
export const ONTOLOGY_FORMATS: readonly FormatName[] = ['html', 'turtle', 'jsonld', 'ntriples', 'rdfxml'];

/** Plain file names only: no slashes, no leading dot. */
const SAFE_FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

async function sendOntology(ctx: RouteContext, req: Request, res: Response): Promise<void> {
  const suffix = req.params.suffix as string | undefined;
  const site = await ctx.site();
  if (site.ontology.length === 0) throw notFound('The ontology is not part of this dataset folder.');
  const publicBase = publicBaseOf(req);
  await sendRdfDocument(req, res, {
    quads: site.ontology, site, formats: ONTOLOGY_FORMATS, url: `${publicBase}ontology`, suffix,
    renderHtml: (jsonLd, alternates) =>
      renderOntologyPage(site.ontology, site.ontologyLabels, { datasetBase: ctx.base, publicBase, jsonLd, alternates }),
  });
}

/** Routes for the ontology (mount at the root). `ontologyDir` holds the raw files served under /ontology/. */
export function ontologyRouter(ctx: RouteContext, ontologyDir: string): Router {
  const router = Router();
  router.get('/ontology{.:suffix}', (req, res) => sendOntology(ctx, req, res));
  router.get('/ontology/:file', (req, res, next) => {
    const file = req.params.file;
    if (!SAFE_FILE_NAME.test(file)) throw notFound();
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.sendFile(file, { root: path.resolve(ontologyDir), dotfiles: 'deny' }, (error) => {
      if (error) next((error as { status?: number }).status === 404 ? notFound() : error);
    });
  });
  return router;
}
