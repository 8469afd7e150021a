// Matching predicted facts against gold facts: exact, except nextStep and spam terms, matched by containment.
import { equalityKey, factFromKey, pythonComparable, type Fact } from './fact.js';

/** Fact kind → index of the string compared by containment (score.py `FUZZY`). */
const CONTAINMENT_INDEX: Readonly<Record<string, number>> = { nextStep: 2, spam: 1 };

/** score.py `_overlaps`: same kind and same leading values, and one string contains the other. */
function overlaps(f: Fact, g: Fact): boolean {
  const kind = f[0];
  if (typeof kind !== 'string' || !Object.hasOwn(CONTAINMENT_INDEX, kind)) return false;
  const i = CONTAINMENT_INDEX[kind];
  if (g[0] !== kind) return false;
  for (let k = 1; k < i; k += 1) if (pythonComparable(f[k]) !== pythonComparable(g[k])) return false;
  const a = f[i];
  const b = g[i];
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
}

/** How many predicted facts are right and how many gold facts were found. */
export interface MatchCounts {
  /** Predicted facts equal to, or (for nextStep/spam) overlapping, a gold fact. */
  hitPredicted: number;
  /** Gold facts equal to, or overlapping, a predicted fact. */
  hitGold: number;
}

function countHits(side: Set<string>, other: Set<string>, otherFacts: Fact[]): number {
  const otherEqual = new Set([...other].map(equalityKey));
  let hits = 0;
  for (const key of side) {
    if (otherEqual.has(equalityKey(key))) hits += 1;
    else {
      const fact = factFromKey(key);
      if (otherFacts.some((o) => overlaps(fact, o))) hits += 1;
    }
  }
  return hits;
}

/** Port of score.py `match(pred, gold)` over fact keys (equality as Python's: `True == 1`). */
export function matchFacts(predicted: Set<string>, gold: Set<string>): MatchCounts {
  const predictedFacts = [...predicted].map(factFromKey);
  const goldFacts = [...gold].map(factFromKey);
  return { hitPredicted: countHits(predicted, gold, goldFacts), hitGold: countHits(gold, predicted, predictedFacts) };
}

/** The kind of a fact key (`'attendee'`, `'item'` …). */
export function factKind(key: string): string {
  return String(factFromKey(key)[0]);
}
