// Reads facts back from quads exactly as shared/corpus/SCORING.md describes (a TypeScript mirror of score.py's pred_facts).

import { Store } from 'n3';
import type { Quad, Term } from '@rdfjs/types';

const JY = 'https://w3id.org/jiyao/ontology#';
const DC = 'http://purl.org/dc/terms/';
const ORG = 'http://www.w3.org/ns/org#';
const LABELS = [
  'http://www.w3.org/2000/01/rdf-schema#label',
  'http://xmlns.com/foaf/0.1/name',
  'http://www.w3.org/2004/02/skos/core#prefLabel',
  'http://www.w3.org/2004/02/skos/core#altLabel',
];

/** SCORING's string normalisation: NFKC, no whitespace, outer quotes stripped. */
export function norm(s: string): string {
  return s.normalize('NFKC').replace(/\s+/gu, '').replace(/^[《》“”"'「」『』]+|[《》“”"'「」『』]+$/gu, '');
}

const local = (t: Term) => (t.value.startsWith(JY) ? t.value.slice(JY.length) : t.value);

function lit(t: Term): string | number | boolean {
  if (t.termType !== 'Literal') return local(t);
  if (t.datatype.value.endsWith('#integer')) return Number(t.value);
  if (t.datatype.value.endsWith('#boolean')) return t.value === 'true';
  return norm(t.value);
}

/** Facts as JSON strings, e.g. `["proposedBy",1,"区市场监管局"]`. */
export function readFacts(quads: Quad[]): Set<string> {
  const store = new Store(quads);
  const facts = new Set<string>();
  const add = (...f: unknown[]) => facts.add(JSON.stringify(f));
  const objs = (s: Term, p: string) => store.getObjects(s, p, null);
  const labels = (n: Term) => LABELS.flatMap((p) => objs(n, p)).map((o) => norm(o.value));
  for (const m of store.getSubjects('http://www.w3.org/1999/02/22-rdf-syntax-ns#type', `${JY}Meeting`, null)) {
    for (const o of objs(m, `${JY}sessionNumber`)) add('session', lit(o));
    for (const o of objs(m, `${JY}term`)) add('term', lit(o));
    for (const o of objs(m, `${JY}meetingKind`)) add('kind', local(o));
    for (const o of objs(m, `${DC}date`)) add('date', norm(o.value));
    for (const o of objs(m, `${JY}partOfDay`)) add('partOfDay', local(o));
    for (const o of objs(m, `${JY}location`)) add('location', lit(o));
    for (const d of objs(m, `${JY}jurisdiction`)) for (const c of objs(d, `${JY}divisionCode`)) add('division', norm(c.value));
    for (const [rel, key] of [['chair', 'chair'], ['recorder', 'recorder'], ['attendee', 'attendee'], ['nonVotingAttendee', 'nonVoting']]) {
      for (const p of objs(m, `${JY}${rel}`)) for (const l of labels(p)) add(key, l);
    }
    for (const chair of objs(m, `${JY}chair`)) {
      for (const mem of store.getSubjects(`${ORG}member`, chair, null)) {
        for (const role of objs(mem, `${ORG}role`)) for (const l of labels(role)) add('chairPost', l);
      }
    }
    for (const mi of objs(m, `${JY}minutes`)) {
      for (const o of objs(mi, `${DC}identifier`)) add('indexNumber', norm(o.value));
      for (const o of objs(mi, `${DC}created`)) add('created', norm(o.value));
      for (const o of objs(mi, `${DC}issued`)) add('issued', norm(o.value));
      for (const o of objs(mi, `${JY}tampered`)) add('tampered', o.value === 'true');
      for (const o of objs(mi, `${JY}spamTerm`)) add('spam', norm(o.value));
    }
    for (const it of objs(m, `${JY}agendaItem`)) {
      const p = objs(it, `${JY}position`).map(lit)[0] ?? null;
      for (const a of objs(it, `${JY}action`)) add('item', p, local(a));
      for (const d of objs(it, `${JY}concerns`)) for (const t of objs(d, `${DC}title`)) add('itemDoc', p, norm(t.value));
      for (const r of objs(it, `${JY}resolution`)) {
        for (const t of objs(r, `${JY}resolutionType`)) add('resolution', p, local(t));
        for (const o of objs(r, `${JY}proposedBy`)) for (const l of labels(o)) add('proposedBy', p, l);
        for (const d of objs(r, `${JY}concerns`)) for (const t of objs(d, `${DC}title`)) add('resDoc', p, norm(t.value));
        for (const s of objs(r, `${JY}nextStep`)) add('nextStep', p, norm(s.value));
        for (const aw of objs(r, `${JY}confers`)) {
          for (const nameTerm of objs(aw, `${JY}awardName`)) {
            const an = norm(nameTerm.value);
            for (const rc of objs(aw, `${JY}recipient`)) for (const l of labels(rc)) add('award', an, l);
            for (const y of objs(aw, `${JY}awardYear`)) add('awardYear', an, lit(y));
            for (const c of objs(aw, `${JY}statedCount`)) add('awardCount', an, lit(c));
          }
        }
      }
    }
  }
  if (![...facts].some((f) => f.startsWith('["tampered"'))) add('tampered', false);
  return facts;
}

/** Labels of every jy:Organization (SCORING's organisation recall). */
export function organizationLabels(quads: Quad[]): Set<string> {
  const store = new Store(quads);
  const out = new Set<string>();
  for (const o of store.getSubjects('http://www.w3.org/1999/02/22-rdf-syntax-ns#type', `${JY}Organization`, null)) {
    for (const p of LABELS) for (const l of store.getObjects(o, p, null)) out.add(norm(l.value));
  }
  return out;
}
