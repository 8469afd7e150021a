// `/`: the landing page (HTML, or the same facts as JSON), with counts and examples queried once from the Store.
import type { Quad } from '@rdfjs/types';
import { Router, type Request, type Response } from 'express';
import type { RouteContext } from '../context.js';
import type { FormatName } from '../negotiate.js';
import { publicBaseOf } from '../public-base.js';
import { chooseFormat, sendRepresentation } from '../respond.js';
import { iriRef } from '../sparql-terms.js';
import { DCTERMS, JY, PREFIXES, RDF, RDFS, VOID } from '../../vocab/index.js';
import { renderLandingPage } from '../views/landing-view.js';
import { nameOf } from '../views/labels.js';
import { hrefFor } from '../views/terms.js';

/** Classes counted on the landing page. */
const COUNTED_CLASSES = [JY.Meeting, JY.Minutes, JY.AgendaItem, JY.Resolution, JY.Organization, JY.Person, JY.Document];

interface Overview {
  counts: { iri: string; count: number }[];
  examples: { iri: string; label: string }[];
}

async function queryOverview(ctx: RouteContext): Promise<Overview> {
  const counts = await ctx.store.query(`SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE {
  VALUES ?type { ${COUNTED_CLASSES.map(iriRef).join(' ')} } ?s a ?type } GROUP BY ?type`, { timeoutMs: ctx.timeoutMs });
  const examples = await ctx.store.query(`SELECT ?s (MIN(?l) AS ?label) WHERE {
  ?s a ${iriRef(JY.Meeting)} ; ${iriRef(RDFS.label)} ?l } GROUP BY ?s ORDER BY ?s LIMIT 5`, { timeoutMs: ctx.timeoutMs });
  if (counts.kind !== 'bindings' || examples.kind !== 'bindings') throw new Error('a SELECT did not return bindings');
  return {
    counts: counts.rows.map((r) => ({ iri: r.type.value, count: Number(r.n.value) })),
    examples: examples.rows.map((r) => ({ iri: r.s.value, label: r.label.value })),
  };
}

function datasetTitle(voidQuads: readonly Quad[]): { title: string; description?: string } {
  const datasets = new Set(voidQuads.filter((q) => q.predicate.value === RDF.type && q.object.value === VOID.Dataset).map((q) => q.subject.value));
  const about = voidQuads.filter((q) => datasets.has(q.subject.value) && q.object.termType === 'Literal');
  const pick = (p: string) => about.find((q) => q.predicate.value === p && q.object.termType === 'Literal' && q.object.language.startsWith('zh'))?.object.value
    ?? about.find((q) => q.predicate.value === p)?.object.value;
  return { title: pick(DCTERMS.title) ?? '纪要 jiyao', description: pick(`${PREFIXES.dcterms}description`) };
}

/** The `/` route (mount at the root); the overview is computed on first request and kept (the dataset is immutable). */
export function landingRouter(ctx: RouteContext): Router {
  const router = Router();
  let overview: Promise<Overview> | undefined;
  router.get('/', async (req: Request, res: Response) => {
    const format = chooseFormat(req, ['html', 'json'] satisfies FormatName[]);
    overview ??= queryOverview(ctx).catch((error: unknown) => { overview = undefined; throw error; });
    const [site, facts] = await Promise.all([ctx.site(), overview]);
    const publicBase = publicBaseOf(req);
    const { title, description } = datasetTitle(site.voidQuads);
    const counts = facts.counts.map((c) => ({ label: nameOf(site.ontologyLabels, c.iri, 'zh'), count: c.count }));
    const examples = facts.examples.map((e) => ({ href: hrefFor(e.iri, { datasetBase: ctx.base, publicBase }), label: e.label }));
    const body = format.name === 'html'
      ? renderLandingPage({ title, description, triples: site.manifest.triples, counts, examples, publicBase })
      : `${JSON.stringify({ title, description, triples: site.manifest.triples, counts, examples }, null, 2)}\n`;
    sendRepresentation(req, res, { body, format, lastModified: site.manifest.builtAt });
  });
  return router;
}
