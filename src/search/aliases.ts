// Short-name aliases (区工信局 ↔ 常州市天宁区工业和信息化局, 工信局 ↔ 工业和信息化局) taken from the data's altLabels.
import type { SearchDocument } from './documents.js';
import { normaliseText } from './normalise.js';

/** Two folded names of the same thing: a short form and a full form. */
export type AliasPair = readonly [short: string, full: string];

/** A leading 区/市/县 of a department's short name (区工信局 → 工信局). */
const LEVEL_PREFIX = /^[区市县]/u;

/** Shortest name that still makes a useful alias, in UTF-16 units. */
const MIN_ALIAS_LENGTH = 2;
/** Most query variants tried (the query itself included). */
const MAX_VARIANTS = 8;

/** Strips the longest division name from the start of `name`, repeatedly (常州市天宁区工业和信息化局 → 工业和信息化局). */
function stripDivisions(name: string, divisions: readonly string[]): string {
  let rest = name;
  for (let stripped = true; stripped;) {
    stripped = false;
    const prefix = divisions.find((d) => rest.startsWith(d) && rest.length - d.length >= MIN_ALIAS_LENGTH);
    if (prefix) {
      rest = rest.slice(prefix.length);
      stripped = true;
    }
  }
  return rest;
}

/**
 * Alias pairs from every document that has altLabels: (altLabel, label), and the same pair without the place
 * (区工信局 / 常州市天宁区工业和信息化局 → 工信局 / 工业和信息化局) so a query naming either form finds text using the other.
 * @param divisionNames - names of the dataset's divisions (常州市天宁区, 天宁区, 常州市)
 */
export function aliasPairs(documents: readonly SearchDocument[], divisionNames: readonly string[]): AliasPair[] {
  const divisions = divisionNames.map(normaliseText).sort((a, b) => b.length - a.length);
  const pairs = new Map<string, AliasPair>();
  const add = (short: string, full: string) => {
    if (short.length >= MIN_ALIAS_LENGTH && full.length >= MIN_ALIAS_LENGTH && short !== full) pairs.set(`${short}\u0000${full}`, [short, full]);
  };
  for (const doc of documents) {
    const full = normaliseText(doc.label);
    for (const field of doc.fields.filter((f) => f.name === 'altLabel')) {
      const short = normaliseText(field.text);
      add(short, full);
      const fullCore = stripDivisions(full, divisions);
      if (fullCore !== full) add(stripDivisions(short, divisions).replace(LEVEL_PREFIX, ''), fullCore);
    }
  }
  return [...pairs.values()].sort((a, b) => (a.join() < b.join() ? -1 : 1));
}

/**
 * The folded query and its alias variants: each pair whose short or full form occurs in the query adds the query
 * with that form replaced by the other (区工信局 → 区工业和信息化局, 常州市天宁区工业和信息化局 …). At most 8, query first.
 */
export function expandQuery(folded: string, pairs: readonly AliasPair[]): string[] {
  const variants = [folded];
  for (const [short, full] of pairs) {
    if (variants.length >= MAX_VARIANTS) break;
    const variant = folded.includes(full) ? folded.replace(full, short) : folded.includes(short) ? folded.replace(short, full) : undefined;
    if (variant !== undefined && !variants.includes(variant)) variants.push(variant);
  }
  return variants;
}
