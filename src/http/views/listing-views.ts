// HTML pages that list things: the downloads folder and search results.
import { html } from './html.js';
import { page } from './layout.js';

/** One downloadable file. */
export interface DownloadEntry {
  name: string;
  href: string;
  bytes: number;
  modified: string;
}

/** The /downloads/ page: every dump and checksum with its size. */
export function renderDownloadsPage(files: readonly DownloadEntry[], publicBase: string): string {
  const body = html`<h1>下载 Downloads</h1>
<p>完整数据集的转储文件（gzip 压缩）及其 SHA-256 校验值。The full dataset as compressed dumps, with SHA-256 checksums.</p>
<table><tr><th>文件 File</th><th>大小 Size (bytes)</th><th>修改时间 Modified</th></tr>
${files.map((f) => html`<tr><td><a href="${f.href}">${f.name}</a></td><td>${f.bytes}</td><td>${f.modified}</td></tr>`)}
</table>`;
  return page({ title: '下载 Downloads', publicBase, body });
}

/** One search hit: a resource and the label that matched. */
export interface SearchHit {
  iri: string;
  href: string;
  label: string;
}

/** The /search page: the form, and the hits when there was a query. */
export function renderSearchPage(query: string, hits: readonly SearchHit[] | undefined, publicBase: string): string {
  const body = html`<h1>搜索 Search</h1>
<form method="get" action="${publicBase}search"><input type="search" name="q" value="${query}" maxlength="100" aria-label="搜索 search"> <button type="submit">搜索 Search</button></form>
${hits === undefined ? '' : hits.length === 0 ? html`<p>没有找到 No results.</p>` : html`<ul>${hits.map((h) =>
    html`<li><a href="${h.href}">${h.label}</a> <span class="iri">${h.iri}</span></li>`)}</ul>`}`;
  return page({ title: query ? `搜索 ${query}` : '搜索 Search', publicBase, body });
}
