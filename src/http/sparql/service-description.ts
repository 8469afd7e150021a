// The SPARQL 1.1 Service Description answered by a GET without a query, including the endpoint's limits.
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';

const { namedNode, blankNode, literal, quad } = DataFactory;
const SD = 'http://www.w3.org/ns/sparql-service-description#';
const FORMATS = 'http://www.w3.org/ns/formats/';
const RDF_TYPE = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
const XSD_INTEGER = namedNode('http://www.w3.org/2001/XMLSchema#integer');
/**
 * Extension properties for the limits (jiyao ontology namespace; sd: has none):
 * `jy:queryTimeoutMs` — wall-clock budget of one query in milliseconds (over it: 503 with Retry-After);
 * `jy:maxResultRows` — most solutions/triples one answer may hold (over it: 400, never a silently cut result).
 */
export const JY_QUERY_TIMEOUT_MS = 'https://w3id.org/jiyao/ontology#queryTimeoutMs';
export const JY_MAX_RESULT_ROWS = 'https://w3id.org/jiyao/ontology#maxResultRows';

/** W3C format IRIs of the result formats the endpoint writes. */
const RESULT_FORMATS = [
  'SPARQL_Results_JSON', 'SPARQL_Results_XML', 'SPARQL_Results_CSV', 'SPARQL_Results_TSV',
  'Turtle', 'N-Triples', 'JSON-LD', 'RDF_XML',
];

/** What the description states. */
export interface ServiceFacts {
  endpointUrl: string;
  timeoutMs: number;
  maxRows: number;
  isUnionDefaultGraph: boolean;
}

/** The description as triples (written in whatever RDF format the client negotiates; Turtle by default). */
export function describeService(facts: ServiceFacts): Quad[] {
  const service = blankNode('service');
  const add = (predicate: string, object: Quad['object']): Quad => quad(service, namedNode(predicate), object);
  const quads = [
    quad(service, RDF_TYPE, namedNode(`${SD}Service`)),
    add(`${SD}endpoint`, namedNode(facts.endpointUrl)),
    add(`${SD}supportedLanguage`, namedNode(`${SD}SPARQL11Query`)),
    ...RESULT_FORMATS.map((name) => add(`${SD}resultFormat`, namedNode(`${FORMATS}${name}`))),
    add(JY_QUERY_TIMEOUT_MS, literal(String(facts.timeoutMs), XSD_INTEGER)),
    add(JY_MAX_RESULT_ROWS, literal(String(facts.maxRows), XSD_INTEGER)),
  ];
  if (facts.isUnionDefaultGraph) quads.push(add(`${SD}feature`, namedNode(`${SD}UnionDefaultGraph`)));
  return quads;
}
