// Where the ontology files live (ontology/ at the package root) and how to read them, from src/ or dist/.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The package's ontology/ directory (src/rdf/../../ontology and dist/rdf/../../ontology are both the package root's). */
export const ONTOLOGY_DIR = fileURLToPath(new URL('../../ontology/', import.meta.url));

/** Reads one file of ontology/ as UTF-8 (`jiyao.ttl`, `shapes.ttl`, `context.jsonld`). */
export function readOntologyFile(name: 'jiyao.ttl' | 'shapes.ttl' | 'context.jsonld'): string {
  return readFileSync(new URL(`../../ontology/${name}`, import.meta.url), 'utf8');
}

/** IRI under which the JSON-LD context is published; the offline document loader serves it from disk. */
export const CONTEXT_IRI = 'https://w3id.org/jiyao/context.jsonld';

/** The JSON-LD context object of ontology/context.jsonld (its `@context` value). */
export function loadContext(): Record<string, unknown> {
  const doc = JSON.parse(readOntologyFile('context.jsonld')) as { '@context': Record<string, unknown> };
  return doc['@context'];
}
