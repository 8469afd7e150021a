// createSparqlRouter: the SPARQL 1.1 Protocol (query operation only) at the router root, over any Store.
import express, { type NextFunction, type Request, type RequestHandler, type Response, type Router } from 'express';
import { StoreError, type Store } from '../../store/store.js';
import type { TabularResult } from './bindings-json-xml.js';
import { badRequest, methodNotAllowed, notAcceptable, toProtocolError, unsupportedMediaType } from './errors.js';
import {
  BINDINGS_FORMATS, BOOLEAN_FORMATS, GRAPH_FORMATS, listMediaTypes, negotiateFormat, type Format,
} from './formats.js';
import { hasNonUtf8Charset, readProtocolRequest } from './protocol-request.js';
import { checkQueryNesting } from './nesting-guard.js';
import { createQueryChecker, type QueryForm } from './query-guard.js';
import { describeService } from './service-description.js';
import { QUERY_UI_SUBPATH } from '../query-ui/router.js';
import { wantsQueryUi } from '../query-ui/wants-query-ui.js';

/** Dependencies and limits of the endpoint. */
export interface SparqlRouterDeps {
  store: Store;
  /** Budget of one query in ms; past it the answer is 503 with Retry-After. Default 30000. */
  timeoutMs?: number;
  /** Most solutions (SELECT) or triples (CONSTRUCT/DESCRIBE) in one answer; more → 400. */
  maxRows: number;
  /** Largest accepted POST body in bytes; more → 413. */
  maxBodyBytes: number;
  /** The public URL of the endpoint for this request (base IRI of queries, sd:endpoint). */
  serviceUrl: (req: Request) => string;
  /** Whether the store's default graph is the union of its named graphs (stated in the description). Default true. */
  isUnionDefaultGraph?: boolean;
  /** Seconds sent in Retry-After with a 503. Default 5. */
  retryAfterSeconds?: number;
  /** Told about unexpected (500) errors, e.g. a logger. */
  onError?: (error: unknown) => void;
  /** The browser query UI (createQueryUiRouter): mounted at /ui and answering a browser's GET without a query. Default: none. */
  queryUi?: Router;
  /** Admission control run before a query reaches the store (createQueryLimiter); a GET without `query` skips it. Default: none. */
  limiter?: RequestHandler;
}

/** Builds the endpoint; mount it where the endpoint lives (`app.use('/sparql', createSparqlRouter(deps))`). */
export function createSparqlRouter(deps: SparqlRouterDeps): Router {
  const router = express.Router();
  const limit = deps.maxBodyBytes;
  const checkQuery = createQueryChecker();
  router.use(allowAnyOrigin);
  if (deps.queryUi) mountQueryUi(router, deps.queryUi);
  router
    .route('/')
    .get(admit(deps.limiter), answer(deps, checkQuery))
    .post(requireUtf8, express.text({ type: 'application/sparql-query', limit }),
      express.urlencoded({ extended: false, limit }), admit(deps.limiter), answer(deps, checkQuery))
    .options(preflight)
    .all(() => {
      throw methodNotAllowed();
    });
  router.use(errorHandler(deps));
  return router;
}

function answer(deps: SparqlRouterDeps, checkQuery: (text: string, baseIri: string) => QueryForm) {
  return async (req: Request, res: Response): Promise<void> => {
    res.vary('Accept');
    const operation = readProtocolRequest(req);
    const serviceUrl = deps.serviceUrl(req);
    if (operation === undefined) return sendServiceDescription(req, res, deps, serviceUrl);
    checkQueryNesting(operation.query);
    const form = checkQuery(operation.query, serviceUrl);
    const formats = formatsFor(form) as Format<unknown>[];
    const format = negotiateFormat(req, formats);
    if (!format) throw notAcceptable(listMediaTypes(formats));
    const result = await deps.store.query(operation.query, {
      timeoutMs: deps.timeoutMs ?? 30_000,
      maxRows: deps.maxRows,
      baseIri: serviceUrl,
      defaultGraphUris: operation.defaultGraphUris,
      namedGraphUris: operation.namedGraphUris,
      form,
    });
    const body = await format.write(result.kind === 'quads' ? result.quads : (result as TabularResult));
    res.status(200).type(format.contentType).send(body);
  };
}

/** Runs the limiter on requests that carry a query (a GET without one asks for the cheap service description). */
function admit(limiter: RequestHandler | undefined): RequestHandler {
  return (req, res, next) => {
    if (!limiter || (req.method !== 'POST' && req.query.query === undefined)) return next();
    return limiter(req, res, next);
  };
}

function mountQueryUi(router: Router, queryUi: Router): void {
  router.get('/', (req, res, next) => (wantsQueryUi(req) ? queryUi(req, res, next) : next()));
  router.use(QUERY_UI_SUBPATH, queryUi);
}

function formatsFor(form: QueryForm): Format<never>[] {
  if (form === 'ASK') return BOOLEAN_FORMATS;
  if (form === 'SELECT') return BINDINGS_FORMATS;
  return GRAPH_FORMATS;
}

async function sendServiceDescription(req: Request, res: Response, deps: SparqlRouterDeps, endpointUrl: string): Promise<void> {
  const format = negotiateFormat(req, GRAPH_FORMATS);
  if (!format) throw notAcceptable(listMediaTypes(GRAPH_FORMATS));
  const quads = describeService({
    endpointUrl,
    timeoutMs: deps.timeoutMs ?? 30_000,
    maxRows: deps.maxRows,
    isUnionDefaultGraph: deps.isUnionDefaultGraph ?? true,
  });
  res.status(200).type(format.contentType).send(await format.write(quads));
}

function allowAnyOrigin(_req: Request, res: Response, next: NextFunction): void {
  res.set('Access-Control-Allow-Origin', '*');
  next();
}

function preflight(_req: Request, res: Response): void {
  res.set({
    'Access-Control-Allow-Methods': 'GET, HEAD, POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Accept, Content-Type',
    'Access-Control-Max-Age': '86400',
    Allow: 'GET, HEAD, POST, OPTIONS',
  });
  res.status(204).end();
}

function requireUtf8(req: Request, _res: Response, next: NextFunction): void {
  if (hasNonUtf8Charset(req.get('content-type'))) throw unsupportedMediaType('the request body must be UTF-8');
  next();
}

/** oxigraph's "The custom function <…> is not supported" is the query's fault (often a mistyped IRI): 400, not 500. */
function blameQuery(error: unknown): unknown {
  const message = error instanceof StoreError ? error.message.split('\n', 1)[0] : '';
  return / is not supported$/.test(message) ? badRequest(`query not supported: ${message}`) : error;
}

function errorHandler(deps: SparqlRouterDeps) {
  return (error: unknown, _req: Request, res: Response, _next: NextFunction): void => {
    const answer = toProtocolError(blameQuery(error), deps.retryAfterSeconds ?? 5);
    if (answer.status >= 500 && answer.status !== 503) deps.onError?.(error);
    res.status(answer.status).set(answer.headers).set('Access-Control-Allow-Origin', '*');
    res.type('text/plain; charset=utf-8').send(`${answer.message}\n`);
  };
}
