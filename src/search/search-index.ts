// The search index as built in memory: documents, weighted postings per token, alias pairs (index-file.ts stores it in
// search/index.sqlite; memory-index.ts queries it as it is).
import { aliasPairs, type AliasPair } from './aliases.js';
import type { FieldName, SearchDocument } from './documents.js';
import { normaliseText } from './normalise.js';
import { documentTokens } from './tokenise.js';

/** Format name and version written into the file; a reader refuses anything else (version 1 was search/index.json). */
export const SEARCH_INDEX_FORMAT = 'jiyao-search-index';
export const SEARCH_INDEX_VERSION = 2;

/** How much a token in each field counts (labels most, quotes from the source least). */
export const FIELD_WEIGHTS: Readonly<Record<FieldName, number>> = {
  label: 3, altLabel: 3, name: 3, title: 2, nextStep: 1, quote: 1,
};

/** One field as stored: its name, the text as published, and the folded text when folding changed it. */
export type StoredField = [name: FieldName, text: string, folded?: string];

/** One document as stored. */
export interface StoredDocument {
  iri: string;
  classIri: string;
  label: string;
  fields: StoredField[];
  /** Weighted token count (BM25 document length). */
  length: number;
}

/** A whole index in memory. */
export interface SearchIndexData {
  format: typeof SEARCH_INDEX_FORMAT;
  version: typeof SEARCH_INDEX_VERSION;
  documents: StoredDocument[];
  /** Token → flat list of (document number, weighted frequency) pairs, documents ascending. */
  postings: Record<string, number[]>;
  aliases: AliasPair[];
}

/** The folded text of a stored field. */
export function foldedText(field: StoredField): string {
  return field[2] ?? field[1];
}

function storeDocument(doc: SearchDocument, postings: Map<string, number[]>, number: number): StoredDocument {
  const weighted = new Map<string, number>();
  const fields: StoredField[] = doc.fields.map((field) => {
    const folded = normaliseText(field.text);
    for (const [token, count] of documentTokens(folded)) {
      weighted.set(token, (weighted.get(token) ?? 0) + count * FIELD_WEIGHTS[field.name]);
    }
    return folded === field.text ? [field.name, field.text] : [field.name, field.text, folded];
  });
  let length = 0;
  for (const [token, frequency] of weighted) {
    length += frequency;
    const list = postings.get(token) ?? [];
    list.push(number, frequency);
    postings.set(token, list);
  }
  return { iri: doc.iri, classIri: doc.classIri, label: doc.label, fields, length };
}

/**
 * Builds the index of `documents` (deterministic: same documents, same index).
 * @param divisionNames - division names stripped from full names to derive short-name aliases
 */
export function buildSearchIndex(documents: readonly SearchDocument[], divisionNames: readonly string[] = []): SearchIndexData {
  const postings = new Map<string, number[]>();
  const stored = documents.map((doc, number) => storeDocument(doc, postings, number));
  const sortedPostings: Record<string, number[]> = {};
  for (const token of [...postings.keys()].sort()) sortedPostings[token] = postings.get(token)!;
  return {
    format: SEARCH_INDEX_FORMAT, version: SEARCH_INDEX_VERSION,
    documents: stored, postings: sortedPostings, aliases: aliasPairs(documents, divisionNames),
  };
}
