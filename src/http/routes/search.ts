// /search?q=…: a minimal search over rdfs:label through the Store (CONTAINS, case-folded), JSON or HTML.
import { Router, type Request, type Response } from 'express';
import type { RouteContext } from '../context.js';
import { badRequest } from '../errors.js';
import type { FormatName } from '../negotiate.js';
import { publicBaseOf } from '../public-base.js';
import { chooseFormat, sendRepresentation } from '../respond.js';
import { iriRef, stringLiteral } from '../sparql-terms.js';
import { RDFS } from '../../vocab/index.js';
import { renderSearchPage, type SearchHit } from '../views/listing-views.js';
import { hrefFor } from '../views/terms.js';

/** Formats of the search page: HTML for people, JSON for scripts. */
export const SEARCH_FORMATS: readonly FormatName[] = ['html', 'json'];
/** Longest query accepted, in characters. */
export const MAX_QUERY_LENGTH = 100;
/** Most hits returned. */
export const MAX_HITS = 50;

/** The SELECT behind /search: labels containing `text`, shortest first. */
export function searchQuery(text: string): string {
  return `SELECT DISTINCT ?s ?label WHERE {
  ?s ${iriRef(RDFS.label)} ?label .
  FILTER(isIRI(?s) && CONTAINS(LCASE(STR(?label)), LCASE(${stringLiteral(text)})))
} ORDER BY STRLEN(STR(?label)) ?label ?s LIMIT ${MAX_HITS}`;
}

/** Reads `q`: undefined when absent; 400 when repeated, blank or longer than {@link MAX_QUERY_LENGTH}. */
function readQuery(req: Request): string | undefined {
  const raw = req.query.q;
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') throw badRequest('Give the search text once, as q=….');
  const text = raw.trim();
  if (text === '') throw badRequest('The search text is empty.');
  if ([...text].length > MAX_QUERY_LENGTH) throw badRequest(`The search text is longer than ${MAX_QUERY_LENGTH} characters.`);
  return text;
}

async function search(ctx: RouteContext, text: string, publicBase: string): Promise<SearchHit[]> {
  const result = await ctx.store.query(searchQuery(text), { timeoutMs: ctx.timeoutMs });
  if (result.kind !== 'bindings') throw new Error(`a SELECT returned ${result.kind}`);
  return result.rows.map((row) => ({
    iri: row.s.value,
    href: hrefFor(row.s.value, { datasetBase: ctx.base, publicBase }),
    label: row.label.value,
  }));
}

async function sendSearch(ctx: RouteContext, req: Request, res: Response): Promise<void> {
  const format = chooseFormat(req, SEARCH_FORMATS);
  const text = readQuery(req);
  if (text === undefined && format.name === 'json') throw badRequest('Give the search text as q=….');
  const publicBase = publicBaseOf(req);
  const hits = text === undefined ? undefined : await search(ctx, text, publicBase);
  const body = format.name === 'html'
    ? renderSearchPage(text ?? '', hits, publicBase)
    : `${JSON.stringify({ query: text, hits }, null, 2)}\n`;
  sendRepresentation(req, res, { body, format, lastModified: (await ctx.site()).manifest.builtAt });
}

/** The /search route (mount at the root). */
export function searchRouter(ctx: RouteContext): Router {
  const router = Router();
  router.get('/search', (req, res) => sendSearch(ctx, req, res));
  return router;
}
