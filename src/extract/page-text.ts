// The shared page model: a decoded page split into what a reader sees and what only machines see.

import { MappedText } from './mapped-text.js';

/** A decoded page split into what a reader sees and what only machines see. All offsets point into the decoded source string. */
export interface PageText {
  /** Visible text, one line per block element (p, div, li, tr, br, h1-6, dl …) or per text line for plain pages, joined by '\n'. dt/dd and td stay inline on their row, separated by a space. */
  body: MappedText;
  isHtml: boolean;
  /** <title> text, or null. */
  title: MappedText | null;
  /** Texts of h1–h3 and of elements whose class contains "title"/"tit", in document order. */
  headings: MappedText[];
  /** <meta name|property=… content=…> by lower-cased name (keywords, description, siteidcode, articletitle, sitename, pubdate …). */
  meta: Map<string, MappedText>;
  /** Text of blocks a reader never sees (display:none, visibility:hidden, off-screen left/top:-NNNpx, text-indent:-NNNpx, font-size:0, hidden attribute). Not in body. */
  hiddenTexts: MappedText[];
  /** Visible links inside body: text + href. */
  links: Array<{ text: MappedText; href: string }>;
  /** alt attributes of images (a logo alt often names the site owner). */
  imageAlts: string[];
  /** Inline <script> texts (some pages set var siteIdCode="3205830001"); never in body. */
  scripts: string[];
  /** <link rel=canonical href> or og:url, or null. */
  canonicalUrl: string | null;
}

/** A page with only a body: every other field empty or null (plain-text pages, tests). */
export function bodyOnlyPage(body: MappedText, isHtml = false): PageText {
  return {
    body,
    isHtml,
    title: null,
    headings: [],
    meta: new Map(),
    hiddenTexts: [],
    links: [],
    imageAlts: [],
    scripts: [],
    canonicalUrl: null,
  };
}
