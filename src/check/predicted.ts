// Facts read back from the published N-Triples through the core terms (port of score.py `pred_facts`).
import { FactSet, type FactValue } from './fact.js';
import { nodeText, parseNTriples, type GraphNode, type TripleGraph } from './graph.js';
import { normaliseText } from './normalise.js';

const JY = 'https://w3id.org/jiyao/ontology#';
const DCTERMS = 'http://purl.org/dc/terms/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const ORG_MEMBER = 'http://www.w3.org/ns/org#member';
const ORG_ROLE = 'http://www.w3.org/ns/org#role';
/** The label properties score.py reads, in its order. */
const LABEL_PROPERTIES = [
  'http://www.w3.org/2000/01/rdf-schema#label',
  'http://xmlns.com/foaf/0.1/name',
  'http://www.w3.org/2004/02/skos/core#prefLabel',
  'http://www.w3.org/2004/02/skos/core#altLabel',
];
/** Meeting → person relations and the fact kind each gives. */
const PERSON_RELATIONS: ReadonlyArray<[string, string]> = [
  ['chair', 'chair'],
  ['recorder', 'recorder'],
  ['attendee', 'attendee'],
  ['nonVotingAttendee', 'nonVoting'],
];

const iri = (value: string): GraphNode => ({ kind: 'iri', value });

/** score.py `local`: the jy: local name of a node, else its text. */
function local(node: GraphNode): string {
  const text = nodeText(node);
  return text.startsWith(JY) ? text.slice(JY.length) : text;
}

/** score.py `lit`: booleans and integers as values, other literals normalised, IRIs as local names. */
function lit(node: GraphNode): FactValue {
  if (node.kind !== 'literal') return local(node);
  if (node.value.type === 'bool' || node.value.type === 'int') return node.value.value;
  return normaliseText(node.lexical);
}

/** Python `bool(node.toPython())`. */
function pythonTruthy(node: GraphNode): boolean {
  if (node.kind !== 'literal') return node.value.length > 0;
  return node.value.type === 'other' ? node.value.truthy : Boolean(node.value.value);
}

/** score.py `labels`: every rdfs:label, foaf:name, skos:prefLabel and skos:altLabel of a node, normalised. */
export function labelsOf(graph: TripleGraph, node: GraphNode): Set<string> {
  const out = new Set<string>();
  for (const p of LABEL_PROPERTIES) for (const o of graph.objects(node, p)) out.add(normaliseText(nodeText(o)));
  return out;
}

/** Subjects typed `jy:<className>` (score.py `G.subjects(RDF.type, …)`). */
export function instancesOf(graph: TripleGraph, className: string): GraphNode[] {
  return graph.subjects(RDF_TYPE, iri(JY + className));
}

class PredictedFacts {
  private readonly facts = new FactSet();
  constructor(readonly graph: TripleGraph) {}

  get keys(): Set<string> {
    return this.facts.keys;
  }
  add(...fact: FactValue[]): void {
    this.facts.add(fact);
  }
  objects(subject: GraphNode, predicate: string): GraphNode[] {
    return this.graph.objects(subject, predicate);
  }
  jy(subject: GraphNode, name: string): GraphNode[] {
    return this.graph.objects(subject, JY + name);
  }
  dc(subject: GraphNode, name: string): GraphNode[] {
    return this.graph.objects(subject, DCTERMS + name);
  }
  labels(node: GraphNode): Set<string> {
    return labelsOf(this.graph, node);
  }
}

function readMeetingFields(f: PredictedFacts, m: GraphNode): void {
  for (const o of f.jy(m, 'sessionNumber')) f.add('session', lit(o));
  for (const o of f.jy(m, 'term')) f.add('term', lit(o));
  for (const o of f.jy(m, 'meetingKind')) f.add('kind', local(o));
  for (const o of f.dc(m, 'date')) f.add('date', normaliseText(nodeText(o)));
  for (const o of f.jy(m, 'partOfDay')) f.add('partOfDay', local(o));
  for (const o of f.jy(m, 'location')) f.add('location', lit(o));
  for (const d of f.jy(m, 'jurisdiction')) {
    for (const c of f.jy(d, 'divisionCode')) f.add('division', normaliseText(nodeText(c)));
  }
}

function readPeople(f: PredictedFacts, m: GraphNode): void {
  for (const [relation, kind] of PERSON_RELATIONS) {
    for (const p of f.jy(m, relation)) for (const l of f.labels(p)) f.add(kind, l);
  }
  for (const chair of f.jy(m, 'chair')) {
    for (const membership of f.graph.subjects(ORG_MEMBER, chair)) {
      for (const role of f.objects(membership, ORG_ROLE)) for (const l of f.labels(role)) f.add('chairPost', l);
    }
  }
}

function readMinutes(f: PredictedFacts, m: GraphNode): void {
  for (const doc of f.jy(m, 'minutes')) {
    for (const o of f.dc(doc, 'identifier')) f.add('indexNumber', normaliseText(nodeText(o)));
    for (const o of f.dc(doc, 'created')) f.add('created', normaliseText(nodeText(o)));
    for (const o of f.dc(doc, 'issued')) f.add('issued', normaliseText(nodeText(o)));
    for (const o of f.jy(doc, 'tampered')) f.add('tampered', pythonTruthy(o));
    for (const o of f.jy(doc, 'spamTerm')) f.add('spam', normaliseText(nodeText(o)));
  }
}

function readTitles(f: PredictedFacts, subject: GraphNode, kind: string, position: FactValue): void {
  for (const d of f.jy(subject, 'concerns')) {
    for (const t of f.dc(d, 'title')) f.add(kind, position, normaliseText(nodeText(t)));
  }
}

function readAwards(f: PredictedFacts, resolution: GraphNode): void {
  for (const award of f.jy(resolution, 'confers')) {
    for (const nameNode of f.jy(award, 'awardName')) {
      const name = normaliseText(nodeText(nameNode));
      for (const r of f.jy(award, 'recipient')) for (const l of f.labels(r)) f.add('award', name, l);
      for (const y of f.jy(award, 'awardYear')) f.add('awardYear', name, lit(y));
      for (const c of f.jy(award, 'statedCount')) f.add('awardCount', name, lit(c));
    }
  }
}

function readItems(f: PredictedFacts, m: GraphNode): void {
  for (const item of f.jy(m, 'agendaItem')) {
    const positions = f.jy(item, 'position').map(lit);
    const p = positions.length > 0 ? positions[0] : null;
    for (const a of f.jy(item, 'action')) f.add('item', p, local(a));
    readTitles(f, item, 'itemDoc', p);
    for (const r of f.jy(item, 'resolution')) {
      for (const t of f.jy(r, 'resolutionType')) f.add('resolution', p, local(t));
      for (const o of f.jy(r, 'proposedBy')) for (const l of f.labels(o)) f.add('proposedBy', p, l);
      readTitles(f, r, 'resDoc', p);
      for (const s of f.jy(r, 'nextStep')) f.add('nextStep', p, normaliseText(nodeText(s)));
      readAwards(f, r);
    }
  }
}

/** Port of score.py `pred_facts` over an already parsed graph. */
export function predictedFactsOfGraph(graph: TripleGraph): Set<string> {
  const f = new PredictedFacts(graph);
  for (const m of instancesOf(graph, 'Meeting')) {
    readMeetingFields(f, m);
    readPeople(f, m);
    readMinutes(f, m);
    readItems(f, m);
  }
  if (![...f.keys].some((key) => key.startsWith('["tampered",'))) f.add('tampered', false);
  return f.keys;
}

/**
 * Port of score.py `pred_facts`: the facts an N-Triples document publishes, as fact keys.
 * Output that does not parse gives the facts of the lines before the error, as rdflib would;
 * score.py itself then scores no facts at all (see `scoreDocument`).
 */
export function predictedFacts(ntriples: string): Set<string> {
  return predictedFactsOfGraph(parseNTriples(ntriples).graph);
}

/** The organisations' labels (score.py `porgs`: labels of every jy:Organization). */
export function organisationLabels(graph: TripleGraph): Set<string> {
  const out = new Set<string>();
  for (const o of instancesOf(graph, 'Organization')) for (const l of labelsOf(graph, o)) out.add(l);
  return out;
}

/** Normalised text of every literal object except those of jy:spamTerm, one per triple (leak candidates). */
export function literalsOtherThanSpamTerms(output: TripleGraph | string): string[] {
  const graph = typeof output === 'string' ? parseNTriples(output).graph : output;
  return graph
    .triples()
    .filter((t) => t.object.kind === 'literal' && t.predicate !== `${JY}spamTerm`)
    .map((t) => normaliseText(nodeText(t.object)));
}

/** How many triples leak a spam term: a literal other than a jy:spamTerm that contains one (score.py `leak`). */
export function countLeaks(graph: TripleGraph, spamTerms: readonly string[]): number {
  if (spamTerms.length === 0) return 0;
  return literalsOtherThanSpamTerms(graph).filter((text) => spamTerms.some((t) => t !== '' && text.includes(t))).length;
}
