// Collects the quads of one page into its named graph, with typed-literal helpers and duplicate removal.

import { DataFactory } from 'n3';
import type { NamedNode, Quad, Quad_Object } from '@rdfjs/types';
import { RDF, RDFS, XSD } from '../vocab/index.js';

const { namedNode, literal, quad } = DataFactory;

/** Language tag of every Chinese literal the project publishes. */
export const ZH = 'zh-Hans';

/** ISO calendar date yyyy-mm-dd (2021-01-23). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A string that tells objects apart: N3 terms carry a canonical id (N3's literal getters would re-parse it on every call). */
function objectKey(o: Quad_Object): string {
  const id = (o as { id?: unknown }).id;
  return typeof id === 'string' ? id : `${o.termType}\u0000${o.value}\u0000${o.termType === 'Literal' ? `${o.language}|${o.datatype.value}` : ''}`;
}

/** Most subjects have one or two objects per predicate: a short array, scanned, beats a Set (moved to one past this size). */
const FEW_OBJECTS = 16;

/** The object keys of one subject and predicate. */
class ObjectKeys {
  private few: string[] = [];
  private many: Set<string> | null = null;

  /** Adds `key`; false when it was there already. */
  add(key: string): boolean {
    if (this.many !== null) {
      if (this.many.has(key)) return false;
      this.many.add(key);
      return true;
    }
    if (this.few.includes(key)) return false;
    this.few.push(key);
    if (this.few.length > FEW_OBJECTS) this.many = new Set(this.few);
    return true;
  }
}

/** Builds the quads of one named graph; adding the same triple twice keeps one. */
export class QuadBuilder {
  private readonly graph: NamedNode;
  /** Objects already added, by subject then predicate (short keys: whole `s p o` strings were slow to hash). */
  private readonly seen = new Map<string, Map<string, ObjectKeys>>();
  private readonly out: Quad[] = [];

  constructor(graphIri: string) {
    this.graph = namedNode(graphIri);
  }

  /** The quads added so far, in insertion order. */
  get quads(): Quad[] {
    return [...this.out];
  }

  /** Adds `s p o` where o is an RDF/JS term. */
  term(s: string, p: string, o: Quad_Object): void {
    if (!this.objectsOf(s, p).add(objectKey(o))) return;
    this.out.push(quad(namedNode(s), namedNode(p), o, this.graph));
  }

  /** The objects added for `s p` so far. */
  private objectsOf(s: string, p: string): ObjectKeys {
    let byPredicate = this.seen.get(s);
    if (byPredicate === undefined) {
      byPredicate = new Map();
      this.seen.set(s, byPredicate);
    }
    let objects = byPredicate.get(p);
    if (objects === undefined) {
      objects = new ObjectKeys();
      byPredicate.set(p, objects);
    }
    return objects;
  }

  /** Adds `s p <o>`. */
  iri(s: string, p: string, o: string): void {
    this.term(s, p, namedNode(o));
  }

  /** Adds one rdf:type per class. */
  types(s: string, ...classes: string[]): void {
    for (const c of classes) this.iri(s, RDF.type, c);
  }

  /** Adds a simplified-Chinese literal (`"…"@zh-Hans`). */
  text(s: string, p: string, value: string): void {
    this.term(s, p, literal(value, ZH));
  }

  /** Adds an xsd:string literal. */
  plain(s: string, p: string, value: string): void {
    this.term(s, p, literal(value));
  }

  /** Adds an xsd:integer literal. */
  integer(s: string, p: string, value: number): void {
    if (!Number.isInteger(value)) throw new Error(`not an integer: ${value}`);
    this.term(s, p, literal(String(value), namedNode(XSD.integer)));
  }

  /** Adds an xsd:boolean literal. */
  boolean(s: string, p: string, value: boolean): void {
    this.term(s, p, literal(String(value), namedNode(XSD.boolean)));
  }

  /** Adds an xsd:date literal when `value` is an ISO date; returns whether it did. */
  date(s: string, p: string, value: string | null): boolean {
    if (value === null || !ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) return false;
    this.term(s, p, literal(value, namedNode(XSD.date)));
    return true;
  }

  /** Adds the rdfs:label every resource carries (`@zh-Hans`). */
  label(s: string, value: string): void {
    this.text(s, RDFS.label, value);
  }
}
