// Decides from an element's attributes whether a reader can see it (spam is often hidden by CSS).

/** Attributes of one element, names lower-cased (as htmlparser2 gives them). */
export type Attributes = Record<string, string>;

/** Inline-style rules that hide an element; matched against the style with white space removed and lower-cased. */
const HIDING_STYLES: readonly RegExp[] = [
  /(?:^|;)display:none/, // display:none
  /(?:^|;)visibility:hidden/, // visibility:hidden
  /(?:^|;)(?:left|top|margin-left|margin-top|text-indent):-\d{3,}/, // left:-9999px, text-indent:-2000px (off-screen)
  /(?:^|;)font-size:0(?:\.0+)?(?:px|pt|em|rem|%)?(?:;|!|$)/, // font-size:0
  /(?:^|;)opacity:0(?:\.0+)?(?:;|!|$)/, // opacity:0
];

/** Inline styles that clip an element to nothing: overflow:hidden together with height:0 or width:0. */
const CLIPPED_TO_NOTHING = /(?:^|;)(?:height|width):0(?:px)?(?:;|!|$)/;

/** True when the element's own attributes hide it (hidden attribute or a hiding inline style). */
export function isHiddenElement(attributes: Attributes): boolean {
  if ('hidden' in attributes) return true;
  const style = attributes.style;
  if (!style) return false;
  const compact = style.replace(/\s+/g, '').toLowerCase();
  if (HIDING_STYLES.some((rule) => rule.test(compact))) return true;
  return /(?:^|;)overflow:hidden/.test(compact) && CLIPPED_TO_NOTHING.test(compact);
}

/** Elements whose content is never page text (inline script text is collected separately). */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'select', 'textarea',
]);

/** Elements that start and end a line of body text. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'details', 'dialog', 'dir',
  'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

/** Cells that stay on their row's line, separated from the previous cell by a space. */
export const INLINE_CELLS: ReadonlySet<string> = new Set(['dt', 'dd', 'td', 'th']);

/** h1–h3, or an element whose class names a title ("title", "article_title", "tit"). */
export function isHeadingElement(name: string, attributes: Attributes): boolean {
  if (name === 'h1' || name === 'h2' || name === 'h3') return true;
  const cls = attributes.class;
  if (!cls) return false;
  return /title/i.test(cls) || /(?:^|[\s_-])tit(?:$|[\s_-])/i.test(cls);
}
