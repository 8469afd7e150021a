// createApp: the public HTTP server of a dataset — dereferencing, SPARQL, downloads, ontology, VoID, search, health.
import compression from 'compression';
import express, { Router } from 'express';
import helmet from 'helmet';
import path from 'node:path';
import { pino, type Logger } from 'pino';
import type { Store } from '../store/store.js';
import type { RouteContext } from './context.js';
import { allowAnyOrigin, readOnlyGuard } from './cross-origin.js';
import { errorHandler, notFoundHandler } from './error-handler.js';
import { createQueryLimiter, type QueryLimiterOptions } from './limits.js';
import { requestLogging } from './logging.js';
import { publicBaseOf } from './public-base.js';
import { changesRouter } from './routes/changes.js';
import { downloadsRouter } from './routes/downloads.js';
import { healthRouter } from './routes/health.js';
import { landingRouter } from './routes/landing.js';
import { ontologyRouter } from './routes/ontology.js';
import { resourceRouter } from './routes/resource.js';
import { searchRouter } from './routes/search.js';
import { voidRouter } from './routes/void.js';
import type { LiveSite } from './live-site.js';
import { loadSiteData, type SiteData } from './site-data.js';
import { shouldCompress } from './compress-filter.js';
import { createQueryUiRouter } from './query-ui/index.js';
import { createSparqlRouter } from './sparql/index.js';

/** The site icon: 纪 on a blue square. */
const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b57d0"/>' +
  '<text x="16" y="23" font-size="20" text-anchor="middle" fill="#fff">纪</text></svg>';

/** Dependencies of {@link createApp}. */
export interface AppDeps {
  store: Store;
  /** Dataset folder built by `jiyao build`. */
  dataDir: string;
  /** Base IRI of the dataset (manifest.json `base`), ending in `/`; requests map onto it by path. */
  base: string;
  /** Static dataset parts; loaded from `dataDir` on first use when absent. */
  site?: SiteData;
  /**
   * Static dataset parts that a store switch replaces (`jiyao serve --store-file`); takes the place of `site`. On each
   * replacement the routes that read or cache a build's parts start afresh, see {@link buildRoutes}.
   */
  liveSite?: LiveSite;
  /** Folder of ontology/*.ttl and context.jsonld. Default `{dataDir}/ontology`. */
  ontologyDir?: string;
  /** Structured logger. Default: silent. */
  logger?: Logger;
  /** Time limit of one query in ms. Default 30000. */
  timeoutMs?: number;
  /** Admission control of SPARQL queries (429 per client, 503 overall, with Retry-After). Default: the limiter's defaults, waits capped at `timeoutMs`. */
  queryLimits?: QueryLimiterOptions;
  /** Row cap of a SPARQL answer. Default 10000. */
  maxRows?: number;
  /** Cap on request bodies in bytes. Default 64 KiB. */
  maxBodyBytes?: number;
}

const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    scriptSrc: ["'none'"],
    imgSrc: ["'self'", 'data:'],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

function memoise<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= load().catch((error: unknown) => { promise = undefined; throw error; }));
}

/** The routes that answer from one build: they read its static parts, or keep what they answered from it. */
interface BuildRoutes {
  /** Mounted before compression (downloads need Range on raw bytes). */
  uncompressed: Router;
  compressed: Router;
  /** Releases what the routes hold open (the search index file). */
  close(): Promise<void>;
}

/**
 * The routes of the build `ctx` describes. A new build gets new ones, so their caches (rendered documents, the
 * landing page's counts, the health probe's triple count) and the search index they read start afresh.
 */
function buildRoutes(ctx: RouteContext, ontologyDir: string): BuildRoutes {
  const search = searchRouter(ctx);
  return {
    uncompressed: Router().use(healthRouter(ctx), downloadsRouter(ctx)),
    compressed: Router().use(
      landingRouter(ctx), resourceRouter(ctx), ontologyRouter(ctx, ontologyDir), voidRouter(ctx), changesRouter(ctx), search,
    ),
    close: () => search.close(),
  };
}

/** Builds the express 5 application; it holds no state beyond caches of the dataset, kept per build. */
export function createApp(deps: AppDeps): express.Express {
  const logger = deps.logger ?? pino({ level: 'silent' });
  const ontologyDir = deps.ontologyDir ?? path.join(deps.dataDir, 'ontology');
  const maxBodyBytes = deps.maxBodyBytes ?? 64 * 1024;
  const initialSite = deps.liveSite?.current ?? deps.site;
  const ctx: RouteContext = {
    store: deps.store, dataDir: deps.dataDir, base: deps.base, timeoutMs: deps.timeoutMs ?? 30_000, logger,
    site: initialSite ? () => Promise.resolve(initialSite) : memoise(() => loadSiteData(deps.dataDir, ontologyDir)),
  };
  let routes = buildRoutes(ctx, ontologyDir);
  deps.liveSite?.onReplace((site) => {
    const buildCtx = { ...ctx, base: site.manifest.base, site: () => Promise.resolve(site) };
    const replaced = routes;
    routes = buildRoutes(buildCtx, ontologyDir);
    // Requests routed to the old build finish within the time-out; then its index file (already replaced on disk) is closed.
    setTimeout(() => void replaced.close().catch((error: unknown) => logger.warn({ err: error }, 'closing the replaced build\'s search index failed')), ctx.timeoutMs).unref();
  });
  const app = express();
  app.disable('x-powered-by');
  app.use(requestLogging(logger));
  app.use(helmet({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, crossOriginResourcePolicy: { policy: 'cross-origin' }, crossOriginEmbedderPolicy: false }));
  app.use(allowAnyOrigin);
  app.use(readOnlyGuard(maxBodyBytes));
  app.use((req, res, next) => routes.uncompressed(req, res, next));
  app.use(compression({ filter: shouldCompress }));
  app.use('/sparql', createSparqlRouter({
    store: deps.store, timeoutMs: ctx.timeoutMs, maxRows: deps.maxRows ?? 10_000, maxBodyBytes,
    serviceUrl: (req) => `${publicBaseOf(req)}sparql`,
    onError: (error) => logger.error({ err: error }, 'sparql request failed'),
    limiter: createQueryLimiter({ maxWaitMs: ctx.timeoutMs, ...deps.queryLimits }),
    queryUi: createQueryUiRouter({ endpointPath: '/sparql' }),
  }));
  app.get('/favicon.ico', (_req, res) => {
    // Browsers ask for it on every site; a 404 would show as a console error.
    res.type('image/svg+xml').set('Cache-Control', 'public, max-age=86400').send(FAVICON_SVG);
  });
  app.use((req, res, next) => routes.compressed(req, res, next));
  app.use(notFoundHandler);
  app.use(errorHandler(logger));
  return app;
}
