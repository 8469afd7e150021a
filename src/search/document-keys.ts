// What the on-disk index keeps beside a document so the engine can bound its boost without reading it: the folded
// label field (for the exact-label boost) and which of its tokens occur in its names (for the name-phrase boost).
import { foldedText, type StoredDocument } from './search-index.js';
import type { FieldName } from './documents.js';
import { documentTokens } from './tokenise.js';

/** Fields whose text earns the name-phrase boost when it contains the query. */
export const NAME_FIELDS: ReadonlySet<FieldName> = new Set<FieldName>(['label', 'altLabel', 'name']);

/** The folded text of a document's label field (the field whose text is its label), if it has one. */
export function foldedLabelField(doc: StoredDocument): string | undefined {
  const field = doc.fields.find((f) => f[1] === doc.label);
  return field ? foldedText(field) : undefined;
}

/** The tokens of a document's name fields (label, altLabel, name). */
export function nameTokens(doc: StoredDocument): Set<string> {
  const tokens = new Set<string>();
  for (const field of doc.fields) {
    if (NAME_FIELDS.has(field[0])) for (const token of documentTokens(foldedText(field)).keys()) tokens.add(token);
  }
  return tokens;
}
