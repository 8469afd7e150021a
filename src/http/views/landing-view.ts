// The home page: dataset title, counts, example resources and the ways in (SPARQL, downloads, ontology, search).
import { html } from './html.js';
import { page } from './layout.js';

/** What the landing page shows. */
export interface LandingInput {
  title: string;
  description?: string;
  triples?: number;
  /** Class label → number of resources. */
  counts: readonly { label: string; count: number }[];
  examples: readonly { href: string; label: string }[];
  publicBase: string;
}

/** Renders the landing page. */
export function renderLandingPage(input: LandingInput): string {
  const base = input.publicBase;
  const body = html`<h1>${input.title}</h1>
${input.description ? html`<p>${input.description}</p>` : ''}
${input.triples !== undefined ? html`<p>三元组 Triples: <strong>${input.triples}</strong></p>` : ''}
${input.counts.length > 0 ? html`<table>${input.counts.map((c) => html`<tr><th>${c.label}</th><td>${c.count}</td></tr>`)}</table>` : ''}
<h2>使用数据 Use the data</h2>
<ul>
<li><a href="${base}sparql">SPARQL 查询 endpoint</a></li>
<li><a href="${base}downloads/">下载 Downloads</a> (N-Quads, N-Triples, Turtle, JSON-LD)</li>
<li><a href="${base}ontology">本体 Ontology</a></li>
<li><a href="${base}.well-known/void">VoID 数据集描述 dataset description</a></li>
<li><a href="${base}search">搜索 Search</a></li>
</ul>
${input.examples.length > 0 ? html`<h2>示例 Examples</h2><ul>${input.examples.map((e) => html`<li><a href="${e.href}">${e.label}</a></li>`)}</ul>` : ''}`;
  return page({ title: input.title, publicBase: base, body });
}
