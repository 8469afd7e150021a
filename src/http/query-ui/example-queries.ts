// The example SPARQL queries the query UI offers and docs/queries.md shows: questions researchers ask of the minutes.

/** One example query, titled in both languages. */
export interface ExampleQuery {
  /** Stable kebab-case key (also the YASGUI tab id and the anchor in docs/queries.md). */
  id: string;
  title: { en: string; zh: string };
  /** Complete SPARQL 1.1 query text with its PREFIX lines. */
  query: string;
}

const MEETINGS_PER_DISTRICT_YEAR = `PREFIX jy: <https://w3id.org/jiyao/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

# How many meetings each district (or city) held per year.
# GRAPH ?page reads each meeting's facts from its own page's graph: the district's code and label,
# stated by every page of that district, then match once per meeting, not once per page.
SELECT ?district ?divisionCode ?year (COUNT(DISTINCT ?meeting) AS ?meetings)
WHERE {
  GRAPH ?page {
    ?meeting a jy:Meeting ;
             jy:jurisdiction ?division ;
             dcterms:date ?date .
    ?division jy:divisionCode ?divisionCode ;
              rdfs:label ?district .
  }
  BIND (YEAR(?date) AS ?year)
}
GROUP BY ?district ?divisionCode ?year
ORDER BY ?divisionCode ?year
`;

const CHAIRS = `PREFIX jy: <https://w3id.org/jiyao/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

# Who chaired which meeting, with the post they held in the government that met.
# A post is an org:Membership (member, organization, role), not tied to one meeting:
# a person who held two posts in the same government is listed with both.
# GRAPH ?page: the chair's name and posts as the meeting's own page states them (the same facts,
# stated by every page naming that person, would otherwise match once per page).
SELECT ?meeting ?meetingName ?date ?chairName ?post
WHERE {
  GRAPH ?page {
    ?meeting a jy:Meeting ;
             rdfs:label ?meetingName ;
             dcterms:date ?date ;
             jy:heldBy ?government ;
             jy:chair ?chair .
    ?chair foaf:name ?chairName .
    OPTIONAL {
      ?membership org:member ?chair ;
                  org:organization ?government ;
                  org:role ?role .
      ?role skos:prefLabel ?post .
    }
  }
}
ORDER BY DESC(?date) ?chairName
`;

const PROPOSING_DEPARTMENTS = `PREFIX jy: <https://w3id.org/jiyao/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

# Which departments proposed or reported the most resolutions (full name and the short forms used in the minutes).
# GRAPH ?page: each resolution with the department's names as its own page gives them.
SELECT ?department ?name (GROUP_CONCAT(DISTINCT ?shortName; separator="、") AS ?shortNames)
       (COUNT(DISTINCT ?resolution) AS ?resolutions)
WHERE {
  GRAPH ?page {
    ?resolution a jy:Resolution ;
                jy:proposedBy ?department .
    ?department skos:prefLabel ?name .
    OPTIONAL { ?department skos:altLabel ?shortName }
  }
}
GROUP BY ?department ?name
ORDER BY DESC(?resolutions) ?name
LIMIT 50
`;

const AWARDS = `PREFIX jy: <https://w3id.org/jiyao/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

# Which companies (and teams or persons) won which awards, in which year, by which meeting's decision.
# GRAPH ?page: the recipient's name as the deciding meeting's page gives it, once per award.
SELECT ?recipientName ?awardName ?awardYear ?meetingName ?date
WHERE {
  GRAPH ?page {
    ?meeting jy:agendaItem ?item ;
             rdfs:label ?meetingName ;
             dcterms:date ?date .
    ?item jy:resolution ?resolution .
    ?resolution jy:confers ?award .
    ?award jy:awardName ?awardName ;
           jy:recipient ?recipient .
    ?recipient rdfs:label ?recipientName .
    OPTIONAL { ?award jy:awardYear ?awardYear }
  }
}
ORDER BY DESC(?awardYear) ?awardName ?recipientName
`;

const TAMPERED_SOURCES = `PREFIX jy: <https://w3id.org/jiyao/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>

# Source pages that carried injected spam, and the injected strings (which never reach any other literal).
SELECT ?minutes ?title ?source (GROUP_CONCAT(DISTINCT ?spamTerm; separator=" | ") AS ?spamTerms)
WHERE {
  GRAPH ?page {
    ?minutes a jy:Minutes ;
             jy:tampered true ;
             jy:spamTerm ?spamTerm .
    OPTIONAL { ?minutes dcterms:title ?title }
    OPTIONAL { ?minutes prov:wasDerivedFrom ?source }
  }
}
GROUP BY ?minutes ?title ?source
ORDER BY ?title
`;

const APPROVED_IN_PRINCIPLE = `PREFIX jy: <https://w3id.org/jiyao/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

# Resolutions approved in principle (原则同意/原则通过), who proposed them, and what happens next.
# GRAPH ?page: the proposer's name as the meeting's own page gives it, once per resolution.
SELECT ?meetingName ?date ?position ?item ?itemTitle ?proposer ?nextStep
WHERE {
  GRAPH ?page {
    ?meeting jy:agendaItem ?item ;
             rdfs:label ?meetingName ;
             dcterms:date ?date .
    ?item jy:position ?position ;
          dcterms:title ?itemTitle ;
          jy:resolution ?resolution .
    ?resolution jy:resolutionType jy:ApprovedInPrinciple .
    OPTIONAL { ?resolution jy:nextStep ?nextStep }
    OPTIONAL { ?resolution jy:proposedBy/rdfs:label ?proposer }
  }
}
ORDER BY DESC(?date) ?position
`;

const CHAIR_EVIDENCE = `PREFIX jy: <https://w3id.org/jiyao/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX prov: <http://www.w3.org/ns/prov#>

# The evidence of a fact: the sentence of the source page saying who chaired the meeting,
# with its character offsets (UTF-16 code units into the decoded page), to check the triple against the page.
# GRAPH ?page: the chair's name as this page gives it, once per meeting.
SELECT ?meetingName ?chairName ?quote ?start ?end ?source
WHERE {
  GRAPH ?page {
    ?meeting jy:chair ?chair ;
             rdfs:label ?meetingName ;
             jy:evidence ?evidence .
    ?chair foaf:name ?chairName .
    ?evidence jy:forProperty jy:chair ;
              jy:quote ?quote ;
              jy:start ?start ;
              jy:end ?end .
    OPTIONAL { ?meeting jy:minutes/prov:wasDerivedFrom ?source }
  }
}
ORDER BY ?meetingName
`;

const WIKIDATA_DIVISIONS = `PREFIX jy: <https://w3id.org/jiyao/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>

# FEDERATED: run this on your own SPARQL endpoint over a copy of the jiyao dump (downloads/);
# the jiyao endpoint refuses SERVICE (403). It joins our divisions to Wikidata items by the
# code in the form of Wikidata property P442 (jy:wikidataP442 "32 04 02" = wdt:P442 "32 04 02").
SELECT ?division ?divisionCode ?name ?item ?itemLabel
WHERE {
  ?division a jy:Division ;
            jy:divisionCode ?divisionCode ;
            jy:wikidataP442 ?p442 ;
            rdfs:label ?name .
  SERVICE <https://query.wikidata.org/sparql> {
    ?item wdt:P442 ?p442 .
    OPTIONAL { ?item rdfs:label ?itemLabel . FILTER (LANG(?itemLabel) = "zh") }
  }
}
ORDER BY ?divisionCode
`;

/** The examples, in the order the UI lists them; the federated one (our endpoint refuses SERVICE) comes last. */
export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  { id: 'meetings-per-district-year', title: { en: 'Meetings per district and year', zh: '各区县每年的会议数' }, query: MEETINGS_PER_DISTRICT_YEAR },
  { id: 'meeting-chairs', title: { en: 'Who chaired which meeting, and their post', zh: '会议主持人及其职务' }, query: CHAIRS },
  { id: 'proposing-departments', title: { en: 'Departments that proposed the most resolutions', zh: '提出议定事项最多的部门' }, query: PROPOSING_DEPARTMENTS },
  { id: 'award-recipients', title: { en: 'Which companies won which awards', zh: '哪些企业获得了哪些奖项' }, query: AWARDS },
  { id: 'tampered-sources', title: { en: 'Tampered source pages and their spam', zh: '被篡改的源网页及注入的垃圾词' }, query: TAMPERED_SOURCES },
  { id: 'approved-in-principle', title: { en: 'Resolutions approved in principle, with their next step', zh: '原则同意的事项及下一步程序' }, query: APPROVED_IN_PRINCIPLE },
  { id: 'chair-evidence', title: { en: 'Evidence of a fact: where the page names the chair', zh: '事实的出处：原文中的主持人' }, query: CHAIR_EVIDENCE },
  {
    id: 'wikidata-divisions',
    title: {
      en: 'Federated with Wikidata (P442): run on your own endpoint, this one refuses SERVICE',
      zh: '与 Wikidata 联合查询（P442）：请在自己的端点运行，本端点不支持 SERVICE',
    },
    query: WIKIDATA_DIVISIONS,
  },
];
