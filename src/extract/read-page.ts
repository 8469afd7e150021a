// Chooses the reader for a decoded page: HTML when the start of the text looks like markup, plain text otherwise.

import type { DecodedPage } from './decode.js';
import { readHtml } from './html.js';
import { readPlain } from './plain.js';
import type { PageText } from './page-text.js';

/** How much of the page's start is sniffed for markup. */
const SNIFF_WINDOW = 2048;
/** A document that says it is HTML or XHTML: <!DOCTYPE html …>, <html …>, <?xml …?>. */
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<\?xml)/i;
/** Common tags; several of them near the start mean an HTML fragment without <html>. */
const COMMON_TAG = /<\/?(?:p|div|br|span|table|tr|td|a|body|head|meta|title|h[1-6]|ul|li)(?:\s[^<>]*)?\/?>/gi;

/** True when the text looks like HTML (doctype, <html>, or at least three common tags near the start). */
export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, SNIFF_WINDOW);
  if (HTML_START.test(start)) return true;
  return (start.match(COMMON_TAG) ?? []).length >= 3;
}

/** Reads a decoded page with the HTML or the plain-text reader. */
export function readPage(decoded: DecodedPage): PageText {
  return looksLikeHtml(decoded.text) ? readHtml(decoded.text) : readPlain(decoded.text);
}
