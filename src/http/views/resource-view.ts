// The HTML page of one resource: its facts, the evidence quote of each, links both ways, tampering warnings.
import type { Quad, Term } from '@rdfjs/types';
import { JY, PROV, RDF } from '../../vocab/index.js';
import { browseSections } from './browse-view.js';
import { html, jsonLdScript, type SafeHtml } from './html.js';
import { nameOf, type Labels } from './labels.js';
import { page, type Alternate } from './layout.js';
import { hrefFor, literalText, resourceLink, termName, type LinkContext } from './terms.js';

/** What the resource page needs besides its quads and labels. */
export interface ResourceViewContext extends LinkContext {
  /** The thing described. */
  iri: string;
  /** The same description as JSON-LD, embedded for machines. */
  jsonLd: string;
  alternates: readonly Alternate[];
}

const HIDDEN_PROPERTIES = new Set<string>([RDF.type, JY.evidence]);

function objectsOf(quads: readonly Quad[], subject: string, predicate: string): Term[] {
  return quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object);
}

const isTrue = (term: Term): boolean => term.termType === 'Literal' && (term.value === 'true' || term.value === '1');

/** Minutes mentioned in the description (the page's sources), excluding the thing itself. */
function sourceMinutes(quads: readonly Quad[], iri: string): string[] {
  const minutes = quads.filter((q) => q.predicate.value === RDF.type && q.object.value === JY.Minutes).map((q) => q.subject.value);
  return [...new Set(minutes)].filter((m) => m !== iri);
}

/** Renders one object: a link, a typed literal, or the nested properties of a blank node. */
function objectCell(quads: readonly Quad[], object: Term, labels: Labels, ctx: ResourceViewContext): SafeHtml {
  if (object.termType === 'NamedNode') return resourceLink(object.value, labels, ctx);
  if (object.termType !== 'BlankNode') return literalText(object);
  const inner = quads.filter((q) => q.subject.equals(object));
  return html`<table>${inner.map((q) => html`<tr><th>${termName(q.predicate.value, labels, ctx)}</th><td>${
    q.object.termType === 'BlankNode' ? html`<span class="meta">…</span>` : objectCell(quads, q.object, labels, ctx)}</td></tr>`)}</table>`;
}

function factsTable(quads: readonly Quad[], labels: Labels, ctx: ResourceViewContext): SafeHtml {
  const own = quads.filter((q) => q.subject.value === ctx.iri && !HIDDEN_PROPERTIES.has(q.predicate.value));
  const predicates = [...new Set(own.map((q) => q.predicate.value))];
  if (predicates.length === 0) return html``;
  return html`<h2>属性 Properties</h2><table>${predicates.map((p) => html`<tr><th>${termName(p, labels, ctx)}</th><td>${
    own.filter((q) => q.predicate.value === p).map((q, i) => html`${i > 0 ? html`<br>` : ''}${objectCell(quads, q.object, labels, ctx)}`)}</td></tr>`)}</table>`;
}

/** The source page a quote can be checked against: the evidence's own, the minutes', or the only source in view. */
function sourceOfEvidence(quads: readonly Quad[], evidence: string, ctx: ResourceViewContext): string | undefined {
  const own = objectsOf(quads, evidence, PROV.wasDerivedFrom)[0] ?? objectsOf(quads, ctx.iri, PROV.wasDerivedFrom)[0];
  if (own) return own.value;
  const sources = new Set(sourceMinutes(quads, ctx.iri).flatMap((m) => objectsOf(quads, m, PROV.wasDerivedFrom).map((t) => t.value)));
  return sources.size === 1 ? [...sources][0] : undefined;
}

function evidenceSection(quads: readonly Quad[], labels: Labels, ctx: ResourceViewContext): SafeHtml {
  const nodes = objectsOf(quads, ctx.iri, JY.evidence);
  if (nodes.length === 0) return html``;
  const items = nodes.map((node) => {
    const quote = objectsOf(quads, node.value, JY.quote)[0];
    const start = objectsOf(quads, node.value, JY.start)[0];
    const end = objectsOf(quads, node.value, JY.end)[0];
    const properties = objectsOf(quads, node.value, JY.forProperty);
    const source = sourceOfEvidence(quads, node.value, ctx);
    return html`<li>${properties.map((p) => html`${termName(p.value, labels, ctx)} `)}<blockquote>${quote?.value ?? ''}</blockquote>
<span class="meta">字符 characters ${start?.value ?? '?'}–${end?.value ?? '?'}${source ? html` · <a href="${hrefFor(source, ctx)}" rel="nofollow">来源 source</a>` : ''}</span></li>`;
  });
  return html`<h2>证据 Evidence</h2><ul>${items}</ul>`;
}

function incomingSection(quads: readonly Quad[], labels: Labels, ctx: ResourceViewContext): SafeHtml {
  const incoming = quads.filter((q) => q.object.value === ctx.iri && q.object.termType === 'NamedNode' && q.subject.value !== ctx.iri);
  if (incoming.length === 0) return html``;
  return html`<h2>被引用 Linked from</h2><table>${incoming.map((q) =>
    html`<tr><th>${termName(q.predicate.value, labels, ctx)}</th><td>${objectCell(quads, q.subject, labels, ctx)}</td></tr>`)}</table>`;
}

function sourcesSection(quads: readonly Quad[], labels: Labels, ctx: ResourceViewContext): SafeHtml {
  const minutes = sourceMinutes(quads, ctx.iri);
  if (minutes.length === 0) return html``;
  return html`<h2>来源 Sources</h2><ul>${minutes.map((m) => {
    const source = objectsOf(quads, m, PROV.wasDerivedFrom)[0];
    const tampered = objectsOf(quads, m, JY.tampered).some(isTrue);
    return html`<li>${resourceLink(m, labels, ctx)}${source ? html` · <a href="${hrefFor(source.value, ctx)}" rel="nofollow">原网页 source page</a>` : ''}${
      tampered ? html` <strong>⚠ 来源被篡改 source tampered</strong>` : ''}</li>`;
  })}</ul>`;
}

/** True when the thing is tampered minutes, or a meeting whose jy:minutes are. */
export function isTamperedSource(quads: readonly Quad[], iri: string): boolean {
  const minutes = [iri, ...objectsOf(quads, iri, JY.minutes).map((t) => t.value)];
  return minutes.some((m) => objectsOf(quads, m, JY.tampered).some(isTrue));
}

function tamperWarning(quads: readonly Quad[], ctx: ResourceViewContext): SafeHtml {
  if (!isTamperedSource(quads, ctx.iri)) return html``;
  return html`<div class="warning" role="alert"><strong>⚠ 注意：此纪要的来源网页被篡改，含有注入的无关内容（已从数据中剔除）。</strong><br>
Warning: the source page of these minutes was tampered with (injected spam, removed from the data). Check facts against their evidence.</div>`;
}

/**
 * The HTML page of a resource. Pure: the description quads (from describeQuery), the labels of
 * data and ontology terms, and the link context in; a complete document out. Every data string is escaped.
 */
export function renderResourcePage(quads: readonly Quad[], labels: Labels, ctx: ResourceViewContext): string {
  const types = objectsOf(quads, ctx.iri, RDF.type);
  const title = nameOf(labels, ctx.iri, 'zh');
  const body = html`<h1>${title}</h1>
<p class="iri">${ctx.iri}</p>
${types.length > 0 ? html`<p>${types.map((t, i) => html`${i > 0 ? ' · ' : ''}${termName(t.value, labels, ctx)}`)}</p>` : ''}
${tamperWarning(quads, ctx)}
${factsTable(quads, labels, ctx)}
${evidenceSection(quads, labels, ctx)}
${browseSections(quads, labels, ctx)}
${incomingSection(quads, labels, ctx)}
${sourcesSection(quads, labels, ctx)}`;
  return page({ title, publicBase: ctx.publicBase, body, alternates: ctx.alternates, head: jsonLdScript(ctx.jsonLd) });
}
