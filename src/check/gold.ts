// The gold annotation of one page (shared/corpus/GOLD_SCHEMA.md) and its facts, ported from score.py `gold_facts`.
import { FactSet, type FactValue } from './fact.js';
import { normaliseText } from './normalise.js';

/** A gold person with a post (the chair). */
export interface GoldChair {
  name?: string | null;
  post?: string | null;
}

/** The meeting part of a gold file; every field may be missing or null, as score.py reads it with `.get`. */
export interface GoldMeeting {
  title?: string | null;
  kind?: string | null;
  sessionNumber?: number | null;
  term?: number | null;
  date?: string | null;
  partOfDay?: string | null;
  location?: string | null;
  chair?: GoldChair | null;
  recorder?: string | null;
  attendees?: string[] | null;
  nonVotingAttendees?: string[] | null;
}

/** The published minutes document. */
export interface GoldMinutes {
  title?: string | null;
  indexNumber?: string | null;
  created?: string | null;
  issued?: string | null;
  publisher?: string | null;
}

/** One resolution of an agenda item. */
export interface GoldResolution {
  type?: string | null;
  proposedBy?: string | null;
  documents?: string[] | null;
  nextStep?: string | null;
}

/** One agenda item. */
export interface GoldAgendaItem {
  position: number;
  action?: string | null;
  documents?: string[] | null;
  resolutions?: GoldResolution[] | null;
}

/** An award conferred by a resolution. */
export interface GoldAward {
  name: string;
  year?: number | null;
  statedCount?: number | null;
  recipients?: string[] | null;
  item?: number | null;
}

/** A whole gold file (`NAME.gold.json`). */
export interface Gold {
  source: string;
  encoding?: string;
  jurisdiction?: { name?: string | null; code?: string | null } | null;
  meeting?: GoldMeeting | null;
  minutes?: GoldMinutes | null;
  agendaItems?: GoldAgendaItem[] | null;
  awards?: GoldAward[] | null;
  organizations?: string[] | null;
  integrity?: { tampered?: boolean | null; spamTerms?: string[] | null; notes?: string | null } | null;
}

/** Gold `meeting.kind` → local name of the jy:meetingKind value. */
const KIND: Record<string, string> = {
  executive: 'ExecutiveMeeting',
  'mayor-office': 'HeadOfficeMeeting',
  special: 'SpecialMeeting',
  other: 'OtherMeeting',
};
/** Gold `meeting.partOfDay` → local name of the jy:partOfDay value. */
const PART_OF_DAY: Record<string, string> = { morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening' };
/** Gold `agendaItems[].action` → local name of the jy:action value. */
const ACTION: Record<string, string> = {
  heard: 'Heard',
  deliberated: 'Deliberated',
  studied: 'Studied',
  other: 'OtherAction',
};
/** Gold `resolutions[].type` → local name of the jy:resolutionType value. */
const RESOLUTION_TYPE: Record<string, string> = {
  'approved-in-principle': 'ApprovedInPrinciple',
  approved: 'Approved',
  decided: 'Decided',
  requested: 'Requested',
  other: 'OtherResolution',
};

/** Python truthiness of a JSON value (`x or {}` in score.py). */
export function isPythonTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** Python `dict.get(key)` on a mapping of the table above; `undefined` stands for `None`. */
function lookup(table: Record<string, string>, key: unknown): string | undefined {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** True when the gold says the page holds no meeting (`not gold.get("meeting")`). */
export function goldExpectsNoMeeting(gold: Gold): boolean {
  return !isPythonTruthy(gold.meeting);
}

/** Collects facts like score.py's `add`: skipped when a value is None or "", strings normalised. */
class FactCollector extends FactSet {
  addIfPresent(kind: string, ...values: unknown[]): void {
    if (values.some((v) => v === null || v === undefined || v === '')) return;
    this.add([kind, ...values.map((v) => (typeof v === 'string' ? normaliseText(v) : (v as FactValue)))]);
  }
}

function list<T>(value: T[] | null | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

function addMeetingFacts(c: FactCollector, gold: Gold, m: GoldMeeting): void {
  c.addIfPresent('session', m.sessionNumber);
  c.addIfPresent('term', m.term);
  c.addIfPresent('kind', lookup(KIND, m.kind));
  c.addIfPresent('date', m.date);
  c.addIfPresent('partOfDay', lookup(PART_OF_DAY, m.partOfDay));
  c.addIfPresent('location', m.location);
  const jurisdiction = isPythonTruthy(gold.jurisdiction) ? gold.jurisdiction! : {};
  c.addIfPresent('division', jurisdiction.code);
  const chair: GoldChair = isPythonTruthy(m.chair) ? m.chair! : {};
  c.addIfPresent('chair', chair.name);
  c.addIfPresent('chairPost', chair.post);
  c.addIfPresent('recorder', m.recorder);
  for (const a of list(m.attendees)) c.addIfPresent('attendee', a);
  for (const a of list(m.nonVotingAttendees)) c.addIfPresent('nonVoting', a);
  const minutes: GoldMinutes = isPythonTruthy(gold.minutes) ? gold.minutes! : {};
  c.addIfPresent('indexNumber', minutes.indexNumber);
  c.addIfPresent('created', minutes.created);
  c.addIfPresent('issued', minutes.issued);
}

function addItemFacts(c: FactCollector, item: GoldAgendaItem): void {
  const p = item.position;
  c.addIfPresent('item', p, lookup(ACTION, item.action));
  for (const d of list(item.documents)) c.addIfPresent('itemDoc', p, d);
  for (const r of list(item.resolutions)) {
    c.addIfPresent('resolution', p, lookup(RESOLUTION_TYPE, r.type));
    c.addIfPresent('proposedBy', p, r.proposedBy);
    for (const d of list(r.documents)) c.addIfPresent('resDoc', p, d);
    c.addIfPresent('nextStep', p, r.nextStep);
  }
}

function addAwardFacts(c: FactCollector, award: GoldAward): void {
  for (const recipient of list(award.recipients)) c.addIfPresent('award', award.name, recipient);
  c.addIfPresent('awardYear', award.name, award.year);
  c.addIfPresent('awardCount', award.name, award.statedCount);
}

/**
 * Port of score.py `gold_facts`: every fact the gold file asserts, as {@link factKey} strings.
 * A gold with no meeting (`"meeting": null`) has no facts.
 */
export function goldFacts(gold: Gold): Set<string> {
  const c = new FactCollector();
  if (goldExpectsNoMeeting(gold)) return c.keys;
  addMeetingFacts(c, gold, gold.meeting!);
  for (const item of list(gold.agendaItems)) addItemFacts(c, item);
  for (const award of list(gold.awards)) addAwardFacts(c, award);
  const integrity = isPythonTruthy(gold.integrity) ? gold.integrity! : {};
  c.add(['tampered', isPythonTruthy(integrity.tampered)]);
  for (const term of list(integrity.spamTerms)) c.addIfPresent('spam', term);
  return c.keys;
}

/** The gold's organisations, normalised (score.py `gorgs`). */
export function goldOrganisations(gold: Gold): Set<string> {
  return new Set(list(gold.organizations).map(normaliseText));
}

/** The gold's spam terms, normalised, in order (score.py `spam`). */
export function goldSpamTerms(gold: Gold): string[] {
  const integrity = isPythonTruthy(gold.integrity) ? gold.integrity! : {};
  return list(integrity.spamTerms).map(normaliseText);
}
