// Bytes → text: finds the charset of a whole page (BOM, declaration, verification, detection)
// and decodes the whole buffer at once, reporting a lying or missing declaration as a warning.

import iconv from 'iconv-lite';
import { ExtractionError, type ExtractionWarning } from '../record/types.js';

/** A page decoded to a string; all later offsets point into `text`. */
export interface DecodedPage {
  /** The decoded page, byte-order mark removed. */
  text: string;
  /** Charset actually used: 'utf-8' | 'gb18030' | 'big5' (or 'utf-16le'/'utf-16be' after a BOM). */
  charset: string;
  /** The label the page declares in a <meta> tag (lower-cased, e.g. 'gb2312'), or null. */
  declaredCharset: string | null;
  warnings: ExtractionWarning[];
}

/** Options of {@link decodePage}. */
export interface DecodeOptions {
  /** Largest page accepted, in bytes. Default 5 MiB. */
  maxBytes?: number;
}

type Candidate = 'utf-8' | 'gb18030' | 'big5';
const CANDIDATES: readonly Candidate[] = ['utf-8', 'gb18030', 'big5'];

const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** How far into the page a <meta> charset declaration is looked for. */
const DECLARATION_WINDOW = 4096;
/** A declared decoding is kept unless another scores this much better. */
const DECLARED_TOLERANCE = 0.15;
/** Below this plausibility no decoding is Chinese text… */
const MIN_SCORE = 0.1;
/** …and below this one not even a page with a few non-ASCII characters. */
const MIN_SHORT_SCORE = -0.5;
/** A first decoding scoring this well is kept without trying the others (mojibake scores below 0). */
const CONVINCING_SCORE = 0.3;
/** Plausibility is measured on this many non-ASCII characters at most. */
const SAMPLE_CHARS = 50_000;
/** With this many non-ASCII characters and no plausible decoding, the bytes are garbage ('binary'). */
const GARBAGE_MIN_CHARS = 40;

/**
 * Frequent Chinese characters, simplified and traditional; the share of them among a decoding's
 * ideographs tells real text from mojibake (鍖烘斂搴滅 is UTF-8 read as GBK).
 */
const COMMON_CHARS: Uint8Array = codeUnitTable(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严' +
    // traditional forms of the commonest words of minutes (會議 區長 國際 書 辦 發 經 …)
    '會議區長國際書辦發經時對開這說們過與審關於為員體門問機實現當從業務環電應項進級會議紀錄聽財產設計劃',
);

/** A table with 1 at each character's UTF-16 code unit: looked up once per character of a page, faster than a Set. */
function codeUnitTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/**
 * Decodes a page's bytes, whole buffer at once.
 * Order: BOM → `<meta charset>` / `http-equiv` declaration in the first ~4 KB → verify the declared
 * decoding → otherwise detect by scoring UTF-8 (strict), GB18030 and Big5 on common Chinese characters.
 * @throws ExtractionError 'empty' | 'too-large' | 'binary' | 'unreadable'
 */
export function decodePage(bytes: Uint8Array, options: DecodeOptions = {}): DecodedPage {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw new ExtractionError('empty', 'the page has no bytes');
  if (bytes.length > maxBytes) {
    throw new ExtractionError('too-large', `the page has ${bytes.length} bytes, more than the limit of ${maxBytes}`);
  }
  const bom = decodeWithBom(bytes);
  if (bom) return checkNotBlank({ ...bom, declaredCharset: null, warnings: [] });
  if (looksBinary(bytes)) throw new ExtractionError('binary', 'the page contains NUL or control bytes: not a text page');
  const declaredCharset = findDeclaredCharset(bytes);
  const declared = declaredCharset === null ? null : normaliseCharsetLabel(declaredCharset);
  const { charset, text } = chooseDecoding(bytes, declared);
  const warnings: ExtractionWarning[] = [];
  if (declaredCharset === null) {
    if (!isAscii(bytes)) warnings.push({ code: 'charset-guessed', message: `no charset declared; detected ${charset}` });
  } else if (declared !== charset && !isAscii(bytes)) {
    warnings.push({ code: 'charset-mismatch', message: `declared charset ${declaredCharset} does not fit the bytes; read as ${charset}` });
  }
  return checkNotBlank({ text, charset, declaredCharset, warnings });
}

/** Maps a charset label to the decoder we read it with, or null when we do not read that charset. */
export function normaliseCharsetLabel(label: string): Candidate | null {
  const l = label.trim().toLowerCase();
  if (l === 'utf-8' || l === 'utf8') return 'utf-8';
  if (['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'euc-cn', 'csgb2312', 'gb_2312-80', 'windows-936'].includes(l)) return 'gb18030';
  if (['big5', 'big5-hkscs', 'x-x-big5', 'cp950', 'csbig5'].includes(l)) return 'big5';
  return null;
}

/** The charset label declared by `<meta charset=…>` or `<meta http-equiv content="…; charset=…">`, lower-cased. */
export function findDeclaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, DECLARATION_WINDOW)).toString('latin1');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(tag);
    if (m) return m[1].toLowerCase();
  }
  return null;
}

function decodeWithBom(bytes: Uint8Array): { text: string; charset: string } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictUtf8(bytes.subarray(3));
    if (text === null) throw new ExtractionError('unreadable', 'the page starts with a UTF-8 byte-order mark but is not UTF-8');
    return { text, charset: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), charset: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), charset: 'utf-16be' };
  return null;
}

/** NUL bytes, or more than 10 % control bytes other than tab, newline, form feed and carriage return. */
function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) controls++;
  }
  return controls > bytes.length * 0.1;
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeAs(bytes: Uint8Array, charset: Candidate): string | null {
  if (charset === 'utf-8') return strictUtf8(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), charset);
}

/** Keeps the declared decoding when it is plausible, otherwise the best-scoring candidate. */
function chooseDecoding(bytes: Uint8Array, declared: Candidate | null): { charset: Candidate; text: string } {
  if (isAscii(bytes)) return { charset: 'utf-8', text: Buffer.from(bytes).toString('latin1') };
  const first = declared ?? 'utf-8';
  const firstText = decodeAs(bytes, first);
  if (firstText !== null && measure(firstText).score >= CONVINCING_SCORE) return { charset: first, text: firstText };
  const scored = CANDIDATES.map((charset) => {
    const text = charset === first ? firstText : decodeAs(bytes, charset);
    return { charset, text, ...(text === null ? { score: -Infinity, nonAscii: 0 } : measure(text)) };
  });
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  if (best.nonAscii >= GARBAGE_MIN_CHARS && best.score < MIN_SCORE) {
    throw new ExtractionError('binary', 'the page decodes only to garbage: not a Chinese text page');
  }
  if (best.text === null || best.score < MIN_SHORT_SCORE) {
    throw new ExtractionError('unreadable', 'the page decodes to plausible text in none of UTF-8, GB18030 or Big5');
  }
  const fromDeclaration = scored.find((c) => c.charset === declared);
  if (fromDeclaration && fromDeclaration.text !== null && fromDeclaration.score >= best.score - DECLARED_TOLERANCE) {
    return { charset: fromDeclaration.charset, text: fromDeclaration.text };
  }
  return { charset: best.charset, text: best.text };
}

/**
 * How much a decoding looks like Chinese text: share of common characters among its
 * non-ASCII characters, minus three times the share of impossible ones (U+FFFD, private use,
 * C1 controls). Real minutes score 0.5–0.8, mojibake below 0. Exported for tests.
 */
export function plausibility(text: string): number {
  return measure(text).score;
}

/** Scores the first {@link SAMPLE_CHARS} non-ASCII characters (UTF-16 units; a surrogate pair counts once). */
function measure(text: string): { score: number; nonAscii: number } {
  let nonAscii = 0;
  let common = 0;
  let bad = 0;
  for (let i = 0; i < text.length && nonAscii < SAMPLE_CHARS; i++) {
    const cp = text.charCodeAt(i);
    if (cp < 0x80 || isNeutralPunctuation(cp) || (cp >= 0xdc00 && cp <= 0xdfff)) continue;
    nonAscii++;
    if (COMMON_CHARS[cp] === 1) common++;
    else if (cp === 0xfffd || (cp >= 0xe000 && cp <= 0xf8ff) || cp <= 0x9f || (cp >= 0xdb80 && cp <= 0xdbff)) bad++;
  }
  return { score: nonAscii === 0 ? 0 : (common - 3 * bad) / nonAscii, nonAscii };
}

/** CJK and full-width punctuation (，。：、《》　): frequent in text but says nothing about the charset. */
function isNeutralPunctuation(cp: number): boolean {
  return (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xff20) || cp === 0x201c || cp === 0x201d || cp === 0x00a0;
}

function checkNotBlank(page: DecodedPage): DecodedPage {
  if (page.text.trim() === '') throw new ExtractionError('empty', 'the page contains only white space');
  return page;
}
