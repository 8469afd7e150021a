// createQueryUiRouter: the browser query UI of the SPARQL endpoint — the page and its locally served YASGUI files.
import express, { type Request, type Response, type Router } from 'express';
import { listQueryUiAssets, type QueryUiAsset } from './assets.js';
import { EXAMPLE_QUERIES, type ExampleQuery } from './example-queries.js';
import { renderQueryUiPage } from './page.js';

/** Options of {@link createQueryUiRouter}. */
export interface QueryUiOptions {
  /** Path of the SPARQL endpoint the UI queries, e.g. '/sparql'. The UI's files live under `{endpointPath}/ui/`. */
  endpointPath: string;
  /** Example queries offered by the page. Default {@link EXAMPLE_QUERIES}. */
  examples?: readonly ExampleQuery[];
}

/** Sub-path of the endpoint under which the UI router is mounted and its files are served. */
export const QUERY_UI_SUBPATH = '/ui';

/**
 * The page allows scripts from this origin only (YASGUI and query-ui.js; the config is a non-executed JSON block),
 * inline styles (YASGUI sets them), and requests to this origin only: nothing is fetched from another host.
 */
const PAGE_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
  "font-src 'self' data:", "connect-src 'self'", "worker-src 'self' blob:", "object-src 'none'", "base-uri 'none'",
  "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

/** Assets may be cached for a day; the page links them with `?v=` so an upgrade is picked up at once. */
const ASSET_MAX_AGE_MS = 24 * 60 * 60 * 1000;

function normaliseEndpointPath(endpointPath: string): string {
  const trimmed = endpointPath.replace(/\/+$/, '');
  if (!trimmed.startsWith('/') || /[?#\s]/.test(trimmed)) {
    throw new TypeError(`endpointPath must be an absolute URL path like /sparql, got ${JSON.stringify(endpointPath)}`);
  }
  return trimmed;
}

function serveAsset(asset: QueryUiAsset) {
  return (_req: Request, res: Response): void => {
    res.type(asset.contentType);
    if ('text' in asset.source) {
      res.set('Cache-Control', `public, max-age=${ASSET_MAX_AGE_MS / 1000}`).send(asset.source.text);
      return;
    }
    res.sendFile(asset.source.file, { maxAge: ASSET_MAX_AGE_MS });
  };
}

/**
 * Builds the UI: `GET /` answers the page, `GET /{file}` the YASGUI bundle, its CSS and source map, and our
 * query-ui.js/query-ui.css. Mount it at `{endpointPath}/ui` — `createSparqlRouter({ …, queryUi })` does that and
 * also hands it a browser's GET of the endpoint without a query. Throws when @zazuko/yasgui is not installed.
 */
export function createQueryUiRouter(options: QueryUiOptions): Router {
  const endpointPath = normaliseEndpointPath(options.endpointPath);
  const assets = listQueryUiAssets();
  const page = renderQueryUiPage({
    endpointPath,
    assetsPath: `${endpointPath}${QUERY_UI_SUBPATH}`,
    versions: Object.fromEntries(assets.map((asset) => [asset.name, asset.version])),
    examples: options.examples ?? EXAMPLE_QUERIES,
  });
  const router = express.Router();
  router.get('/', (_req, res) => {
    res.vary('Accept');
    res.set({ 'Content-Security-Policy': PAGE_CSP, 'Cache-Control': 'no-cache' });
    res.type('text/html; charset=utf-8').send(page);
  });
  for (const asset of assets) router.get(`/${asset.name}`, serveAsset(asset));
  return router;
}
