// Record → quads for the meeting itself: kind, date, place, the government, chair, recorder and attendance.

import type { ItemAction, MeetingKind, Meeting, PartOfDay, ResolutionType } from '../record/types.js';
import { BESLUIT, DCTERMS, JY, PROV, SCHEMA } from '../vocab/index.js';
import { addChairMembership, addDivision, addGovernment, addPerson } from './map-agents.js';
import { addEvidence, type MapContext } from './map-context.js';

/** Record meeting kind → jy: concept. */
export const MEETING_KINDS: Record<MeetingKind, string> = {
  executive: JY.ExecutiveMeeting,
  'mayor-office': JY.HeadOfficeMeeting,
  special: JY.SpecialMeeting,
  other: JY.OtherMeeting,
};

/** Record part of day → jy: concept. */
export const PARTS_OF_DAY: Record<PartOfDay, string> = {
  morning: JY.Morning,
  afternoon: JY.Afternoon,
  evening: JY.Evening,
};

/** Record item action → jy: concept. */
export const ITEM_ACTIONS: Record<ItemAction, string> = {
  heard: JY.Heard,
  deliberated: JY.Deliberated,
  studied: JY.Studied,
  other: JY.OtherAction,
};

/** Record resolution type → jy: concept. */
export const RESOLUTION_TYPES: Record<ResolutionType, string> = {
  'approved-in-principle': JY.ApprovedInPrinciple,
  approved: JY.Approved,
  decided: JY.Decided,
  requested: JY.Requested,
  other: JY.OtherResolution,
};

function addCoreFacts(ctx: MapContext, m: Meeting): void {
  const { b, meetingIri: iri } = ctx;
  b.types(iri, JY.Meeting, BESLUIT.Zitting, SCHEMA.Event);
  b.label(iri, m.title);
  b.text(iri, DCTERMS.title, m.title);
  if (m.sessionNumber !== null) b.integer(iri, JY.sessionNumber, m.sessionNumber);
  if (m.term !== null) b.integer(iri, JY.term, m.term);
  b.iri(iri, JY.meetingKind, MEETING_KINDS[m.kind]);
  if (b.date(iri, DCTERMS.date, m.date)) b.date(iri, SCHEMA.startDate, m.date);
  if (m.partOfDay) b.iri(iri, JY.partOfDay, PARTS_OF_DAY[m.partOfDay]);
  if (m.location) {
    const place = ctx.iris.mintPlace({ meeting: ctx.meetingKey });
    b.text(iri, JY.location, m.location);
    b.text(iri, SCHEMA.location, m.location);
    b.iri(iri, PROV.atLocation, place);
    b.types(place, PROV.Location);
    b.label(place, m.location);
  }
}

function addPeople(ctx: MapContext, m: Meeting): void {
  const { b, meetingIri: iri } = ctx;
  if (m.chair) {
    const chair = addPerson(ctx, m.chair.name);
    b.iri(iri, JY.chair, chair);
    b.iri(iri, BESLUIT.heeftVoorzitter, chair);
    if (m.chair.post) addChairMembership(ctx, chair, m.chair.name, m.chair.post);
  }
  if (m.recorder) {
    const recorder = addPerson(ctx, m.recorder);
    b.iri(iri, JY.recorder, recorder);
    b.iri(iri, BESLUIT.heeftSecretaris, recorder);
  }
  for (const name of m.attendees) {
    const person = addPerson(ctx, name);
    b.iri(iri, JY.attendee, person);
    b.iri(iri, SCHEMA.attendee, person);
  }
  for (const name of m.nonVotingAttendees) {
    const person = addPerson(ctx, name);
    b.iri(iri, JY.nonVotingAttendee, person);
    b.iri(iri, SCHEMA.attendee, person);
  }
}

function addMeetingEvidence(ctx: MapContext, m: Meeting): void {
  const iri = ctx.meetingIri;
  const ev = m.evidence;
  const opening = [DCTERMS.date, JY.partOfDay, JY.location, JY.chair, JY.meetingKind, JY.sessionNumber];
  addEvidence(ctx, iri, ev.opening, ...opening);
  if (m.attendees.length > 0) addEvidence(ctx, iri, ev.attendees, JY.attendee);
  if (m.nonVotingAttendees.length > 0) addEvidence(ctx, iri, ev.nonVotingAttendees, JY.nonVotingAttendee);
  if (m.recorder) addEvidence(ctx, iri, ev.recorder, JY.recorder);
}

/** Adds the meeting node with its jurisdiction, government, persons and evidence. */
export function addMeeting(ctx: MapContext, m: Meeting): void {
  const { b, meetingIri: iri } = ctx;
  addCoreFacts(ctx, m);
  const division = addDivision(ctx);
  if (division) b.iri(iri, JY.jurisdiction, division);
  if (ctx.governmentIri) {
    addGovernment(ctx);
    b.iri(iri, JY.heldBy, ctx.governmentIri);
    b.iri(iri, SCHEMA.organizer, ctx.governmentIri);
  }
  addPeople(ctx, m);
  addMeetingEvidence(ctx, m);
}
