// /search?q=…: full-text search over the dataset's index (search/index.sqlite, queried on disk), HTML or JSON; labels-only
// fallback without one.
import { Router, type Request, type Response } from 'express';
import type { RouteContext } from '../context.js';
import { badRequest } from '../errors.js';
import type { FormatName } from '../negotiate.js';
import { publicBaseOf } from '../public-base.js';
import { chooseFormat, sendRepresentation } from '../respond.js';
import { iriRef, stringLiteral } from '../sparql-terms.js';
import { JY_NS, RDFS } from '../../vocab/index.js';
import { hasSearchableText, openSearchIndexFile, SearchEngine, SearchIndexError } from '../../search/index.js';
import type { Labels } from '../views/labels.js';
import { renderSearchResultsPage, snippetHtml, type SearchPageModel, type SearchHitView } from '../views/search-view.js';
import { hrefFor } from '../views/terms.js';

/** Formats of the search page: HTML for people, JSON for scripts. */
export const SEARCH_FORMATS: readonly FormatName[] = ['html', 'json'];
/** Longest query accepted, in characters. */
export const MAX_QUERY_LENGTH = 200;
/** Most results per page, and the default. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/** Highest page number accepted. */
const MAX_PAGE = 10_000;
/** Most hits of the labels-only fallback. */
export const MAX_HITS = 50;

/** The index, or why there is none (the page then searches labels only and says so). */
type LoadedIndex = { engine: SearchEngine } | { unavailable: string };

/** The fallback SELECT, used when the dataset has no search index: labels containing `text`, shortest first. */
export function searchQuery(text: string): string {
  return `SELECT DISTINCT ?s ?label WHERE {
  ?s ${iriRef(RDFS.label)} ?label .
  FILTER(isIRI(?s) && CONTAINS(LCASE(STR(?label)), LCASE(${stringLiteral(text)})))
} ORDER BY STRLEN(STR(?label)) ?label ?s LIMIT ${MAX_HITS}`;
}

/** A query parameter given at most once, as text. */
function single(req: Request, name: string): string | undefined {
  const raw = (req.query as Record<string, unknown>)[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') throw badRequest(`Give ${name}= once, as text.`);
  return raw;
}

/** Reads `q`: undefined when absent; 400 when repeated, blank, over {@link MAX_QUERY_LENGTH} or with nothing to search for. */
function readText(req: Request): string | undefined {
  const raw = single(req, 'q');
  if (raw === undefined) return undefined;
  const text = raw.trim();
  if (text === '') throw badRequest('The search text is empty.');
  if ([...text].length > MAX_QUERY_LENGTH) throw badRequest(`The search text is longer than ${MAX_QUERY_LENGTH} characters.`);
  if (/[\u0000-\u001f\u007f\ud800-\udfff\ufffd]/u.test(text)) throw badRequest('The search text contains control characters or is not valid UTF-8.');
  if (!hasSearchableText(text)) throw badRequest('The search text has no Chinese characters, letters or digits to search for.');
  return text;
}

/** Reads a positive integer parameter in [1, max]. */
function readNumber(req: Request, name: string, fallback: number, max: number): number {
  const raw = single(req, name);
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) throw badRequest(`${name} must be a whole number from 1 to ${max}.`);
  return Number(raw);
}

/** Reads `type` (Meeting, jy:Meeting or the class IRI) as a class IRI known to the index. */
function readType(req: Request, known: readonly string[]): string | undefined {
  const raw = single(req, 'type')?.trim();
  if (raw === undefined || raw === '') return undefined;
  const iri = raw.includes('://') ? raw : `${JY_NS}${raw.replace(/^jy:/, '')}`;
  const match = known.find((k) => k.toLowerCase() === iri.toLowerCase());
  if (!match) throw badRequest(`Unknown type "${raw}". Use one of: ${known.map((k) => k.slice(JY_NS.length)).join(', ')}.`);
  return match;
}

async function loadIndex(ctx: RouteContext): Promise<LoadedIndex> {
  try {
    const engine = new SearchEngine(await openSearchIndexFile(ctx.dataDir));
    ctx.logger.info({ documents: engine.size }, 'search index opened');
    return { engine };
  } catch (error) {
    const reason = error instanceof SearchIndexError ? error.message : 'the search index could not be read';
    ctx.logger.warn({ err: error }, 'no usable search index; /search falls back to labels only');
    return { unavailable: reason };
  }
}

function typeOf(classIri: string | null, labels: Labels): SearchHitView['type'] {
  if (classIri === null) return null;
  const names = labels.get(classIri);
  return { iri: classIri, zh: names?.zh ?? null, en: names?.en ?? null };
}

function fullTextPage(ctx: RouteContext, req: Request, engine: SearchEngine, base: SearchPageModel): SearchPageModel {
  const classIri = readType(req, engine.classes());
  const page = readNumber(req, 'page', 1, MAX_PAGE);
  const size = readNumber(req, 'size', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const model = { ...base, typeIri: classIri ?? null, page, size, classes: engine.classes().map((c) => typeOf(c, base.labels)!) };
  if (base.query === null) return model;
  const found = engine.search({ text: base.query, classIri, page, size });
  const links = { datasetBase: ctx.base, publicBase: base.publicBase };
  return {
    ...model, total: found.total, variants: found.variants,
    hits: found.results.map((r) => ({
      iri: r.iri, href: hrefFor(r.iri, links), type: typeOf(r.classIri, base.labels), label: r.label, score: r.score,
      snippet: { ...r.snippet, html: snippetHtml(r.snippet) },
    })),
  };
}

async function labelsOnlyPage(ctx: RouteContext, reason: string, base: SearchPageModel): Promise<SearchPageModel> {
  const notice = `No full-text index in this dataset (${reason}); only labels were searched, as exact text. Rebuild the dataset with "jiyao build" to get full-text search.`;
  if (base.query === null) return { ...base, notice };
  const result = await ctx.store.query(searchQuery(base.query), { timeoutMs: ctx.timeoutMs });
  if (result.kind !== 'bindings') throw new Error(`a SELECT returned ${result.kind}`);
  const links = { datasetBase: ctx.base, publicBase: base.publicBase };
  const hits = result.rows.map((row): SearchHitView => {
    const snippet = { field: 'label' as const, text: row.label.value, highlights: [] };
    return { iri: row.s.value, href: hrefFor(row.s.value, links), type: null, label: row.label.value, score: null, snippet: { ...snippet, html: snippetHtml(snippet) } };
  });
  return { ...base, notice, total: hits.length, hits };
}

async function sendSearch(ctx: RouteContext, req: Request, res: Response, index: Promise<LoadedIndex>): Promise<void> {
  const format = chooseFormat(req, SEARCH_FORMATS);
  const query = readText(req) ?? null;
  if (query === null && format.name === 'json') throw badRequest('Give the search text as q=….');
  const site = await ctx.site();
  const loaded = await index;
  const base: SearchPageModel = {
    query, typeIri: null, page: 1, size: DEFAULT_PAGE_SIZE, total: 0, hits: [], variants: [], classes: [],
    mode: 'engine' in loaded ? 'full-text' : 'labels-only', notice: null, publicBase: publicBaseOf(req), labels: site.ontologyLabels,
  };
  const model = 'engine' in loaded ? fullTextPage(ctx, req, loaded.engine, base) : await labelsOnlyPage(ctx, loaded.unavailable, base);
  const body = format.name === 'html' ? renderSearchResultsPage(model) : `${JSON.stringify(searchJson(model), null, 2)}\n`;
  sendRepresentation(req, res, { body, format, lastModified: site.manifest.builtAt });
}

/** The JSON answer: the query, paging, and each hit with IRI, type, label and highlighted snippet. */
function searchJson(model: SearchPageModel): Record<string, unknown> {
  const { query, typeIri, page, size, total, mode, notice, variants, hits } = model;
  return { query, type: typeIri, page, size, total, mode, ...(notice ? { notice } : {}), variants, hits };
}

/** The /search route and a way to close the index file it holds open. */
export type SearchRouter = Router & { close(): Promise<void> };

/** The /search route (mount at the root). Opens the dataset's search index at once (read-only); requests wait for it. */
export function searchRouter(ctx: RouteContext): SearchRouter {
  const index = loadIndex(ctx);
  const router = Router();
  router.get('/search', (req, res) => sendSearch(ctx, req, res, index));
  const close = async (): Promise<void> => {
    const loaded = await index;
    if ('engine' in loaded) loaded.engine.close();
  };
  return Object.assign(router, { close });
}
