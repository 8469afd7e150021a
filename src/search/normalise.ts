// Text folding for search: NFKC, traditional → simplified (OpenCC tw→cn) and lower case, with a per-character offset map.
import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;
let converter: Convert | null = null;

/** The OpenCC traditional (Taiwan variants) → mainland simplified converter, created once on first use. */
function toSimplified(): Convert {
  if (converter === null) converter = OpenCC.Converter({ from: 'tw', to: 'cn' }) as Convert;
  return converter;
}

/**
 * Folds text the same way for documents and queries: NFKC (full-width ＡＢ１ → AB1, ㈠ → (一)), traditional →
 * simplified (區長質量獎 → 区长质量奖) and lower case.
 */
export function normaliseText(text: string): string {
  return toSimplified()(text.normalize('NFKC')).toLowerCase();
}

/** Folded text whose every UTF-16 unit knows the source range it came from. */
export interface MappedFold {
  text: string;
  /** For each unit of `text`, the start offset in the source. */
  starts: number[];
  /** For each unit of `text`, the end offset in the source. */
  ends: number[];
}

/**
 * Folds `text` one code point at a time, keeping a map back to source offsets (for highlighting).
 * Per-character conversion can differ from {@link normaliseText} on multi-character phrases; it is used only to place marks.
 */
export function normaliseWithOffsets(text: string): MappedFold {
  const convert = toSimplified();
  const fold: MappedFold = { text: '', starts: [], ends: [] };
  let offset = 0;
  for (const char of text) {
    const folded = convert(char.normalize('NFKC')).toLowerCase();
    for (let i = 0; i < folded.length; i++) {
      fold.starts.push(offset);
      fold.ends.push(offset + char.length);
    }
    fold.text += folded;
    offset += char.length;
  }
  return fold;
}
