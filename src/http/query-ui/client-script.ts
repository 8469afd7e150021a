// The browser side of the query UI (served as query-ui.js and query-ui.css): starts YASGUI offline on our endpoint.

/**
 * Reads the page's JSON config block, starts YASGUI on the endpoint with only the autocompleters that need no network
 * (no LOV look-ups, bundled prefixes) and only this endpoint in its catalogue, and opens an example in its own tab
 * when chosen from the select list. Plain ES2017 for any current browser; no `${` or backticks inside.
 */
export const QUERY_UI_SCRIPT = `// jiyao query UI: YASGUI on this endpoint, with the example queries.
(function () {
  'use strict';
  var configElement = document.getElementById('jy-query-ui-config');
  var container = document.getElementById('jy-yasgui');
  if (!configElement || !container || typeof window.Yasgui !== 'function') return;
  var Yasgui = window.Yasgui;
  var config = JSON.parse(configElement.textContent);
  var endpoint = new URL(config.endpointPath, window.location.href).href;
  var examples = config.examples;

  Yasgui.Yasqe.defaults.autocompleters = ['prefixes', 'variables'];
  if (examples.length > 0) Yasgui.Yasqe.defaults.value = examples[0].query;

  var yasgui = new Yasgui(container, {
    requestConfig: { endpoint: endpoint, method: 'POST' },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    persistenceId: 'jiyao-query-ui'
  });

  function openExample(example) {
    var tabId = 'example-' + example.id;
    if (yasgui.getTab(tabId)) {
      yasgui.selectTabId(tabId);
      return;
    }
    yasgui.addTab(true, {
      id: tabId,
      name: example.title.zh,
      yasqe: { value: example.query },
      requestConfig: { endpoint: endpoint }
    });
  }

  var select = document.getElementById('jy-example-select');
  if (select) {
    select.addEventListener('change', function () {
      var chosen = examples.filter(function (example) { return example.id === select.value; })[0];
      if (chosen) openExample(chosen);
      select.value = '';
    });
  }
})();
`;

/** Styles of the page around YASGUI (header, example list). */
export const QUERY_UI_STYLES = `body { margin: 0; font-family: system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #1f2328; }
.jy-header { padding: 1rem 1.5rem 0.5rem; border-bottom: 1px solid #d0d7de; }
.jy-header h1 { margin: 0 0 0.5rem; font-size: 1.4rem; }
.jy-header p { margin: 0.25rem 0; max-width: 60rem; line-height: 1.5; }
.jy-header nav a { margin-right: 1rem; }
.jy-examples { margin: 0.75rem 0 0.25rem; }
.jy-examples select { max-width: 100%; font-size: 1rem; }
#jy-yasgui { padding: 0.5rem 1.5rem; }
.jy-all-examples { padding: 0 1.5rem 2rem; }
.jy-all-examples pre { background: #f6f8fa; padding: 0.75rem; overflow-x: auto; }
`;
