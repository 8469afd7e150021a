// The SPARQL that fetches a resource description: its triples, labels of what it links to, incoming links, evidence, sources.
import { JY, PROV, RDF, RDFS } from '../vocab/index.js';
import { browseBranches, browseTemplate } from './browse-query.js';
import { iriRef } from './sparql-terms.js';

/**
 * A CONSTRUCT returning, for the thing `iri`:
 * - every triple with the thing as subject, plus the rdfs:label of each object;
 * - every triple pointing at the thing (a meeting's jy:agendaItem …), plus the label of its subject;
 * - all triples of its blank-node objects and of its jy:evidence nodes (quote, start, end, forProperty);
 * - for each page graph holding facts about it, that page's jy:Minutes: type, label, source (prov:wasDerivedFrom)
 *   and jy:tampered, so a reader sees where each fact came from and whether the source was altered;
 * - the browsing paths of browse-query.ts (meeting ↔ items ↔ resolutions ↔ awards ↔ recipients; the meetings where an
 *   organisation proposed or was awarded, or where a person took part), each bounded by BROWSE_LIMIT rows.
 * @throws SparqlTermError when `iri` is not a usable IRI
 */
export function describeQuery(iri: string): string {
  const thing = iriRef(iri);
  const label = iriRef(RDFS.label);
  const minutesProperties = [RDF.type, RDFS.label, PROV.wasDerivedFrom, JY.tampered].map(iriRef).join(' ');
  return `CONSTRUCT {
  ${thing} ?p ?o . ?o ${label} ?objectLabel .
  ?s ?incoming ${thing} . ?s ${label} ?subjectLabel .
  ?node ?nodeP ?nodeO .
  ?minutes ?minutesP ?minutesO .
  ${browseTemplate(thing)}
} WHERE {
  { ${thing} ?p ?o . OPTIONAL { ?o ${label} ?objectLabel } }
  UNION { ?s ?incoming ${thing} . OPTIONAL { ?s ${label} ?subjectLabel } }
  UNION { ${thing} ?link ?node . FILTER(isBlank(?node) || ?link = ${iriRef(JY.evidence)}) ?node ?nodeP ?nodeO . }
  UNION {
    { SELECT DISTINCT ?g WHERE { GRAPH ?g { ${thing} ?anyP ?anyO } } }
    GRAPH ?g { ?minutes a ${iriRef(JY.Minutes)} ; ?minutesP ?minutesO . }
    VALUES ?minutesP { ${minutesProperties} }
  }
  ${browseBranches(thing)}
}`;
}

/** An ASK that is true when the thing has any triple, as subject or object. */
export function existsQuery(iri: string): string {
  const thing = iriRef(iri);
  return `ASK { { ${thing} ?p ?o } UNION { ?s ?p ${thing} } }`;
}
