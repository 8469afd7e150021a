// Sending a small fixed RDF graph (the ontology, the VoID description) in the negotiated format.
import type { Quad } from '@rdfjs/types';
import type { Request, Response } from 'express';
import { FORMATS, type FormatName } from '../negotiate.js';
import { writeRdf, type RdfFormatName } from '../rdf-output.js';
import { chooseFormat, sendRepresentation } from '../respond.js';
import type { SiteData } from '../site-data.js';
import { PREFIXES } from '../../vocab/index.js';
import type { Alternate } from '../views/layout.js';

/** How to answer for one fixed graph. */
export interface RdfDocumentOptions {
  quads: readonly Quad[];
  site: SiteData;
  /** Formats on offer, first = default. */
  formats: readonly FormatName[];
  /** URL of the document without suffix (`http://host/ontology`). */
  url: string;
  /** Suffix from the request path, if any. */
  suffix?: string;
  /** The HTML page, given the JSON-LD and the alternates (only when `formats` has html). */
  renderHtml?: (jsonLd: string, alternates: readonly Alternate[]) => string;
}

/** Negotiates, serialises and sends a fixed graph, with the same headers as resource documents. */
export async function sendRdfDocument(req: Request, res: Response, options: RdfDocumentOptions): Promise<void> {
  const { quads, site, formats, url, suffix, renderHtml } = options;
  const format = chooseFormat(req, formats, suffix, (f) => `${url}.${f.suffix}`);
  const writeOptions = { prefixes: PREFIXES, context: site.context };
  const alternates = formats.map((name) => FORMATS[name]).map((f) => ({ href: `${url}.${f.suffix}`, mediaType: f.mediaType, label: f.suffix ?? f.name }));
  const body = format.name === 'html' && renderHtml
    ? renderHtml(await writeRdf('jsonld', quads, writeOptions), alternates)
    : await writeRdf(format.name as RdfFormatName, quads, writeOptions);
  sendRepresentation(req, res, {
    body, format, alternates, lastModified: site.manifest.builtAt,
    contentLocation: suffix === undefined ? `${url}.${format.suffix}` : undefined,
  });
}
