// The /search page: the form (text, type, page size), the ranked hits with highlighted snippets, and paging links.
import type { Snippet } from '../../search/index.js';
import { escapeHtml, html, raw, type SafeHtml } from './html.js';
import type { Labels } from './labels.js';
import { page } from './layout.js';

/** A class as shown beside a hit: its IRI and Chinese and English labels from the ontology. */
export interface TypeView {
  iri: string;
  zh: string | null;
  en: string | null;
}

/** One hit as both the page and the JSON answer show it. */
export interface SearchHitView {
  iri: string;
  /** Where the hit is on this host. */
  href: string;
  type: TypeView | null;
  label: string;
  /** Ranking score (null in the labels-only fallback). */
  score: number | null;
  /** The snippet, with `html` = its text escaped and each highlight wrapped in `<mark>`. */
  snippet: Snippet & { html: string };
}

/** Everything the search page shows. */
export interface SearchPageModel {
  /** The search text, or null when the form is shown without a query. */
  query: string | null;
  typeIri: string | null;
  page: number;
  size: number;
  total: number;
  hits: SearchHitView[];
  /** The folded query and the alias variants also tried. */
  variants: string[];
  /** Classes present in the index, for the type filter. */
  classes: TypeView[];
  mode: 'full-text' | 'labels-only';
  /** Why only labels were searched (no index), or null. */
  notice: string | null;
  publicBase: string;
  /** Ontology labels (type names). */
  labels: Labels;
}

/** A snippet as HTML: each stretch of text escaped on its own, highlights wrapped in `<mark>` (escape, then mark). */
export function snippetHtml(snippet: Snippet): string {
  let out = '';
  let at = 0;
  for (const [start, end] of snippet.highlights) {
    if (start < at || end <= start) continue;
    out += `${escapeHtml(snippet.text.slice(at, start))}<mark>${escapeHtml(snippet.text.slice(start, end))}</mark>`;
    at = end;
  }
  return out + escapeHtml(snippet.text.slice(at));
}

const typeName = (type: TypeView | null): string => (type ? [type.zh, type.en].filter(Boolean).join(' ') || type.iri : '');

/** URL of the same search on another page. */
function pageUrl(model: SearchPageModel, pageNumber: number): string {
  const params = new URLSearchParams({ q: model.query ?? '' });
  if (model.typeIri) params.set('type', model.typeIri);
  if (model.size !== 20) params.set('size', String(model.size));
  params.set('page', String(pageNumber));
  return `${model.publicBase}search?${params.toString()}`;
}

function searchForm(model: SearchPageModel): SafeHtml {
  const options = model.classes.map((c) => html`<option value="${c.iri}"${model.typeIri === c.iri ? raw(' selected') : ''}>${typeName(c)}</option>`);
  return html`<form method="get" action="${model.publicBase}search" role="search">
<input type="search" name="q" value="${model.query ?? ''}" maxlength="200" aria-label="搜索 search" placeholder="区工信局、区长质量奖 …">
${options.length > 0 ? html`<select name="type" aria-label="类型 type"><option value="">所有类型 all types</option>${options}</select>` : ''}
<button type="submit">搜索 Search</button></form>`;
}

function hitItem(hit: SearchHitView): SafeHtml {
  return html`<li class="hit"><a href="${hit.href}">${hit.label}</a>${hit.type ? html` <span class="meta">${typeName(hit.type)}</span>` : ''}
<br><span class="snippet">${raw(hit.snippet.html)}</span><br><span class="iri">${hit.iri}</span></li>`;
}

function pager(model: SearchPageModel): SafeHtml {
  const last = Math.max(1, Math.ceil(model.total / model.size));
  if (last === 1) return html``;
  return html`<nav class="pager">${model.page > 1 ? html`<a rel="prev" href="${pageUrl(model, model.page - 1)}">← 上一页 previous</a> ` : ''}
第 ${model.page} / ${last} 页 page${model.page < last ? html` <a rel="next" href="${pageUrl(model, model.page + 1)}">下一页 next →</a>` : ''}</nav>`;
}

function resultsSection(model: SearchPageModel): SafeHtml {
  if (model.query === null) return html``;
  if (model.total === 0) return html`<p>没有找到 No results for “${model.query}”.</p>`;
  const from = (model.page - 1) * model.size + 1;
  return html`<p class="meta">共 ${model.total} 条结果 ${model.total} results${model.hits.length > 0 ? html` · ${from}–${from + model.hits.length - 1}` : ''}</p>
<ol start="${from}">${model.hits.map(hitItem)}</ol>${pager(model)}`;
}

/** Renders the search page. Pure; every string from the data or the request is escaped. */
export function renderSearchResultsPage(model: SearchPageModel): string {
  const body = html`<h1>搜索 Search</h1>
${searchForm(model)}
${model.notice ? html`<p class="warning">${model.notice}</p>` : ''}
${resultsSection(model)}`;
  return page({ title: model.query ? `搜索 ${model.query}` : '搜索 Search', publicBase: model.publicBase, body });
}
