// The HTML documentation of the ontology, generated from ontology/*.ttl: classes, properties, concepts.
import type { Quad, Term } from '@rdfjs/types';
import { DCTERMS, JY_NS, JY_ONTOLOGY, PREFIXES, RDF, RDFS, SKOS } from '../../vocab/index.js';
import { html, jsonLdScript, type SafeHtml } from './html.js';
import type { Labels } from './labels.js';
import { page, type Alternate } from './layout.js';
import { literalText, termName, type LinkContext } from './terms.js';

/** What the ontology page needs besides the ontology quads and labels. */
export interface OntologyViewContext extends LinkContext {
  jsonLd: string;
  alternates: readonly Alternate[];
}

const { owl: OWL_NS, rdfs: RDFS_NS, skos: SKOS_NS } = PREFIXES;
const SECTIONS: readonly { title: string; types: readonly string[] }[] = [
  { title: '类 Classes', types: [`${OWL_NS}Class`, `${RDFS_NS}Class`] },
  { title: '属性 Properties', types: [`${OWL_NS}ObjectProperty`, `${OWL_NS}DatatypeProperty`, `${OWL_NS}AnnotationProperty`, RDF.Property] },
  { title: '概念体系 Concept schemes', types: [SKOS.ConceptScheme] },
  { title: '概念 Concepts', types: [SKOS.Concept] },
];

/** Rows shown for each term, in this order, when present. */
const DETAIL_PROPERTIES: readonly [string, string][] = [
  ['rdfs:subClassOf', `${RDFS_NS}subClassOf`],
  ['rdfs:subPropertyOf', `${RDFS_NS}subPropertyOf`],
  ['rdfs:domain', `${RDFS_NS}domain`],
  ['rdfs:range', `${RDFS_NS}range`],
  ['skos:inScheme', SKOS.inScheme],
  ['skos:altLabel', SKOS.altLabel],
  ['skos:closeMatch', `${SKOS_NS}closeMatch`],
  ['owl:equivalentProperty', `${OWL_NS}equivalentProperty`],
];

const DEFINITIONS = [`${SKOS_NS}definition`, RDFS.comment];

function valuesOf(quads: readonly Quad[], subject: string, predicate: string): Term[] {
  return quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object);
}

function valueCell(term: Term, labels: Labels, ctx: LinkContext): SafeHtml {
  return term.termType === 'NamedNode' ? termName(term.value, labels, ctx) : literalText(term);
}

function termEntry(quads: readonly Quad[], iri: string, labels: Labels, ctx: LinkContext): SafeHtml {
  const local = iri.slice(JY_NS.length);
  const set = labels.get(iri) ?? {};
  const definitions = DEFINITIONS.flatMap((p) => valuesOf(quads, iri, p));
  const rows = DETAIL_PROPERTIES.map(([name, p]) => [name, valuesOf(quads, iri, p)] as const).filter(([, v]) => v.length > 0);
  return html`<section id="${local}"><h3>${set.zh ?? local} <span class="en">${set.en ?? ''}</span> <a class="iri" href="#${local}">jy:${local}</a></h3>
${definitions.map((d) => html`<p>${literalText(d)}</p>`)}
${rows.length > 0 ? html`<table>${rows.map(([name, values]) => html`<tr><th>${name}</th><td>${values.map((v, i) => html`${i > 0 ? ', ' : ''}${valueCell(v, labels, ctx)}`)}</td></tr>`)}</table>` : ''}
</section>`;
}

function subjectsOfType(quads: readonly Quad[], types: readonly string[]): string[] {
  const found = quads.filter((q) => q.predicate.value === RDF.type && types.includes(q.object.value) && q.subject.value.startsWith(JY_NS));
  return [...new Set(found.map((q) => q.subject.value))];
}

/** Renders the ontology documentation page; each term is an anchor (`/ontology#Meeting`). */
export function renderOntologyPage(quads: readonly Quad[], labels: Labels, ctx: OntologyViewContext): string {
  const titles = valuesOf(quads, JY_ONTOLOGY, DCTERMS.title);
  const descriptions = valuesOf(quads, JY_ONTOLOGY, `${PREFIXES.dcterms}description`);
  const version = valuesOf(quads, JY_ONTOLOGY, `${OWL_NS}versionInfo`)[0];
  const shown = new Set<string>();
  const sections = SECTIONS.map(({ title, types }) => {
    const terms = subjectsOfType(quads, types).filter((t) => !shown.has(t));
    terms.forEach((t) => shown.add(t));
    return terms.length === 0 ? html`` : html`<h2>${title}</h2>${terms.map((t) => termEntry(quads, t, labels, ctx))}`;
  });
  const body = html`<h1>${titles.map((t, i) => html`${i > 0 ? ' · ' : ''}${t.value}`)}</h1>
<p class="iri">${JY_ONTOLOGY}${version ? html` · ${version.value}` : ''}</p>
${descriptions.map((d) => html`<p>${literalText(d)}</p>`)}
${sections}`;
  return page({ title: '本体 Ontology', publicBase: ctx.publicBase, body, alternates: ctx.alternates, head: jsonLdScript(ctx.jsonLd) });
}
