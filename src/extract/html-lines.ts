// Collects text pieces with their source spans into lines, dropping the line breaks and
// indentation that HTML source formatting introduces while keeping spacing a reader sees.

import { MappedText } from './mapped-text.js';

/**
 * A run of ASCII white space containing a line break: HTML source formatting
 * (e.g. "钱立群\n    冯志远" inside one <p>), not spacing the author typed. Tried only where a run
 * starts (the look-behind), so 40,000 spaces without a line break are scanned once, not 40,000 times.
 */
const SOURCE_LINE_BREAK = /(?<![ \t\f\r\n])[ \t\f\r\n]*[\r\n][ \t\f\r\n]*/g;

/** Any CJK ideograph or CJK/full-width punctuation, next to which a source line break becomes nothing ("区长\n  王大明" → "区长王大明"). */
const CJK_OR_FULLWIDTH = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Text of one line with source-formatting line breaks removed (or made one space between two non-CJK characters). */
export function dropSourceFormatting(line: MappedText): MappedText {
  return line.replaceAll(SOURCE_LINE_BREAK, (m) => {
    const before = m.input.charAt(m.index - 1);
    const after = m.input.charAt(m.index + m[0].length);
    if (before === '' || after === '') return '';
    return CJK_OR_FULLWIDTH.test(before) || CJK_OR_FULLWIDTH.test(after) ? '' : ' ';
  });
}

/** Builds '\n'-joined lines from text pieces; blank lines are dropped. */
export class LineCollector {
  private readonly lines: MappedText[] = [];
  private pieces: MappedText[] = [];
  private hasText = false;

  /** Adds a piece of text to the current line. */
  add(piece: MappedText): void {
    if (piece.length === 0) return;
    this.pieces.push(piece);
    if (/\S/.test(piece.text)) this.hasText = true;
  }

  /** Adds a separator (between table or definition cells) when the line already has text. */
  separate(separator: string, at: number): void {
    if (this.hasText) this.pieces.push(MappedText.fromSpan(separator, at, at));
  }

  /** Ends the current line (block boundary or <br>); a line of white space only is dropped. */
  endLine(): void {
    if (this.hasText) {
      const line = dropSourceFormatting(MappedText.concat(this.pieces));
      if (/[^\s\u3000\u00a0]/.test(line.text)) this.lines.push(line);
    }
    this.pieces = [];
    this.hasText = false;
  }

  /** All lines joined by '\n' (each '\n' positioned at the end of the line before it). */
  result(): MappedText {
    this.endLine();
    const parts: MappedText[] = [];
    this.lines.forEach((line, i) => {
      if (i > 0) {
        const previous = this.lines[i - 1];
        const at = previous.ends[previous.length - 1];
        parts.push(MappedText.fromSpan('\n', at, at));
      }
      parts.push(line);
    });
    return parts.length > 0 ? MappedText.concat(parts) : MappedText.fromSource('');
  }

  /** The collected text as one line (titles, headings, link texts), trimmed. */
  singleLine(): MappedText {
    return dropSourceFormatting(MappedText.concat(this.pieces)).trim();
  }
}
