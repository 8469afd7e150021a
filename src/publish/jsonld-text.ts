// The JSON-LD dump, streamed: one node object per subject inside a top-level @graph, under the published context.
import type { Quad, Term } from '@rdfjs/types';
import { RDF, XSD } from '../vocab/index.js';
import type { SubjectGroup } from './triple-index.js';

/** The value of a JSON-LD `@context` (object, IRI string or array of both). */
export type JsonLdContext = Record<string, unknown> | string | Array<Record<string, unknown> | string>;

/** Characters after which a simple term definition may serve as a prefix (JSON-LD 1.1 "prefix flag"). */
const GEN_DELIM_END = /[:/?#[\]@]$/;

/**
 * Compacts IRIs to `prefix:suffix` with the prefixes a context defines, never producing a string the context
 * defines as a term (which would change its meaning). Falls back to the full IRI.
 */
export class IriCompactor {
  private readonly prefixes: Array<[name: string, iri: string]> = [];
  private readonly terms = new Set<string>();
  readonly hasDefaultLanguage: boolean;

  constructor(context: JsonLdContext) {
    const objects = (Array.isArray(context) ? context : [context]).filter((c): c is Record<string, unknown> => typeof c === 'object');
    let hasLanguage = false;
    for (const object of objects) {
      for (const [name, definition] of Object.entries(object)) {
        if (name === '@language') hasLanguage = definition !== null;
        if (name.startsWith('@')) continue;
        this.terms.add(name);
        const iri = prefixIri(definition);
        if (iri !== null && !name.includes(':')) this.prefixes.push([name, iri]);
      }
    }
    this.prefixes.sort((a, b) => b[1].length - a[1].length);
    this.hasDefaultLanguage = hasLanguage;
  }

  compact(iri: string): string {
    for (const [name, namespace] of this.prefixes) {
      if (!iri.startsWith(namespace) || iri.length === namespace.length) continue;
      const suffix = iri.slice(namespace.length);
      const curie = `${name}:${suffix}`;
      if (!suffix.startsWith('//') && !this.terms.has(curie)) return curie;
    }
    return iri;
  }
}

function prefixIri(definition: unknown): string | null {
  if (typeof definition === 'string') return GEN_DELIM_END.test(definition) ? definition : null;
  if (definition && typeof definition === 'object') {
    const { '@id': id, '@prefix': isPrefix } = definition as Record<string, unknown>;
    if (typeof id === 'string' && isPrefix === true) return id;
  }
  return null;
}

function nodeId(term: Term, compactor: IriCompactor): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : compactor.compact(term.value);
}

function objectValue(term: Quad['object'], compactor: IriCompactor): unknown {
  if (term.termType !== 'Literal') return { '@id': nodeId(term, compactor) };
  if (term.language) return { '@value': term.value, '@language': term.language };
  if (term.datatype.value === XSD.string) return compactor.hasDefaultLanguage ? { '@value': term.value } : term.value;
  return { '@value': term.value, '@type': compactor.compact(term.datatype.value) };
}

/** One subject's triples as a JSON-LD node object (all values kept as written: numbers stay typed strings). */
export function nodeObject(group: SubjectGroup, compactor: IriCompactor): Record<string, unknown> {
  const node: Record<string, unknown> = { '@id': nodeId(group.subject, compactor) };
  const types: string[] = [];
  const properties = new Map<string, unknown[]>();
  for (const { predicate, object } of group.triples) {
    if (predicate.value === RDF.type && object.termType === 'NamedNode') {
      types.push(compactor.compact(object.value));
      continue;
    }
    const key = compactor.compact(predicate.value);
    const values = properties.get(key) ?? [];
    values.push(objectValue(object, compactor));
    properties.set(key, values);
  }
  if (types.length) node['@type'] = types.length === 1 ? types[0] : types;
  for (const [key, values] of properties) node[key] = values.length === 1 ? values[0] : values;
  return node;
}

/** The pieces of the JSON-LD dump text: `{"@context": …, "@graph": [node, node, …]}`, one node object per line. */
export class JsonLdText {
  private readonly compactor: IriCompactor;
  private separator = '\n';

  constructor(private readonly context: JsonLdContext) {
    this.compactor = new IriCompactor(context);
  }

  /** The text before the first node. */
  header(): string {
    return `{"@context":${JSON.stringify(this.context)},\n"@graph":[`;
  }

  /** The next node object, with the separator before it. */
  node(group: SubjectGroup): string {
    const text = this.separator + JSON.stringify(nodeObject(group, this.compactor));
    this.separator = ',\n';
    return text;
  }

  /** The text after the last node. */
  footer(): string {
    return '\n]}\n';
  }
}
