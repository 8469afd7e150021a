// Text that remembers where each of its characters came from in the decoded source page,
// so that evidence quotes taken from cleaned, repaired, simplified text still carry source offsets.

import type { Evidence } from '../record/types.js';

/**
 * An immutable string plus, for every UTF-16 unit, the source span `[starts[i], ends[i])` it
 * stands for in the decoded page (a plain character spans one unit; an entity such as `&ldquo;`
 * or a repaired spam token spans several). `anchor` positions an empty text.
 */
export class MappedText {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly anchor: number;

  private constructor(text: string, starts: Int32Array, ends: Int32Array, anchor: number) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.anchor = anchor;
  }

  /** The source itself: character i comes from offset `base + i`. */
  static fromSource(text: string, base = 0): MappedText {
    const starts = new Int32Array(text.length);
    const ends = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) {
      starts[i] = base + i;
      ends[i] = base + i + 1;
    }
    return new MappedText(text, starts, ends, base);
  }

  /** Text whose characters all stand for one source span (an entity, a repaired token). */
  static fromSpan(text: string, start: number, end: number): MappedText {
    return new MappedText(text, new Int32Array(text.length).fill(start), new Int32Array(text.length).fill(end), start);
  }

  /** Concatenates pieces in order. */
  static concat(parts: readonly MappedText[]): MappedText {
    const text = parts.map((p) => p.text).join('');
    const starts = new Int32Array(text.length);
    const ends = new Int32Array(text.length);
    let at = 0;
    for (const p of parts) {
      starts.set(p.starts, at);
      ends.set(p.ends, at);
      at += p.text.length;
    }
    return new MappedText(text, starts, ends, parts.length > 0 ? parts[0].anchor : 0);
  }

  get length(): number {
    return this.text.length;
  }

  /** text[start, end) with its offsets; the offsets are views of this text's (no copy: nothing ever writes to them). */
  slice(start: number, end = this.text.length): MappedText {
    const s = clamp(start, this.text.length);
    const e = Math.max(s, clamp(end, this.text.length));
    return new MappedText(this.text.slice(s, e), this.starts.subarray(s, e), this.ends.subarray(s, e), this.anchorAt(s));
  }

  /** Evidence for text[start, end): the quote is this (repaired) text, offsets point into the source. */
  evidence(start = 0, end = this.text.length): Evidence {
    const s = clamp(start, this.text.length);
    const e = Math.max(s, clamp(end, this.text.length));
    if (s === e) return { quote: '', start: this.anchorAt(s), end: this.anchorAt(s) };
    let lo = this.starts[s];
    let hi = this.ends[s];
    for (let i = s + 1; i < e; i++) {
      if (this.starts[i] < lo) lo = this.starts[i];
      if (this.ends[i] > hi) hi = this.ends[i];
    }
    return { quote: this.text.slice(s, e), start: lo, end: hi };
  }

  /** Source position of a text starting at `s` (for an empty text there: the end of what precedes it). */
  private anchorAt(s: number): number {
    return s < this.text.length ? this.starts[s] : this.text.length > 0 ? this.ends[this.text.length - 1] : this.anchor;
  }

  /**
   * Replaces every match of `pattern` (must be global) by `replace(match)`; the replacement's
   * characters all map to the matched source span. Returns `this` when nothing changed.
   */
  replaceAll(pattern: RegExp, replace: (match: RegExpExecArray) => string): MappedText {
    if (!pattern.global) throw new Error('MappedText.replaceAll needs a global pattern');
    const parts: MappedText[] = [];
    let last = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(this.text); m !== null; m = pattern.exec(this.text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      const replacement = replace(m);
      if (replacement === m[0]) continue;
      parts.push(this.slice(last, start));
      const span = this.evidence(start, end);
      parts.push(MappedText.fromSpan(replacement, span.start, span.end));
      last = end;
    }
    if (parts.length === 0) return this;
    parts.push(this.slice(last));
    return MappedText.concat(parts);
  }

  /**
   * Maps the text through `convert`, which should keep the length (OpenCC's simplified
   * conversion is character for character on BMP text); falls back to one span otherwise.
   */
  mapSameLength(convert: (s: string) => string): MappedText {
    const out = convert(this.text);
    if (out === this.text) return this;
    if (out.length === this.text.length) return new MappedText(out, this.starts, this.ends, this.anchor);
    const span = this.evidence();
    return MappedText.fromSpan(out, span.start, span.end);
  }

  /** Splits on a global pattern, keeping positions. */
  split(separator: RegExp): MappedText[] {
    if (!separator.global) throw new Error('MappedText.split needs a global pattern');
    const out: MappedText[] = [];
    let last = 0;
    separator.lastIndex = 0;
    for (let m = separator.exec(this.text); m !== null; m = separator.exec(this.text)) {
      if (m[0].length === 0) {
        separator.lastIndex++;
        continue;
      }
      out.push(this.slice(last, m.index));
      last = m.index + m[0].length;
    }
    out.push(this.slice(last));
    return out;
  }

  /** Removes leading/trailing whitespace (including U+3000 and NBSP). */
  trim(): MappedText {
    // Scanned character by character: /\s*$/ backtracks quadratically over a long inner run of spaces.
    let start = 0;
    let end = this.text.length;
    while (start < end && isSpace(this.text[start])) start++;
    while (end > start && isSpace(this.text[end - 1])) end--;
    return this.slice(start, end);
  }

  toString(): string {
    return this.text;
  }
}

/** One white-space character (\\s covers U+3000 and NBSP too). */
function isSpace(char: string): boolean {
  return /\s/.test(char);
}

function clamp(i: number, length: number): number {
  return Math.min(Math.max(0, i), length);
}
