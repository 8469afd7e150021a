// Labels for display: Chinese and English names of resources and ontology terms, gathered from quads.
import type { Quad } from '@rdfjs/types';
import { FOAF, PREFIXES, RDFS, SKOS } from '../../vocab/index.js';

/** The names of one resource: simplified Chinese, English, and any other (untagged or other language). */
export interface LabelSet {
  zh?: string;
  en?: string;
  other?: string;
}

/** IRI → its names. */
export type Labels = ReadonlyMap<string, LabelSet>;

const LABEL_PROPERTIES = new Set<string>([RDFS.label, SKOS.prefLabel, FOAF.name]);

/** Collects rdfs:label / skos:prefLabel / foaf:name of every IRI subject in `quads` (first of each language wins). */
export function collectLabels(quads: Iterable<Quad>, into: Map<string, LabelSet> = new Map()): Map<string, LabelSet> {
  for (const quad of quads) {
    if (quad.object.termType !== 'Literal' || !LABEL_PROPERTIES.has(quad.predicate.value)) continue;
    const set = into.get(quad.subject.value) ?? {};
    const language = quad.object.language.toLowerCase();
    const slot: keyof LabelSet = language.startsWith('zh') ? 'zh' : language.startsWith('en') ? 'en' : 'other';
    set[slot] ??= quad.object.value;
    into.set(quad.subject.value, set);
  }
  return into;
}

/** Merges label maps; the earlier map wins per language. */
export function mergeLabels(...maps: Labels[]): Map<string, LabelSet> {
  const merged = new Map<string, LabelSet>();
  for (const map of maps) {
    for (const [iri, set] of map) merged.set(iri, { ...set, ...merged.get(iri) });
  }
  return merged;
}

/** `dcterms:title` for an IRI in a known namespace, else the IRI itself. */
export function prefixedName(iri: string): string {
  for (const [prefix, namespace] of Object.entries(PREFIXES)) {
    if (iri.startsWith(namespace) && iri.length > namespace.length) return `${prefix}:${iri.slice(namespace.length)}`;
  }
  return iri;
}

/** Best name for a resource in `language` order (Chinese first for data, English first for ontology terms). */
export function nameOf(labels: Labels, iri: string, prefer: 'zh' | 'en' = 'zh'): string {
  const set = labels.get(iri);
  if (!set) return prefixedName(iri);
  return (prefer === 'zh' ? set.zh ?? set.other ?? set.en : set.en ?? set.other ?? set.zh) ?? prefixedName(iri);
}
