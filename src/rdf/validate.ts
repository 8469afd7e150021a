// Validates published quads against ontology/shapes.ttl with rdf-validate-shacl (graph names are ignored).

import rdf from '@zazuko/env';
import { Parser } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import type { Quad, Term } from '@rdfjs/types';
import { readOntologyFile } from './ontology-files.js';

/** Outcome of a SHACL validation: `violations` holds one readable line per result. */
export interface ShapeReport {
  conforms: boolean;
  violations: string[];
}

let shapesQuads: Quad[] | null = null;

function loadShapes(): Quad[] {
  shapesQuads ??= new Parser({ format: 'text/turtle' }).parse(readOntologyFile('shapes.ttl'));
  return shapesQuads;
}

function show(term: Term | null | undefined): string {
  if (!term) return '-';
  return term.termType === 'Literal' ? JSON.stringify(term.value) : `<${term.value}>`;
}

/** Validates `quads` (all graphs merged) against the project's SHACL shapes. */
export async function validateShapes(quads: Iterable<Quad>): Promise<ShapeReport> {
  const shapes = rdf.dataset(loadShapes());
  const data = rdf.dataset([...quads].map((q) => rdf.quad(q.subject, q.predicate, q.object)));
  const validator = new SHACLValidator(shapes, { factory: rdf });
  const report = await validator.validate(data);
  const violations = report.results.map((r) => {
    const message = r.message.map((m) => m.value).join('; ');
    const path = r.path ? show(r.path as Term) : '-';
    return `${show(r.focusNode)} ${path} ${show(r.value)}: ${message} (${show(r.sourceShape)})`;
  });
  return { conforms: report.conforms, violations };
}
