// Compares an endpoint's answer with a W3C expected result: blank nodes up to renaming, multisets unless ORDER BY.
import type { Term } from '@rdfjs/types';
import { isomorphic } from 'rdf-isomorphic';
import type { Bindings } from '../../src/store/store.js';
import { comparison, literalKey, numericValue, type ResultSet } from './result-sets.js';

type BnodeMap = Map<string, string>;

/** Whether two terms match, extending the blank node bijection `map` (actual label → expected label) if needed. */
function termsMatch(actual: Term, expected: Term, map: BnodeMap, reverse: BnodeMap): boolean {
  if (actual.termType === 'BlankNode' && expected.termType === 'BlankNode') {
    const known = map.get(actual.value);
    if (known !== undefined) return known === expected.value;
    if (reverse.has(expected.value)) return false;
    map.set(actual.value, expected.value);
    reverse.set(expected.value, actual.value);
    return true;
  }
  return literalKey(actual) === literalKey(expected);
}

function rowsMatch(actual: Bindings, expected: Bindings, map: BnodeMap, reverse: BnodeMap): boolean {
  const names = Object.keys(actual);
  if (names.length !== Object.keys(expected).length) return false;
  return names.every((name) => expected[name] !== undefined && termsMatch(actual[name], expected[name], map, reverse));
}

/** Backtracking search for a row assignment (consistent blank node renaming across rows). */
function assign(actual: Bindings[], expected: Bindings[], isOrdered: boolean, at: number, used: boolean[], map: BnodeMap, reverse: BnodeMap): boolean {
  if (at === actual.length) return true;
  const candidates = isOrdered ? [at] : expected.map((_, i) => i).filter((i) => !used[i]);
  for (const i of candidates) {
    const nextMap = new Map(map);
    const nextReverse = new Map(reverse);
    if (!rowsMatch(actual[at], expected[i], nextMap, nextReverse)) continue;
    used[i] = true;
    if (assign(actual, expected, isOrdered, at + 1, used, nextMap, nextReverse)) return true;
    used[i] = false;
  }
  return false;
}

const hasBnode = (rows: Bindings[]): boolean => rows.some((row) => Object.values(row).some((t) => t.termType === 'BlankNode'));
const rowKey = (row: Bindings): string => Object.keys(row).sort().map((name) => `${name}=${literalKey(row[name])}`).join('|');

function sameRows(actual: Bindings[], expected: Bindings[], isOrdered: boolean): boolean {
  if (actual.length !== expected.length) return false;
  if (!hasBnode(actual) && !hasBnode(expected)) {
    const a = actual.map(rowKey);
    const e = expected.map(rowKey);
    if (!isOrdered) {
      a.sort();
      e.sort();
    }
    return a.every((key, i) => key === e[i]);
  }
  return assign(actual, expected, isOrdered, 0, [], new Map(), new Map());
}

function csvLines(lines: string[][]): string[] {
  const normalise = (field: string): string =>
    field.startsWith('_:') ? '_:' : (comparison.isNumericByValue && numericValue(field)) || field;
  return lines.map((fields) => fields.map(normalise).join('\u0000'));
}

/** Returns undefined when the results agree, otherwise why not. */
export function compareResults(actual: ResultSet, expected: ResultSet, isOrdered: boolean): string | undefined {
  if (actual.kind !== expected.kind) return `expected a ${expected.kind} result, got ${actual.kind}`;
  if (actual.kind === 'boolean' && expected.kind === 'boolean') {
    return actual.value === expected.value ? undefined : `expected ${expected.value}, got ${actual.value}`;
  }
  if (actual.kind === 'graph' && expected.kind === 'graph') {
    return isomorphic(actual.quads, expected.quads) ? undefined : 'the graphs are not isomorphic';
  }
  if (actual.kind === 'csv' && expected.kind === 'csv') {
    // SELECT * leaves the column order to the engine: put the actual columns in the expected order.
    const order = expected.lines[0].map((name) => actual.lines[0].indexOf(name));
    if (order.includes(-1)) return `CSV header ${actual.lines[0].join(',')} ≠ ${expected.lines[0].join(',')}`;
    const [a, e] = [csvLines(actual.lines.map((line) => order.map((at) => line[at] ?? ''))), csvLines(expected.lines)];
    if (a[0] !== e[0]) return `CSV header ${a[0]} ≠ ${e[0]}`;
    const [rowsA, rowsE] = [a.slice(1).sort(), e.slice(1).sort()];
    return rowsA.length === rowsE.length && rowsA.every((row, i) => row === rowsE[i]) ? undefined : 'CSV rows differ';
  }
  if (actual.kind === 'bindings' && expected.kind === 'bindings') {
    const [va, ve] = [[...actual.variables].sort().join(','), [...expected.variables].sort().join(',')];
    if (va !== ve) return `variables ${va} ≠ ${ve}`;
    return sameRows(actual.rows, expected.rows, isOrdered) ? undefined : 'the solutions differ';
  }
  return 'incomparable results';
}
