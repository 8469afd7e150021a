// Reads an HTML page into PageText with a streaming htmlparser2 Parser (no DOM): visible body lines,
// title, headings, meta, hidden blocks, links, image alts and inline scripts, all with source offsets.

import { Parser } from 'htmlparser2';
import { MappedText } from './mapped-text.js';
import { bodyOnlyPage, type PageText } from './page-text.js';
import { LineCollector } from './html-lines.js';
import {
  type Attributes,
  BLOCK_ELEMENTS,
  INLINE_CELLS,
  SKIPPED_ELEMENTS,
  isHeadingElement,
  isHiddenElement,
} from './html-visibility.js';

/** What an open element does to the text inside it. */
interface OpenElement {
  name: string;
  skipped: boolean;
  hidden: boolean;
  heading: boolean;
  link: string | null;
}

/** Reads an HTML source string (already decoded) into a PageText; offsets point into `source`. */
export function readHtml(source: string): PageText {
  const reader = new HtmlReader(source);
  const parser = new Parser(
    {
      onopentag: (name, attributes) => reader.open(name, attributes, parser.startIndex, parser.endIndex + 1),
      onclosetag: (name) => reader.close(name),
      ontext: (text) => reader.text(text, parser.startIndex, parser.endIndex + 1),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(source);
  return reader.result();
}

/** Parser state: the open-element stack and one collector per kind of text. */
class HtmlReader {
  private readonly stack: OpenElement[] = [];
  private readonly body = new LineCollector();
  private hidden: LineCollector | null = null;
  private heading: LineCollector | null = null;
  private link: { collector: LineCollector; href: string } | null = null;
  private title: LineCollector | null = null;
  private script: string[] | null = null;
  /** Open <pre> and <svg> elements, counted so that a text never scans the whole element stack. */
  private preDepth = 0;
  private svgDepth = 0;
  private readonly page: PageText;

  constructor(private readonly source: string) {
    this.page = bodyOnlyPage(MappedText.fromSource(''), true);
  }

  open(name: string, attributes: Attributes, start: number, end: number): void {
    const parent = this.stack[this.stack.length - 1];
    const skipped = (parent?.skipped ?? false) || SKIPPED_ELEMENTS.has(name);
    const hidden = !skipped && this.hidden === null && isHiddenElement(attributes);
    const element: OpenElement = { name, skipped, hidden, heading: false, link: null };
    this.readMachineData(name, attributes, start, end);
    if (name === 'script') this.script = [];
    if (name === 'title' && this.page.title === null && this.title === null && !this.insideSvg()) this.title = new LineCollector();
    if (!skipped) this.openVisible(element, attributes, start);
    this.stack.push(element);
    this.countNesting(name, 1);
  }

  close(name: string): void {
    // Searched from the top without copying the stack: 20,000 nested <div> must stay linear, not quadratic.
    let index = this.stack.length - 1;
    while (index >= 0 && this.stack[index].name !== name) index--;
    if (index < 0) return;
    while (this.stack.length > index) {
      const element = this.stack.pop() as OpenElement;
      this.countNesting(element.name, -1);
      this.closeElement(element);
    }
  }

  text(text: string, start: number, end: number): void {
    const piece = end - start === text.length ? MappedText.fromSource(text, start) : MappedText.fromSpan(text, start, end);
    if (this.script) this.script.push(text);
    if (this.title) this.title.add(piece);
    const top = this.stack[this.stack.length - 1];
    if (top?.skipped) return;
    if (this.insidePre() && /\n/.test(text)) return this.addPreformatted(piece);
    this.current().add(piece);
    this.heading?.add(piece);
    this.link?.collector.add(piece);
  }

  result(): PageText {
    this.page.body = this.body.result();
    return this.page;
  }

  /** Meta and canonical link: read from any element, visible or not. */
  private readMachineData(name: string, attributes: Attributes, start: number, end: number): void {
    if (name === 'meta') this.readMeta(attributes, start, end);
    if (name === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(attributes.rel ?? '') && attributes.href) {
      this.page.canonicalUrl = attributes.href.trim();
    }
  }

  private readMeta(attributes: Attributes, start: number, end: number): void {
    const key = (attributes.name ?? attributes.property ?? attributes.itemprop)?.trim().toLowerCase();
    const content = attributes.content;
    if (!key || content === undefined) return;
    if (!this.page.meta.has(key)) this.page.meta.set(key, this.attributeText(content, start, end).trim());
    if (key === 'og:url' && this.page.canonicalUrl === null && content.trim()) this.page.canonicalUrl = content.trim();
  }

  /** An attribute value with offsets: exact when it appears verbatim in the tag, else the tag's span. */
  private attributeText(value: string, tagStart: number, tagEnd: number): MappedText {
    const tag = this.source.slice(tagStart, tagEnd);
    const at = value.length > 0 ? tag.indexOf(value) : -1;
    return at >= 0 ? MappedText.fromSource(value, tagStart + at) : MappedText.fromSpan(value, tagStart, tagEnd);
  }

  private openVisible(element: OpenElement, attributes: Attributes, start: number): void {
    const { name } = element;
    if (BLOCK_ELEMENTS.has(name) || name === 'br') this.current().endLine();
    if (element.hidden) this.hidden = new LineCollector();
    if (INLINE_CELLS.has(name)) this.current().separate(' ', start);
    if (this.hidden) return;
    if (name === 'img' && attributes.alt?.trim()) this.page.imageAlts.push(attributes.alt.trim());
    if (this.heading === null && isHeadingElement(name, attributes)) {
      this.heading = new LineCollector();
      element.heading = true;
    }
    if (name === 'a' && attributes.href !== undefined && this.link === null) {
      this.link = { collector: new LineCollector(), href: attributes.href.trim() };
      element.link = this.link.href;
    }
  }

  private closeElement(element: OpenElement): void {
    if (element.name === 'script' && this.script) {
      const code = this.script.join('').trim();
      if (code) this.page.scripts.push(code);
      this.script = null;
    }
    if (element.name === 'title' && this.title) {
      const title = this.title.singleLine();
      this.page.title = title;
      this.title = null;
    }
    if (element.skipped) return;
    if (BLOCK_ELEMENTS.has(element.name)) this.current().endLine();
    if (element.heading && this.heading) this.endHeading();
    if (element.link !== null && this.link) this.endLink();
    if (element.hidden && this.hidden) this.endHidden();
  }

  private endHeading(): void {
    const text = (this.heading as LineCollector).singleLine();
    if (text.length > 0) this.page.headings.push(text);
    this.heading = null;
  }

  private endLink(): void {
    const { collector, href } = this.link as { collector: LineCollector; href: string };
    const text = collector.singleLine();
    if (text.length > 0) this.page.links.push({ text, href });
    this.link = null;
  }

  private endHidden(): void {
    const text = (this.hidden as LineCollector).result();
    if (text.length > 0) this.page.hiddenTexts.push(text);
    this.hidden = null;
  }

  /** Preformatted text: its own line breaks end lines. */
  private addPreformatted(piece: MappedText): void {
    const parts = piece.split(/\r?\n/g);
    parts.forEach((part, i) => {
      if (i > 0) this.current().endLine();
      this.current().add(part);
      this.heading?.add(part);
      this.link?.collector.add(part);
    });
  }

  private current(): LineCollector {
    return this.hidden ?? this.body;
  }

  private countNesting(name: string, step: 1 | -1): void {
    if (name === 'pre') this.preDepth += step;
    if (name === 'svg') this.svgDepth += step;
  }

  private insidePre(): boolean {
    return this.preDepth > 0;
  }

  private insideSvg(): boolean {
    return this.svgDepth > 0;
  }
}
