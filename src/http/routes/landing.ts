// `/`: the landing page (HTML, or the same facts as JSON): what the dataset holds and what it does not, queried once from the Store.
import type { Quad } from '@rdfjs/types';
import { Router, type Request, type Response } from 'express';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RouteContext } from '../context.js';
import type { FormatName } from '../negotiate.js';
import { publicBaseOf } from '../public-base.js';
import { chooseFormat, sendRepresentation } from '../respond.js';
import { iriRef } from '../sparql-terms.js';
import type { Bindings } from '../../store/store.js';
import { DCTERMS, JY, PREFIXES, RDF, RDFS, VOID } from '../../vocab/index.js';
import { renderLandingPage, yearGaps, type Coverage, type PageCounts } from '../views/landing-view.js';
import { nameOf } from '../views/labels.js';
import { hrefFor } from '../views/terms.js';

/** Classes counted on the landing page. */
const COUNTED_CLASSES = [JY.Meeting, JY.Minutes, JY.AgendaItem, JY.Resolution, JY.Award, JY.Organization, JY.Person, JY.Document];

/** Fixed query texts: only constant IRIs are written into them (through iriRef), never request input. */
const QUERIES = {
  counts: `SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE {
  VALUES ?type { ${COUNTED_CLASSES.map(iriRef).join(' ')} } ?s a ?type } GROUP BY ?type`,
  examples: `SELECT ?s (MIN(?l) AS ?label) WHERE {
  ?s a ${iriRef(JY.Meeting)} ; ${iriRef(RDFS.label)} ?l } GROUP BY ?s ORDER BY ?s LIMIT 5`,
  perYear: `SELECT ?code (MIN(?l) AS ?name) ?year (COUNT(DISTINCT ?m) AS ?n) WHERE {
  ?m a ${iriRef(JY.Meeting)} ; ${iriRef(JY.jurisdiction)} ?d ; ${iriRef(DCTERMS.date)} ?date .
  ?d ${iriRef(JY.divisionCode)} ?code . OPTIONAL { ?d ${iriRef(RDFS.label)} ?l }
  BIND (YEAR(?date) AS ?year) } GROUP BY ?code ?year ORDER BY ?code ?year`,
  unplaced: `SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a ${iriRef(JY.Meeting)}
  FILTER NOT EXISTS { ?m ${iriRef(JY.jurisdiction)}/${iriRef(JY.divisionCode)} ?c ; ${iriRef(DCTERMS.date)} ?d } }`,
  tampered: `SELECT (COUNT(DISTINCT ?doc) AS ?all) (COUNT(DISTINCT ?bad) AS ?tampered) WHERE { ?doc a ${iriRef(JY.Minutes)}
  OPTIONAL { ?doc ${iriRef(JY.tampered)} ?flag FILTER (?flag = true) BIND (?doc AS ?bad) } }`,
  warnings: `SELECT ?code (COUNT(DISTINCT ?w) AS ?n) WHERE { ?w a ${iriRef(JY.ExtractionWarning)} ; ${iriRef(JY.warningCode)} ?code }
  GROUP BY ?code ORDER BY DESC(?n) ?code`,
};

interface Overview {
  counts: { iri: string; count: number }[];
  examples: { iri: string; label: string }[];
  coverage: Coverage;
}

async function select(ctx: RouteContext, query: string): Promise<Bindings[]> {
  const result = await ctx.store.query(query, { timeoutMs: ctx.timeoutMs });
  if (result.kind !== 'bindings') throw new Error('a SELECT did not return bindings');
  return result.rows;
}

const num = (row: Bindings | undefined, name: string) => Number(row?.[name]?.value ?? 0);

/** Pages read, converted and failed, from reports/summary.json of the build (undefined when absent or unreadable). */
async function readPageCounts(dataDir: string): Promise<PageCounts | undefined> {
  const text = await readFile(path.join(dataDir, 'reports', 'summary.json'), 'utf8').catch(() => null);
  if (text === null) return undefined;
  try {
    const summary = JSON.parse(text) as { pages?: unknown; converted?: unknown; failed?: unknown };
    if (typeof summary.pages !== 'number' || typeof summary.converted !== 'number') return undefined;
    return { pages: summary.pages, converted: summary.converted, failed: Array.isArray(summary.failed) ? summary.failed.length : summary.pages - summary.converted };
  } catch {
    return undefined;
  }
}

async function queryCoverage(ctx: RouteContext): Promise<Coverage> {
  const [perYear, unplaced, tampered, warnings, pages] = await Promise.all([
    select(ctx, QUERIES.perYear), select(ctx, QUERIES.unplaced), select(ctx, QUERIES.tampered), select(ctx, QUERIES.warnings),
    readPageCounts(ctx.dataDir),
  ]);
  const meetingsPerYear = perYear.map((r) => ({ code: r.code.value, name: r.name?.value ?? r.code.value, year: num(r, 'year'), count: num(r, 'n') }));
  return {
    meetingsPerYear,
    gaps: yearGaps(meetingsPerYear),
    unplacedMeetings: num(unplaced[0], 'n'),
    minutes: { total: num(tampered[0], 'all'), tampered: num(tampered[0], 'tampered') },
    warnings: warnings.map((r) => ({ code: r.code.value, count: num(r, 'n') })),
    pages,
  };
}

async function queryOverview(ctx: RouteContext): Promise<Overview> {
  const [counts, examples, coverage] = await Promise.all([select(ctx, QUERIES.counts), select(ctx, QUERIES.examples), queryCoverage(ctx)]);
  return {
    counts: counts.map((r) => ({ iri: r.type.value, count: num(r, 'n') })),
    examples: examples.map((r) => ({ iri: r.s.value, label: r.label.value })),
    coverage,
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
    const triples = site.manifest.triples;
    const body = format.name === 'html'
      ? renderLandingPage({ title, description, triples, counts, examples, publicBase, coverage: facts.coverage })
      : `${JSON.stringify({ title, description, triples, counts, examples, coverage: facts.coverage }, null, 2)}\n`;
    sendRepresentation(req, res, { body, format, lastModified: site.manifest.builtAt });
  });
  return router;
}
