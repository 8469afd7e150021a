// From a clean, simplified page to the record's meeting, minutes, items, awards and organisation names.

import type { AgendaItem, Award, ExtractionWarning, Meeting, MinutesDocument } from '../record/types.js';
import { ExtractionError } from '../record/types.js';
import { extractAttendance, parseNameList, type AttendanceBlock } from './attendance.js';
import { extractAwards } from './awards.js';
import { findFullDate } from './dates.js';
import { itemAction, segmentItems, type ItemText } from './items.js';
import type { MappedText } from './mapped-text.js';
import { extractOpening, type OpeningFacts } from './meeting.js';
import { extractMinutesDocument, LabelledLines } from './metadata.js';
import { participatingUnits, taskedBodies, looksLikeOrganization } from './organization-mentions.js';
import type { PageText } from './page-text.js';
import { PROSE_ATTENDEES, UNNUMBERED_ITEM } from './patterns.js';
import { documentTitles, extractResolutions, presenterOf } from './resolutions.js';

export interface AssembledFields {
  meeting: Meeting;
  minutes: MinutesDocument;
  agendaItems: AgendaItem[];
  awards: Award[];
  /** Organisation names as written, in order of first appearance. */
  organizationNames: string[];
  warnings: ExtractionWarning[];
}

/** Reads every field of the minutes from the page body; throws ExtractionError('no-meeting') when there is none. */
export function assembleFields(page: PageText, fileName: string): AssembledFields {
  const lines = page.body.split(/\n/g).map((l) => l.trim()).filter((l) => l.length > 0);
  const labelled = new LabelledLines(lines);
  const reference = referenceDate(lines, labelled);
  const opening = extractOpening(lines, reference);
  const headings = page.headings.map((h) => h.text);
  const minutes = extractMinutesDocument(lines, opening ? opening.lineIndex : -1, headings, labelled);
  if (!opening) throw new ExtractionError('no-meeting', `${fileName}: no meeting found (no opening sentence with a date and 召开…会议)`);
  const after = linesAfterOpening(lines, opening);
  const items = segmentItems(after);
  const attendance = extractAttendance(after);
  const warnings: ExtractionWarning[] = [];
  const agendaItems: AgendaItem[] = [];
  const awards: Award[] = [];
  for (const item of items) {
    const built = buildItem(item);
    agendaItems.push(built.item);
    awards.push(...built.awards);
    warnings.push(...built.warnings);
  }
  if (items.length === 0) {
    warnings.push({ code: 'truncated', message: `${fileName}: the body holds no agenda item (page truncated?)`, evidence: opening.line.evidence() });
  }
  const meeting = buildMeeting(opening, attendance);
  return { meeting, minutes, agendaItems, awards, organizationNames: organizationNames(opening, items, agendaItems, awards, attendance), warnings };
}

/** The page's own dates (issued, created, else any full date) give the year to a month-day opening. */
function referenceDate(lines: readonly MappedText[], labelled: LabelledLines): string | null {
  const values = labelled.valuesBefore(40);
  for (const v of [values.get('issued'), values.get('created')]) {
    const d = v ? findFullDate(v) : null;
    if (d) return d.iso;
  }
  for (const l of lines) {
    const d = findFullDate(l.text);
    if (d) return d.iso;
  }
  return null;
}

/** Lines after the opening; a news-style opening line may carry the first 会议听取… paragraph itself. */
function linesAfterOpening(lines: readonly MappedText[], opening: OpeningFacts): MappedText[] {
  const rest = lines.slice(opening.lineIndex + 1);
  const tail = opening.line.slice(opening.sentence.length + 1).trim();
  if (tail.length === 0) return rest;
  const pieces = tail.split(/。/g).map((p) => p.trim()).filter((p) => p.length > 0);
  const first = pieces.findIndex((p) => UNNUMBERED_ITEM.test(p.text));
  if (first < 0) return rest;
  const at = tail.text.indexOf(pieces[first].text);
  return [tail.slice(at), ...rest];
}

function buildItem(item: ItemText): { item: AgendaItem; awards: Award[]; warnings: ExtractionWarning[] } {
  const documents = documentTitles(item.text.text);
  const found = extractResolutions(item, documents);
  const awards: Award[] = [];
  const warnings: ExtractionWarning[] = [];
  for (const r of found) {
    if (r.type !== 'decided') continue;
    const got = extractAwards(r.sentence, item.position, item.text.text);
    awards.push(...got.awards);
    warnings.push(...got.warnings);
  }
  return {
    item: {
      position: item.position,
      action: itemAction(item),
      title: item.heading.text,
      documents,
      resolutions: found.map(({ sentence: _s, ...r }) => r),
      evidence: item.heading.evidence(),
    },
    awards,
    warnings,
  };
}

function buildMeeting(opening: OpeningFacts, attendance: AttendanceBlock[]): Meeting {
  const of = (role: AttendanceBlock['role']) => attendance.filter((b) => b.role === role);
  const attendees = of('attendee').flatMap((b) => b.names);
  const nonVoting = of('nonVoting').flatMap((b) => b.names);
  const recorder = of('recorder')[0];
  const chairBlock = of('chair')[0];
  const prose = PROSE_ATTENDEES.exec(opening.line.text);
  if (attendees.length === 0 && prose) attendees.push(...parseNameList(prose[1]).names);
  const chair = opening.chair ?? (chairBlock?.names[0] ? { name: chairBlock.names[0], post: null } : null);
  return {
    title: opening.title,
    kind: opening.kind,
    sessionNumber: opening.sessionNumber,
    term: opening.term,
    date: opening.date,
    partOfDay: opening.partOfDay,
    location: opening.location,
    chair,
    recorder: recorder?.names[0] ?? null,
    attendees: unique(attendees),
    nonVotingAttendees: unique(nonVoting),
    evidence: {
      opening: opening.sentence.evidence(),
      attendees: of('attendee')[0]?.evidence ?? (prose ? opening.line.evidence(prose.index, prose.index + prose[0].length) : undefined),
      nonVotingAttendees: of('nonVoting')[0]?.evidence,
      recorder: recorder?.evidence,
    },
  };
}

/** Organisations in order of first appearance: participants, proposers, presenters, recipients, task bodies. */
function organizationNames(
  opening: OpeningFacts,
  items: ItemText[],
  agendaItems: AgendaItem[],
  awards: Award[],
  attendance: AttendanceBlock[],
): string[] {
  const found: Array<{ name: string; at: number }> = [];
  const add = (name: string | null, at: number) => {
    if (name) found.push({ name, at });
  };
  for (const u of participatingUnits(opening.line.text)) add(u.name, opening.line.evidence().start + u.index);
  items.forEach((item, k) => {
    const base = item.text.evidence().start;
    const text = item.text.text;
    const presenter = presenterOf(text);
    add(presenter, base + Math.max(0, text.indexOf(presenter ?? '')));
    for (const r of agendaItems[k].resolutions) add(r.proposedBy, base + Math.max(0, text.indexOf(r.proposedBy ?? '')));
    for (const a of awards.filter((w) => w.item === item.position && w.recipientKind === 'organization')) {
      for (const rcp of a.recipients) add(rcp, base + Math.max(0, text.indexOf(rcp)));
    }
    for (const t of taskedBodies(text)) add(t.name, base + t.index);
  });
  for (const block of attendance) for (const u of block.units) if (looksLikeOrganization(u)) add(u, block.evidence.start);
  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  return found.filter((f) => !seen.has(f.name) && seen.add(f.name)).map((f) => f.name);
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
