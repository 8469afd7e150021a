// Public surface of the SPARQL endpoint module.
export { createSparqlRouter, type SparqlRouterDeps } from './router.js';
export { JY_MAX_RESULT_ROWS, JY_QUERY_TIMEOUT_MS } from './service-description.js';
