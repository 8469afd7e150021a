// The named graph of a source page: keyed by the page's path relative to the input folder.
import path from 'node:path';
import { IriScheme } from '../rdf/iris.js';

/** The graph key of a page: its relative path with '/' separators ('sub/页.txt'); encoding is left to rdf/iris. */
export function graphKeyFor(relativePath: string): string {
  return relativePath.split(path.sep).join('/');
}

/** The named graph IRI of a page: `{base}graph/{key}`, the key percent-encoded as one segment by rdf/iris. */
export function graphIriFor(base: string, graphKey: string): string {
  return new IriScheme(base).mintGraph(graphKey);
}
