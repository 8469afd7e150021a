// The SPARQL that fetches a resource description: small CONSTRUCTs, each walking out from the thing's IRI, merged by the caller.
import { JY, PROV, RDF, RDFS } from '../vocab/index.js';
import { browseQueries } from './browse-query.js';
import { iriRef } from './sparql-terms.js';

/** The queries of one description, in the order their answers are merged. */
export interface DescriptionQueries {
  /** The triples with the thing as subject or object (and labels of what they link): empty answers mean "not found". */
  core: string[];
  /** Everything else, worth asking only when the thing exists. */
  more: string[];
}

/**
 * The CONSTRUCT queries whose merged answers describe the thing `iri`:
 * - every triple with the thing as subject, plus the rdfs:label of each object;
 * - every triple pointing at the thing (a meeting's jy:agendaItem …), plus the label of its subject;
 * - all triples of its blank-node objects and of its jy:evidence nodes (quote, start, end, forProperty);
 * - for each page graph holding facts about it, that page's jy:Minutes: type, label, source (prov:wasDerivedFrom)
 *   and jy:tampered, so a reader sees where each fact came from and whether the source was altered;
 * - the browsing paths of browse-query.ts (meeting ↔ items ↔ resolutions ↔ awards ↔ recipients; the meetings where an
 *   organisation proposed or was awarded, or where a person took part), each bounded by BROWSE_LIMIT rows.
 * Separate queries rather than one UNION: each is indexed from the thing's IRI, where the engine's plan for the union
 * scanned every page's minutes (150 ms a meeting on 110k triples, against ~5 ms for the parts together).
 * @throws SparqlTermError when `iri` is not a usable IRI
 */
export function describeQueries(iri: string): DescriptionQueries {
  const thing = iriRef(iri);
  const label = iriRef(RDFS.label);
  const minutesProperties = [RDF.type, RDFS.label, PROV.wasDerivedFrom, JY.tampered].map(iriRef).join(', ');
  return {
    core: [
      `CONSTRUCT { ${thing} ?p ?o . ?o ${label} ?objectLabel } WHERE { ${thing} ?p ?o . OPTIONAL { ?o ${label} ?objectLabel } }`,
      `CONSTRUCT { ?s ?incoming ${thing} . ?s ${label} ?subjectLabel } WHERE { ?s ?incoming ${thing} . OPTIONAL { ?s ${label} ?subjectLabel } }`,
    ],
    more: [
      `CONSTRUCT { ?node ?nodeP ?nodeO } WHERE {
  ${thing} ?link ?node . FILTER(isBlank(?node) || ?link = ${iriRef(JY.evidence)}) ?node ?nodeP ?nodeO .
}`,
      // The graphs first, then each graph's minutes: joined the other way round the engine lists every page's minutes.
      `CONSTRUCT { ?minutes ?minutesP ?minutesO } WHERE {
  { SELECT DISTINCT ?g WHERE { GRAPH ?g { ${thing} ?anyP ?anyO } } }
  GRAPH ?g { ?minutes a ${iriRef(JY.Minutes)} }
  GRAPH ?g { ?minutes ?minutesP ?minutesO . FILTER(?minutesP IN (${minutesProperties})) }
}`,
      ...browseQueries(thing),
    ],
  };
}

/** An ASK that is true when the thing has any triple, as subject or object. */
export function existsQuery(iri: string): string {
  const thing = iriRef(iri);
  return `ASK { { ${thing} ?p ?o } UNION { ?s ?p ${thing} } }`;
}
