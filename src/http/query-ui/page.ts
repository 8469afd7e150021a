// The query UI page: a bilingual header, the example list and the YASGUI mount point, as one escaped HTML string.
import { html, raw, type SafeHtml } from '../views/html.js';
import { ASSET_NAMES } from './assets.js';
import type { ExampleQuery } from './example-queries.js';

/** What {@link renderQueryUiPage} needs. */
export interface QueryUiPageOptions {
  /** Path of the SPARQL endpoint, e.g. '/sparql' (no trailing slash). */
  endpointPath: string;
  /** Path the UI's files are served under, e.g. '/sparql/ui' (no trailing slash). */
  assetsPath: string;
  /** Content version of each asset by name (appended as `?v=`). */
  versions: Record<string, string>;
  examples: readonly ExampleQuery[];
}

/**
 * Serialises a value into a `<script type="application/json">` block. `<`, `>`, `&`, U+2028/2029 and bidi controls
 * become JSON \u escapes (they can only occur inside strings), so neither `</script` nor `<!--` in the data can
 * end the block, and JSON.parse of the block's text gives back the same value.
 */
export function jsonDataScript(id: string, value: unknown): SafeHtml {
  const json = JSON.stringify(value).replace(
    /[<>&\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return html`<script type="application/json" id="${id}">${raw(json)}</script>`;
}

function assetUrl(options: QueryUiPageOptions, name: string): string {
  const version = options.versions[name];
  return `${options.assetsPath}/${name}${version ? `?v=${encodeURIComponent(version)}` : ''}`;
}

function header(options: QueryUiPageOptions): SafeHtml {
  const choices = options.examples.map((example) => html`<option value="${example.id}">${example.title.zh} · ${example.title.en}</option>`);
  return html`<header class="jy-header">
<h1>SPARQL 查询 <span lang="en">· SPARQL query</span></h1>
<p>用 SPARQL 查询纪要数据集：会议、议题、议定事项、奖项、人员与机构。选择一个示例查询，或自行编写。端点 <code>${options.endpointPath}</code> 遵循 SPARQL 1.1 协议，只读，不支持 SERVICE 联合查询。</p>
<p lang="en">Query the jiyao dataset of government meeting minutes — meetings, agenda items, resolutions, awards, people and organisations — with SPARQL. Pick an example or write your own. The endpoint <code>${options.endpointPath}</code> speaks the SPARQL 1.1 Protocol, read-only, without SERVICE.</p>
<nav><a href="/">首页 <span lang="en">Home</span></a> <a href="/downloads/">数据下载 <span lang="en">Downloads</span></a> <a href="/ontology">本体 <span lang="en">Ontology</span></a></nav>
<p class="jy-examples"><label for="jy-example-select">示例查询 <span lang="en">Example queries</span></label>
<select id="jy-example-select"><option value="">选择示例，在新标签页打开 · Choose an example to open it in a new tab</option>${choices}</select></p>
</header>`;
}

function exampleList(examples: readonly ExampleQuery[]): SafeHtml {
  const items = examples.map((example) => html`<section id="${example.id}">
<h3>${example.title.zh} <span lang="en">· ${example.title.en}</span></h3>
<pre><code>${example.query}</code></pre>
</section>`);
  return html`<details class="jy-all-examples"><summary>全部示例查询 <span lang="en">· All example queries</span></summary>
${items}
</details>`;
}

/** Renders the page; every embedded string is escaped (HTML text and attributes, and the JSON config block). */
export function renderQueryUiPage(options: QueryUiPageOptions): string {
  const config = { endpointPath: options.endpointPath, examples: options.examples };
  return html`<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SPARQL 查询 · SPARQL query — 纪要 jiyao</title>
<link rel="stylesheet" href="${assetUrl(options, ASSET_NAMES.yasguiStyles)}">
<link rel="stylesheet" href="${assetUrl(options, ASSET_NAMES.styles)}">
</head>
<body>
${header(options)}
<main id="jy-yasgui"><noscript>查询编辑器需要 JavaScript；也可直接向 <code>${options.endpointPath}</code> 发送查询。 <span lang="en">The query editor needs JavaScript; you can also send queries to <code>${options.endpointPath}</code> directly.</span></noscript></main>
${exampleList(options.examples)}
${jsonDataScript('jy-query-ui-config', config)}
<script src="${assetUrl(options, ASSET_NAMES.yasguiScript)}"></script>
<script src="${assetUrl(options, ASSET_NAMES.script)}"></script>
</body>
</html>
`.toString();
}
