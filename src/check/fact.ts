// One scored fact (a score.py tuple such as ('attendee', '许小波')) and its canonical string key.

/** A value inside a fact: strings are already normalised; integers and booleans keep their type, as in Python. */
export type FactValue = string | number | boolean | null;

/** A fact: its kind first (`'attendee'`, `'item'`, `'nextStep'` …), then its values. */
export type Fact = readonly FactValue[];

/** Canonical key of a fact: the JSON of the tuple. Two facts are equal exactly when their keys are. */
export function factKey(fact: Fact): string {
  return JSON.stringify(fact);
}

/** A value as Python compares it: `True == 1` and `False == 0`, so booleans count as those integers. */
export function pythonComparable(value: FactValue): FactValue {
  return typeof value === 'boolean' ? Number(value) : value;
}

/**
 * Key under which Python considers two facts the same set element (`('item', True, 'Heard') == ('item', 1, 'Heard')`).
 * Fact keys keep booleans for display; compare and deduplicate with this.
 */
export function equalityKey(key: string): string {
  return JSON.stringify(factFromKey(key).map(pythonComparable));
}

/** Adds `fact` to `keys` unless a Python-equal fact is there already (a Python set keeps the first one). */
export class FactSet {
  readonly keys = new Set<string>();
  private readonly equal = new Set<string>();

  add(fact: Fact): void {
    const key = factKey(fact);
    const eq = equalityKey(key);
    if (this.equal.has(eq)) return;
    this.equal.add(eq);
    this.keys.add(key);
  }
}

/** Inverse of {@link factKey}. */
export function factFromKey(key: string): Fact {
  return JSON.parse(key) as Fact;
}

/** Python's `repr` of a string: quote choice and escapes of non-printable characters. */
function pythonStringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\' || ch === quote) out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch !== ' ' && /[\p{C}\p{Z}]/u.test(ch)) out += pythonEscape(code);
    else out += ch;
  }
  return out + quote;
}

function pythonEscape(code: number): string {
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code < 0x10000) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\U${code.toString(16).padStart(8, '0')}`;
}

function pythonValueRepr(value: FactValue): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return String(value);
  return pythonStringRepr(value);
}

/**
 * A fact as score.py prints it (Python tuple repr), e.g. `('attendee', '许小波')`.
 *
 * @example formatFact(['item', 1, 'Heard']) === "('item', 1, 'Heard')"
 */
export function formatFact(fact: Fact): string {
  const items = fact.map(pythonValueRepr);
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
}

/** Orders strings by code point, as Python's `sorted` does (JavaScript's default sort uses UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Fact keys in the order score.py lists them with `-v` (`sorted(…, key=str)`). */
export function formatFactsForDisplay(keys: Iterable<string>): string[] {
  return [...keys].map((key) => formatFact(factFromKey(key))).sort(compareCodePoints);
}
