// Reads a plain-text page into PageText: the body is the text itself with line endings unified.

import { MappedText } from './mapped-text.js';
import { bodyOnlyPage, type PageText } from './page-text.js';

/** Reads a plain-text page: body = source with \r\n and \r made \n (offsets still into `source`); other fields empty. */
export function readPlain(source: string): PageText {
  const body = MappedText.fromSource(source).replaceAll(/\r\n?/g, () => '\n');
  return bodyOnlyPage(body, false);
}
