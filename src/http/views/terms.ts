// Rendering single RDF terms as HTML: links that work on this host, names in Chinese and English, typed literals.
import type { Term } from '@rdfjs/types';
import { JY_NS, JY_ONTOLOGY, RDF, XSD } from '../../vocab/index.js';
import { html, type SafeHtml } from './html.js';
import { nameOf, prefixedName, type Labels } from './labels.js';

/** Where links point: dataset IRIs are rewritten onto the host the reader is using. */
export interface LinkContext {
  datasetBase: string;
  publicBase: string;
}

/** The href for an IRI: dataset things on this host, ontology terms on /ontology#term, anything else unchanged. */
export function hrefFor(iri: string, links: LinkContext): string {
  if (iri.startsWith(JY_NS)) return `${links.publicBase}ontology#${iri.slice(JY_NS.length)}`;
  if (iri === JY_ONTOLOGY) return `${links.publicBase}ontology`;
  if (iri.startsWith(links.datasetBase)) return links.publicBase + iri.slice(links.datasetBase.length);
  return iri;
}

/** Only http(s) and urn targets become links; anything else (javascript:, data:) is shown as text. */
function isLinkable(iri: string): boolean {
  return /^(https?:|urn:)/i.test(iri);
}

/** A link to a resource, named by its Chinese label (or prefixed name). */
export function resourceLink(iri: string, labels: Labels, links: LinkContext): SafeHtml {
  const name = nameOf(labels, iri, 'zh');
  if (!isLinkable(iri)) return html`<span class="iri">${iri}</span>`;
  return html`<a href="${hrefFor(iri, links)}" title="${iri}">${name}</a>`;
}

/** A vocabulary term named in both languages: 主持人 <span class="en">chair</span>. */
export function termName(iri: string, labels: Labels, links: LinkContext): SafeHtml {
  const set = labels.get(iri);
  const zh = set?.zh;
  const en = set?.en ?? (zh ? undefined : prefixedName(iri));
  return html`<a href="${hrefFor(iri, links)}" title="${iri}">${zh ?? ''}${zh && en ? ' ' : ''}${en ? html`<span class="en">${en}</span>` : ''}</a>`;
}

/** A literal with its language tag or a short datatype name. */
export function literalText(term: Term): SafeHtml {
  if (term.termType !== 'Literal') return html`${term.value}`;
  const datatype = term.datatype.value;
  if (term.language) return html`<span lang="${term.language}">${term.value}</span>`;
  if (datatype === XSD.string || datatype === RDF.langString) return html`${term.value}`;
  return html`${term.value} <span class="meta">${prefixedName(datatype)}</span>`;
}
