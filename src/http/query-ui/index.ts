// Public surface of the SPARQL query UI module.
export { createQueryUiRouter, QUERY_UI_SUBPATH, type QueryUiOptions } from './router.js';
export { wantsQueryUi } from './wants-query-ui.js';
export { EXAMPLE_QUERIES, type ExampleQuery } from './example-queries.js';
export { renderQueryUiPage, type QueryUiPageOptions } from './page.js';
