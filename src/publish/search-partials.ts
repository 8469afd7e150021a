// What one page contributes to the search index, per subject, and how the pages' contributions merge back into one.
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { SEARCHED_CLASSES } from '../search/index.js';
import { DCTERMS, FOAF, JY, RDF, RDFS, SKOS } from '../vocab/index.js';

/**
 * The literal properties the search index reads (src/search/documents.ts: labels, names, titles, next steps).
 * A property missing here would silently drop out of the index: test/publish/streaming.test.ts compares the
 * index built from partials with the index of all quads at once.
 */
const INDEXED_PROPERTIES = new Set<string>([
  RDFS.label, SKOS.prefLabel, SKOS.altLabel, FOAF.name, DCTERMS.title, JY.awardName, JY.nextStep,
]);
const SEARCHED = new Set(SEARCHED_CLASSES);

/**
 * One subject as one page states it: its searched classes, its indexed values by property, and its evidence
 * nodes with their quotes — each list in the order the page first states it, without repeats.
 */
type Partial = [types: string[], values: Record<string, string[]>, evidence: Array<[iri: string, quotes: string[]]>];

function pushNew(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/**
 * The search partials of one page's quads, as [subject IRI, partial JSON]. The search index groups values by
 * subject in the order the pages state them (page order, then quad order); merging the pages' partials in page
 * order gives the same lists. Evidence quotes are joined within the page: the mapping states a subject's
 * jy:evidence link and the evidence's quote together.
 */
export function searchPartials(quads: Iterable<Quad>): Array<[string, string]> {
  const partials = new Map<string, Partial>();
  const quotes = new Map<string, string[]>();
  const partialOf = (iri: string): Partial => {
    let partial = partials.get(iri);
    if (!partial) partials.set(iri, (partial = [[], {}, []]));
    return partial;
  };
  for (const { subject, predicate, object } of quads) {
    if (subject.termType !== 'NamedNode') continue;
    const p = predicate.value;
    if (p === RDF.type) {
      if (SEARCHED.has(object.value)) pushNew(partialOf(subject.value)[0], object.value);
    } else if (INDEXED_PROPERTIES.has(p)) {
      const values = partialOf(subject.value)[1];
      pushNew((values[p] ??= []), object.value);
    } else if (p === JY.evidence) {
      const evidence = partialOf(subject.value)[2];
      if (!evidence.some(([iri]) => iri === object.value)) evidence.push([object.value, []]);
    } else if (p === JY.quote) {
      let list = quotes.get(subject.value);
      if (!list) quotes.set(subject.value, (list = []));
      pushNew(list, object.value);
    }
  }
  const result: Array<[string, string]> = [];
  for (const [iri, partial] of partials) {
    for (const entry of partial[2]) entry[1] = quotes.get(entry[0]) ?? [];
    result.push([iri, JSON.stringify(partial)]);
  }
  return result;
}

/** Merges one subject's partials (in page order) into quads that src/search turns into the same document. */
export function mergedSearchQuads(iri: string, partialsJson: readonly string[]): Quad[] {
  const types: string[] = [];
  const values = new Map<string, string[]>();
  const evidence = new Map<string, string[]>();
  for (const json of partialsJson) {
    const [pageTypes, pageValues, pageEvidence] = JSON.parse(json) as Partial;
    for (const type of pageTypes) pushNew(types, type);
    for (const [property, list] of Object.entries(pageValues)) {
      const merged = values.get(property) ?? [];
      for (const value of list) pushNew(merged, value);
      values.set(property, merged);
    }
    for (const [node, quotes] of pageEvidence) {
      const merged = evidence.get(node) ?? [];
      for (const quote of quotes) pushNew(merged, quote);
      evidence.set(node, merged);
    }
  }
  const { namedNode, literal, quad } = DataFactory;
  const subject = namedNode(iri);
  const quads: Quad[] = types.map((type) => quad(subject, namedNode(RDF.type), namedNode(type)) as Quad);
  for (const [property, list] of values) for (const value of list) quads.push(quad(subject, namedNode(property), literal(value)) as Quad);
  for (const [node, quotes] of evidence) {
    quads.push(quad(subject, namedNode(JY.evidence), namedNode(node)) as Quad);
    for (const quote of quotes) quads.push(quad(namedNode(node), namedNode(JY.quote), literal(quote)) as Quad);
  }
  return quads;
}
