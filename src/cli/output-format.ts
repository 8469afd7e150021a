// Serialises quads in the format named on the command line.
import type { Quad } from '@rdfjs/types';
import { toJsonLd, toNQuads, toNTriples, toTurtle } from '../rdf/serialize.js';

export type OutputFormat = 'ttl' | 'nt' | 'nq' | 'jsonld';

/** The text of `quads` in `format` (graphs kept only by nq and jsonld). */
export async function serializeQuads(quads: Quad[], format: OutputFormat): Promise<string> {
  switch (format) {
    case 'nt':
      return toNTriples(quads);
    case 'nq':
      return toNQuads(quads);
    case 'jsonld':
      return JSON.stringify(await toJsonLd(quads), null, 2) + '\n';
    default:
      return toTurtle(quads);
  }
}
