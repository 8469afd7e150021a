// Test oracle: the search engine as it was when the whole index was loaded into memory (search/index.json), scoring and
// boosting every match before sorting. The on-disk engine must rank exactly like it.
import { expandQuery, type AliasPair } from '../../src/search/aliases.js';
import type { FieldName } from '../../src/search/documents.js';
import { normaliseText } from '../../src/search/normalise.js';
import { foldedText, type SearchIndexData, type StoredDocument } from '../../src/search/search-index.js';
import { makeSnippet } from '../../src/search/snippet.js';
import type { SearchRequest, SearchResult, SearchResults } from '../../src/search/search-engine.js';
import { queryTokens } from '../../src/search/tokenise.js';

const K1 = 1.2;
const B = 0.75;
const EXACT_LABEL_BOOST = 50;
const NAME_PHRASE_BOOST = 10;
const PHRASE_BOOST = 3;
const NAME_FIELDS: ReadonlySet<FieldName> = new Set<FieldName>(['label', 'altLabel', 'name']);
const FIELD_ORDER: readonly FieldName[] = ['label', 'altLabel', 'name', 'title', 'nextStep', 'quote'];

function requiredMatches(tokenCount: number): number {
  return tokenCount <= 3 ? tokenCount : Math.ceil((tokenCount * 2) / 3);
}

interface Candidate {
  doc: number;
  score: number;
  tokens: string[];
  parts: string[];
}

/** The in-memory engine of search index version 1, unchanged. */
export class ReferenceEngine {
  private readonly documents: StoredDocument[];
  private readonly postings: Map<string, number[]>;
  private readonly aliases: AliasPair[];
  private readonly averageLength: number;

  constructor(data: SearchIndexData) {
    this.documents = data.documents;
    this.postings = new Map(Object.entries(data.postings));
    this.aliases = data.aliases;
    const total = this.documents.reduce((sum, d) => sum + d.length, 0);
    this.averageLength = this.documents.length > 0 ? total / this.documents.length : 1;
  }

  /** Number of indexed documents. */
  get size(): number {
    return this.documents.length;
  }

  /** Class IRIs present in the index, sorted. */
  classes(): string[] {
    return [...new Set(this.documents.map((d) => d.classIri))].sort();
  }

  /** Runs a query: every match counted, one page returned with snippets. */
  search(request: SearchRequest): SearchResults {
    const variants = expandQuery(normaliseText(request.text).trim(), this.aliases);
    const best = new Map<number, Candidate>();
    for (const variant of variants) {
      for (const candidate of this.scoreVariant(variant, request.classIri)) {
        if ((best.get(candidate.doc)?.score ?? -1) < candidate.score) best.set(candidate.doc, candidate);
      }
    }
    const ranked = [...best.values()].sort((a, b) => this.compare(a, b));
    const from = (request.page - 1) * request.size;
    return { total: ranked.length, results: ranked.slice(from, from + request.size).map((c) => this.result(c)), variants };
  }

  private compare(a: Candidate, b: Candidate): number {
    const x = this.documents[a.doc], y = this.documents[b.doc];
    return b.score - a.score || x.label.length - y.label.length || (x.iri < y.iri ? -1 : x.iri > y.iri ? 1 : 0);
  }

  /** BM25 of each document matching enough tokens of one variant, plus phrase boosts. */
  private scoreVariant(variant: string, classIri: string | undefined): Candidate[] {
    const tokens = queryTokens(variant);
    const parts = variant.split(/\s+/u).filter((p) => p !== '');
    const scores = new Map<number, { score: number; matched: number }>();
    const count = this.documents.length;
    for (const token of tokens) {
      const list = this.postings.get(token) ?? [];
      const frequency = list.length / 2;
      const idf = Math.log(1 + (count - frequency + 0.5) / (frequency + 0.5));
      for (let i = 0; i < list.length; i += 2) {
        const doc = this.documents[list[i]];
        if (!doc || (classIri !== undefined && doc.classIri !== classIri)) continue;
        const tf = list[i + 1];
        const norm = tf + K1 * (1 - B + (B * doc.length) / this.averageLength);
        const entry = scores.get(list[i]) ?? { score: 0, matched: 0 };
        entry.score += (idf * tf * (K1 + 1)) / norm;
        entry.matched += 1;
        scores.set(list[i], entry);
      }
    }
    const required = requiredMatches(tokens.length);
    const candidates: Candidate[] = [];
    for (const [doc, { score, matched }] of scores) {
      if (matched < required) continue;
      const coverage = matched / tokens.length;
      candidates.push({ doc, tokens, parts, score: score * coverage + this.phraseBoost(this.documents[doc], variant, parts) });
    }
    return candidates;
  }

  private phraseBoost(doc: StoredDocument, variant: string, parts: readonly string[]): number {
    const label = doc.fields.find((f) => f[1] === doc.label);
    if (label && foldedText(label) === variant) return EXACT_LABEL_BOOST;
    const contains = (text: string) => parts.every((p) => text.includes(p));
    if (doc.fields.some((f) => NAME_FIELDS.has(f[0]) && contains(foldedText(f)))) return NAME_PHRASE_BOOST;
    return doc.fields.some((f) => contains(foldedText(f))) ? PHRASE_BOOST : 0;
  }

  private result(candidate: Candidate): SearchResult {
    const doc = this.documents[candidate.doc];
    const byOrder = [...doc.fields].sort((a, b) => FIELD_ORDER.indexOf(a[0]) - FIELD_ORDER.indexOf(b[0]));
    const hits = (text: string) => candidate.tokens.filter((t) => text.includes(t)).length;
    const phrase = byOrder.find((f) => candidate.parts.every((p) => foldedText(f).includes(p)));
    const field = phrase ?? byOrder.reduce((a, b) => (hits(foldedText(b)) > hits(foldedText(a)) ? b : a), byOrder[0]);
    const snippet = field ? makeSnippet(field[0], field[1], candidate.tokens) : { field: 'label' as const, text: doc.label, highlights: [] };
    return { iri: doc.iri, classIri: doc.classIri, label: doc.label, score: Math.round(candidate.score * 1000) / 1000, snippet };
  }
}
