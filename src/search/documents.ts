// What the search index holds: one document per meeting, agenda item, resolution, award, document, organisation and person.
import type { Quad } from '@rdfjs/types';
import { DCTERMS, FOAF, JY, RDF, RDFS, SKOS } from '../vocab/index.js';

/** Where a piece of indexed text came from; each kind weighs differently in the ranking. */
export type FieldName = 'label' | 'altLabel' | 'name' | 'title' | 'nextStep' | 'quote';

/** One piece of text of a document. */
export interface SearchField {
  name: FieldName;
  text: string;
}

/** One searchable resource. */
export interface SearchDocument {
  iri: string;
  /** Its class (jy:Meeting …), the first of {@link SEARCHED_CLASSES} it has. */
  classIri: string;
  /** Its display label (Chinese rdfs:label, else foaf:name, else the IRI). */
  label: string;
  fields: SearchField[];
}

/** Classes whose instances are searchable, in order of preference when a resource has several. */
export const SEARCHED_CLASSES: readonly string[] = [
  JY.Meeting, JY.AgendaItem, JY.Resolution, JY.Award, JY.Document, JY.Organization, JY.Person,
];

/** Literal properties indexed, by field. */
const FIELD_OF_PROPERTY: ReadonlyMap<string, FieldName> = new Map<string, FieldName>([
  [RDFS.label, 'label'], [SKOS.prefLabel, 'label'], [SKOS.altLabel, 'altLabel'], [FOAF.name, 'name'],
  [DCTERMS.title, 'title'], [JY.awardName, 'title'], [JY.nextStep, 'nextStep'],
]);

/** The quads of a dataset grouped by subject IRI: predicate → literal or IRI values. */
class SubjectTable {
  readonly rows = new Map<string, Map<string, string[]>>();

  add(quad: Quad): void {
    if (quad.subject.termType !== 'NamedNode') return;
    let row = this.rows.get(quad.subject.value);
    if (!row) this.rows.set(quad.subject.value, (row = new Map()));
    const values = row.get(quad.predicate.value) ?? [];
    if (!values.includes(quad.object.value)) values.push(quad.object.value);
    row.set(quad.predicate.value, values);
  }

  values(subject: string, predicate: string): string[] {
    return this.rows.get(subject)?.get(predicate) ?? [];
  }
}

function fieldsOf(table: SubjectTable, iri: string): SearchField[] {
  const fields: SearchField[] = [];
  const seen = new Set<string>();
  const push = (name: FieldName, text: string) => {
    if (text.trim() === '' || seen.has(text)) return;
    seen.add(text);
    fields.push({ name, text });
  };
  for (const [property, name] of FIELD_OF_PROPERTY) for (const text of table.values(iri, property)) push(name, text);
  for (const evidence of table.values(iri, JY.evidence)) for (const quote of table.values(evidence, JY.quote)) push('quote', quote);
  return fields;
}

/** A search document for every resource of a {@link SEARCHED_CLASSES} class in `quads`, ordered by IRI. */
export function collectSearchDocuments(quads: Iterable<Quad>): SearchDocument[] {
  const table = new SubjectTable();
  for (const quad of quads) table.add(quad);
  const documents: SearchDocument[] = [];
  for (const iri of [...table.rows.keys()].sort()) {
    const types = table.values(iri, RDF.type);
    const classIri = SEARCHED_CLASSES.find((c) => types.includes(c));
    if (!classIri) continue;
    const fields = fieldsOf(table, iri);
    const label = table.values(iri, RDFS.label)[0] ?? table.values(iri, FOAF.name)[0] ?? iri;
    documents.push({ iri, classIri, label, fields });
  }
  return documents;
}

/** Names of divisions (常州市天宁区, 天宁区 …): prefixes stripped from full names to find short-name aliases. */
export function collectDivisionNames(quads: Iterable<Quad>): string[] {
  const divisions = new Set<string>();
  const names: Array<{ subject: string; name: string }> = [];
  for (const quad of quads) {
    if (quad.predicate.value === RDF.type && quad.object.value === JY.Division) divisions.add(quad.subject.value);
    if ((quad.predicate.value === RDFS.label || quad.predicate.value === SKOS.altLabel) && quad.object.termType === 'Literal') {
      names.push({ subject: quad.subject.value, name: quad.object.value });
    }
  }
  return [...new Set(names.filter((n) => divisions.has(n.subject)).map((n) => n.name))].sort();
}
