// Querying a search index: alias variants, BM25 over weighted bigrams, boosts for label matches, paging, snippets.
// The index may be on disk, so a query reads only what it needs: its tokens' postings, and the documents whose score
// could still reach the requested page once their phrase boost is known.
import { expandQuery } from './aliases.js';
import { BoundedRanking } from './bounded-ranking.js';
import { foldedLabelField, NAME_FIELDS } from './document-keys.js';
import type { FieldName } from './documents.js';
import type { SearchIndexSource } from './index-source.js';
import { normaliseText } from './normalise.js';
import { foldedText, type StoredDocument } from './search-index.js';
import { makeSnippet, type Snippet } from './snippet.js';
import { phraseTokens, queryTokens } from './tokenise.js';

/** One query. */
export interface SearchRequest {
  /** The text as typed (folded here). */
  text: string;
  /** Only documents of this class IRI. */
  classIri?: string;
  /** 1-based page number. */
  page: number;
  /** Results per page. */
  size: number;
}

/** One result. */
export interface SearchResult {
  iri: string;
  classIri: string;
  label: string;
  score: number;
  snippet: Snippet;
}

/** A page of results and the number of all matches. */
export interface SearchResults {
  total: number;
  results: SearchResult[];
  /** The folded query and the alias variants that were also tried. */
  variants: string[];
}

const K1 = 1.2;
const B = 0.75;
/** Boosts: the label is the query; a name field contains it; any field contains it. */
const EXACT_LABEL_BOOST = 50;
const NAME_PHRASE_BOOST = 10;
const PHRASE_BOOST = 3;
/** Snippet field preference when several contain the query. */
const FIELD_ORDER: readonly FieldName[] = ['label', 'altLabel', 'name', 'title', 'nextStep', 'quote'];

/** Matched tokens a document needs: all of a query of up to three tokens, two thirds of a longer one. */
function requiredMatches(tokenCount: number): number {
  return tokenCount <= 3 ? tokenCount : Math.ceil((tokenCount * 2) / 3);
}

/** True when `text` has something to search for (a Han character, letter or digit). */
export function hasSearchableText(text: string): boolean {
  return queryTokens(normaliseText(text)).length > 0;
}

/** One form of the query (the folded text or an alias variant) with its tokens and whitespace-separated parts. */
interface Variant {
  text: string;
  tokens: string[];
  parts: string[];
  /** Tokens a field containing every part must have (tokenise.ts phraseTokens). */
  phraseTokens: ReadonlySet<string>;
}

/** A document's BM25 × coverage for one variant, and the largest boost it could get short of the exact-label one. */
interface BaseScore {
  base: number;
  boostBound: number;
}

/** A matching document before its boosts are known: BM25 × coverage per variant it matches, and the best it can reach. */
interface Match {
  doc: number;
  /** Indexed by variant; undefined where the document does not match that variant. */
  bases: Array<number | undefined>;
  /** Highest score it can reach: a base plus the largest boost it could get. */
  bound: number;
}

/** A scored document: its best variant (the first of equal scores) and what the ranking's tie-breaks need. */
interface Ranked {
  doc: number;
  score: number;
  variant: number;
  labelLength: number;
  iri: string;
}

/** Higher score first, then the shorter label, then the IRI. */
function compareRanked(a: Ranked, b: Ranked): number {
  return b.score - a.score || a.labelLength - b.labelLength || (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0);
}

/** An index ready to answer queries; queries do not change it. */
export class SearchEngine {
  constructor(private readonly index: SearchIndexSource) {}

  /** Number of indexed documents. */
  get size(): number {
    return this.index.documentCount;
  }

  /** Class IRIs present in the index, sorted. */
  classes(): string[] {
    return this.index.classes();
  }

  /** Releases the index (its database connection). */
  close(): void {
    this.index.close();
  }

  /** Runs a query: every match counted, one page returned with snippets. */
  search(request: SearchRequest): SearchResults {
    const folded = normaliseText(request.text).trim();
    const variants = expandQuery(folded, this.index.aliasesIn(folded)).map((text): Variant => {
      const parts = text.split(/\s+/u).filter((p) => p !== '');
      const tokens = queryTokens(text);
      // Always a subset of the tokens; kept to the tokens anyway, as a token never looked up could never count.
      return { text, tokens, parts, phraseTokens: new Set(parts.flatMap(phraseTokens).filter((t) => tokens.includes(t))) };
    });
    const texts = variants.map((v) => v.text);
    const classNumber = request.classIri === undefined ? undefined : this.index.classNumber(request.classIri);
    if (request.classIri !== undefined && classNumber === undefined) return { total: 0, results: [], variants: texts };
    const matches = this.matches(variants, classNumber);
    const from = (request.page - 1) * request.size;
    if (from >= matches.length) return { total: matches.length, results: [], variants: texts };
    const ranked = this.rank(matches, variants, from + request.size).slice(from, from + request.size);
    return { total: matches.length, results: ranked.map((r) => this.result(r, variants[r.variant])), variants: texts };
  }

  /** Every document matching enough tokens of some variant, with its base score per variant and its bound. */
  private matches(variants: readonly Variant[], classNumber: number | undefined): Match[] {
    const byDoc = new Map<number, Match>();
    variants.forEach((variant, v) => {
      const exact = new Set(this.index.exactLabelDocuments(variant.text));
      for (const [doc, { base, boostBound }] of this.baseScores(variant, classNumber)) {
        let match = byDoc.get(doc);
        if (!match) byDoc.set(doc, (match = { doc, bases: [], bound: -Infinity }));
        match.bases[v] = base;
        match.bound = Math.max(match.bound, base + (exact.has(doc) ? EXACT_LABEL_BOOST : boostBound));
      }
    });
    return [...byDoc.values()];
  }

  /**
   * BM25 of each document matching enough tokens, times the share of tokens it matches; and the most its phrase boost
   * can be: 10 only if its names have every phrase token, 3 only if it has them all, else 0.
   */
  private baseScores(variant: Variant, classNumber: number | undefined): Map<number, BaseScore> {
    const scores = new Map<number, { score: number; matched: number; phrase: number; phraseInName: number }>();
    const count = this.index.documentCount;
    const averageLength = this.index.averageLength;
    for (const token of variant.tokens) {
      const list = this.index.postings(token);
      if (!list) continue;
      const frequency = list.size;
      const idf = Math.log(1 + (count - frequency + 0.5) / (frequency + 0.5));
      const isPhraseToken = variant.phraseTokens.has(token);
      for (let i = 0; i < list.size; i++) {
        if (classNumber !== undefined && list.classes[i] !== classNumber) continue;
        const tf = list.frequencies[i];
        const norm = tf + K1 * (1 - B + (B * list.lengths[i]) / averageLength);
        const doc = list.documents[i];
        const entry = scores.get(doc) ?? { score: 0, matched: 0, phrase: 0, phraseInName: 0 };
        entry.score += (idf * tf * (K1 + 1)) / norm;
        entry.matched += 1;
        if (isPhraseToken) {
          entry.phrase += 1;
          entry.phraseInName += list.inName[i];
        }
        scores.set(doc, entry);
      }
    }
    const required = requiredMatches(variant.tokens.length);
    const needed = variant.phraseTokens.size;
    const bases = new Map<number, BaseScore>();
    for (const [doc, { score, matched, phrase, phraseInName }] of scores) {
      if (matched < required) continue;
      const boostBound = phraseInName === needed ? NAME_PHRASE_BOOST : phrase === needed ? PHRASE_BOOST : 0;
      bases.set(doc, { base: score * (matched / variant.tokens.length), boostBound });
    }
    return bases;
  }

  /**
   * The first `count` documents of the ranking. Documents are scored best bound first; once `count` are kept, a
   * document whose bound is below the last kept score cannot enter, nor can any after it, so their fields are never read.
   */
  private rank(matches: Match[], variants: readonly Variant[], count: number): Ranked[] {
    const ranking = new BoundedRanking<Ranked>(count, compareRanked);
    matches.sort((a, b) => b.bound - a.bound);
    for (const match of matches) {
      if (ranking.isFull && match.bound < ranking.last!.score) break;
      const doc = this.index.document(match.doc);
      let best: Ranked | undefined;
      match.bases.forEach((base, v) => {
        if (base === undefined) return;
        const score = base + this.phraseBoost(doc, variants[v].text, variants[v].parts);
        if (!best || best.score < score) best = { doc: match.doc, score, variant: v, labelLength: doc.label.length, iri: doc.iri };
      });
      if (best) ranking.offer(best);
    }
    return ranking.sorted();
  }

  private phraseBoost(doc: StoredDocument, variant: string, parts: readonly string[]): number {
    if (foldedLabelField(doc) === variant) return EXACT_LABEL_BOOST;
    const contains = (text: string) => parts.every((p) => text.includes(p));
    if (doc.fields.some((f) => NAME_FIELDS.has(f[0]) && contains(foldedText(f)))) return NAME_PHRASE_BOOST;
    return doc.fields.some((f) => contains(foldedText(f))) ? PHRASE_BOOST : 0;
  }

  private result(ranked: Ranked, variant: Variant): SearchResult {
    const doc = this.index.document(ranked.doc);
    const byOrder = [...doc.fields].sort((a, b) => FIELD_ORDER.indexOf(a[0]) - FIELD_ORDER.indexOf(b[0]));
    const hits = (text: string) => variant.tokens.filter((t) => text.includes(t)).length;
    const phrase = byOrder.find((f) => variant.parts.every((p) => foldedText(f).includes(p)));
    const field = phrase ?? byOrder.reduce((a, b) => (hits(foldedText(b)) > hits(foldedText(a)) ? b : a), byOrder[0]);
    const snippet = field ? makeSnippet(field[0], field[1], variant.tokens) : { field: 'label' as const, text: doc.label, highlights: [] };
    return { iri: doc.iri, classIri: doc.classIri, label: doc.label, score: Math.round(ranked.score * 1000) / 1000, snippet };
  }
}
