// What every route module receives: the store, the dataset folder and base, limits, and the static site data.
import type { Logger } from 'pino';
import type { Store } from '../store/store.js';
import type { SiteData } from './site-data.js';

/** Dependencies shared by the route modules (plain arguments, no globals). */
export interface RouteContext {
  store: Store;
  /** Dataset folder (manifest.json, downloads/, ontology/, void.ttl). */
  dataDir: string;
  /** Base IRI the dataset was minted under (`https://w3id.org/jiyao/`), ending in `/`. */
  base: string;
  /** Time limit of the queries the pages run, in ms. */
  timeoutMs: number;
  /** Static parts of the dataset, loaded once. */
  site: () => Promise<SiteData>;
  logger: Logger;
}
