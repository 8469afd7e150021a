// Browsing paths added to a description: meeting ↔ items ↔ resolutions ↔ awards ↔ recipients, organisations' and persons' meetings.
import { DCTERMS, JY, JY_NS, RDFS } from '../vocab/index.js';
import { iriRef } from './sparql-terms.js';

/** Most rows each browsing path adds to a description; the page offers the full list as a SPARQL query beyond it. */
export const BROWSE_LIMIT = 200;

/** The lists a resource page can show, each backed by one bounded path query. */
export type BrowseList = 'proposed' | 'awarded' | 'roles' | 'contents' | 'context';

/** Meeting roles of a person, in the order the page lists them. */
export const PERSON_ROLES: readonly string[] = [JY.chair, JY.attendee, JY.nonVotingAttendee, JY.recorder];

const t = {
  agendaItem: iriRef(JY.agendaItem), resolution: iriRef(JY.resolution), proposedBy: iriRef(JY.proposedBy),
  confers: iriRef(JY.confers), recipient: iriRef(JY.recipient), position: iriRef(JY.position),
  label: iriRef(RDFS.label), date: iriRef(DCTERMS.date),
};

/**
 * One CONSTRUCT per browsing path about `thing` (an escaped `<iri>`), each a sub-select bounded by {@link BROWSE_LIMIT}
 * rows and starting from the thing, so the engine walks out from one IRI. Labels and dates are looked up inside each
 * sub-select: an OPTIONAL outside it would join an unbound variable (an item without a resolution) with every labelled
 * resource.
 */
export function browseQueries(thing: string): string[] {
  const roles = PERSON_ROLES.map(iriRef).join(' ');
  const meeting = (m: string) => `OPTIONAL { ${m} ${t.label} ${m}L } OPTIONAL { ${m} ${t.date} ${m}D }`;
  const path = (template: string, select: string) => `CONSTRUCT { ${template} } WHERE { ${select} LIMIT ${BROWSE_LIMIT} }`;
  return [
    // what an organisation proposed: meeting → item → resolution proposed by it
    path(`?pM ${t.agendaItem} ?pI . ?pI ${t.resolution} ?pR . ?pR ${t.proposedBy} ${thing} . ?pM ${t.label} ?pML . ?pM ${t.date} ?pMD . ?pI ${t.label} ?pIL .`,
      `SELECT ?pM ?pML ?pMD ?pI ?pIL ?pR WHERE { ?pR ${t.proposedBy} ${thing} . ?pI ${t.resolution} ?pR . ?pM ${t.agendaItem} ?pI .
    ${meeting('?pM')} OPTIONAL { ?pI ${t.label} ?pIL } }`),
    // awards it received: meeting → item → resolution → award with it as recipient
    path(`?aM ${t.agendaItem} ?aI . ?aI ${t.resolution} ?aR . ?aR ${t.confers} ?aA . ?aA ${t.recipient} ${thing} . ?aM ${t.label} ?aML . ?aM ${t.date} ?aMD . ?aA ${t.label} ?aAL .`,
      `SELECT ?aM ?aML ?aMD ?aI ?aR ?aA ?aAL WHERE { ?aA ${t.recipient} ${thing} . ?aR ${t.confers} ?aA . ?aI ${t.resolution} ?aR . ?aM ${t.agendaItem} ?aI .
    ${meeting('?aM')} OPTIONAL { ?aA ${t.label} ?aAL } }`),
    // a person's meetings by role
    path(`?rM ?rRole ${thing} . ?rM ${t.date} ?rMD .`,
      `SELECT ?rM ?rRole ?rMD WHERE { VALUES ?rRole { ${roles} } ?rM ?rRole ${thing} . OPTIONAL { ?rM ${t.date} ?rMD } }`),
    // a meeting's contents: items → resolutions → awards → recipients
    path(`?cI ${t.position} ?cIP . ?cI ${t.resolution} ?cR . ?cR ${t.label} ?cRL . ?cR ${t.confers} ?cA . ?cA ${t.label} ?cAL . ?cA ${t.recipient} ?cW . ?cW ${t.label} ?cWL .`,
      `SELECT ?cI ?cIP ?cR ?cRL ?cA ?cAL ?cW ?cWL WHERE { ${thing} ${t.agendaItem} ?cI . OPTIONAL { ?cI ${t.position} ?cIP }
    OPTIONAL { ?cI ${t.resolution} ?cR . OPTIONAL { ?cR ${t.label} ?cRL }
      OPTIONAL { ?cR ${t.confers} ?cA . OPTIONAL { ?cA ${t.label} ?cAL } OPTIONAL { ?cA ${t.recipient} ?cW . OPTIONAL { ?cW ${t.label} ?cWL } } } } }`),
    // the context of an item, resolution or award: up to its meeting
    path(`?uM ${t.agendaItem} ?uI . ?uI ${t.resolution} ?uR . ?uM ${t.label} ?uML . ?uM ${t.date} ?uMD . ?uI ${t.label} ?uIL .`,
      `SELECT ?uM ?uML ?uMD ?uI ?uIL ?uR WHERE {
      { ?uM ${t.agendaItem} ${thing} . BIND(${thing} AS ?uI) }
      UNION { ?uI ${t.resolution} ${thing} . ?uM ${t.agendaItem} ?uI . BIND(${thing} AS ?uR) }
      UNION { ?uR ${t.confers} ${thing} . ?uI ${t.resolution} ?uR . ?uM ${t.agendaItem} ?uI . }
      ${meeting('?uM')} OPTIONAL { ?uI ${t.label} ?uIL } }`),
  ];
}

const PREFIXES = `PREFIX jy: <${JY_NS}>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
`;

/**
 * A readable SELECT giving the whole list behind a browsing section (no limit), for the "more via SPARQL" link.
 * @throws SparqlTermError when `iri` is not a usable IRI
 */
export function browseListQuery(list: BrowseList, iri: string): string {
  const thing = iriRef(iri);
  const meeting = 'OPTIONAL { ?meeting dcterms:date ?date } OPTIONAL { ?meeting rdfs:label ?meetingLabel }';
  const bodies: Record<BrowseList, string> = {
    proposed: `SELECT ?meeting ?date ?meetingLabel ?item ?resolution WHERE {
  ?resolution jy:proposedBy ${thing} . ?item jy:resolution ?resolution . ?meeting jy:agendaItem ?item .
  ${meeting}
} ORDER BY DESC(?date) ?meeting`,
    awarded: `SELECT ?meeting ?date ?meetingLabel ?award ?awardLabel WHERE {
  ?award jy:recipient ${thing} . ?resolution jy:confers ?award . ?item jy:resolution ?resolution . ?meeting jy:agendaItem ?item .
  OPTIONAL { ?award rdfs:label ?awardLabel } ${meeting}
} ORDER BY DESC(?date) ?meeting`,
    roles: `SELECT ?meeting ?role ?date ?meetingLabel WHERE {
  VALUES ?role { jy:chair jy:attendee jy:nonVotingAttendee jy:recorder }
  ?meeting ?role ${thing} .
  ${meeting}
} ORDER BY ?role DESC(?date) ?meeting`,
    contents: `SELECT ?position ?item ?resolution ?award ?recipient ?recipientLabel WHERE {
  ${thing} jy:agendaItem ?item . OPTIONAL { ?item jy:position ?position }
  OPTIONAL { ?item jy:resolution ?resolution . OPTIONAL { ?resolution jy:confers ?award .
    OPTIONAL { ?award jy:recipient ?recipient . OPTIONAL { ?recipient rdfs:label ?recipientLabel } } } }
} ORDER BY ?position ?item ?resolution ?award ?recipient`,
    context: `SELECT ?meeting ?date ?meetingLabel ?item WHERE {
  { ?meeting jy:agendaItem ${thing} . BIND(${thing} AS ?item) }
  UNION { ?item jy:resolution ${thing} . ?meeting jy:agendaItem ?item . }
  UNION { ?resolution jy:confers ${thing} . ?item jy:resolution ?resolution . ?meeting jy:agendaItem ?item . }
  ${meeting}
}`,
  };
  return PREFIXES + bodies[list];
}
