// The path grammar under `{base}id/`: ThingKey → path segments and back. Pure string work, no base IRI.

import type { MeetingKind } from '../record/types.js';
import type { JurisdictionCode, MeetingKey, ThingKey } from './iri-keys.js';

const UNKNOWN = 'unknown';
const UNDATED = 'undated';
const KINDS: readonly MeetingKind[] = ['executive', 'mayor-office', 'special', 'other'];
/** Meeting slug: kind, optional term, then session number or h+fingerprint (`executive-t10-32`, `special-h1a2b3c4d`). */
const SLUG = /^(executive|mayor-office|special|other)(?:-t(\d+))?-(?:(\d+)|h([0-9a-f]{8}))$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INDEX = /^[1-9]\d*$/;

/** Percent-encodes one path segment; `.` and `..` are escaped too so no client resolves them away. */
export function encodeSegment(value: string): string {
  if (value === '') throw new Error('an IRI path segment cannot be empty');
  const encoded = encodeURIComponent(value);
  return encoded === '.' || encoded === '..' ? encoded.replaceAll('.', '%2E') : encoded;
}

function decodeSegment(segment: string): string | null {
  try {
    const value = decodeURIComponent(segment);
    return value === '' || encodeSegment(value) !== segment ? null : value;
  } catch {
    return null;
  }
}

/** A 1-based position or index as a segment; throws on anything else. */
function index(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`an IRI index must be a positive integer, got ${n}`);
  return String(n);
}

const jurisdictionSegment = (code: JurisdictionCode): string => (code === null ? UNKNOWN : encodeSegment(code));
const parseJurisdiction = (segment: string): JurisdictionCode | undefined =>
  segment === UNKNOWN ? null : (decodeSegment(segment) ?? undefined);

function meetingSegments(m: MeetingKey): string[] {
  if (!KINDS.includes(m.kind)) throw new Error(`unknown meeting kind ${m.kind}`);
  if (m.date !== null && !DATE.test(m.date)) throw new Error(`meeting date is not yyyy-mm-dd: ${m.date}`);
  if ((m.session === null) === (m.fingerprint === null)) throw new Error('a meeting key has a session number or a fingerprint, not both');
  const term = m.term === null ? '' : `-t${m.term}`;
  const tail = m.session === null ? `h${m.fingerprint}` : String(m.session);
  const slug = `${m.kind}${term}-${tail}`;
  if (!SLUG.test(slug)) throw new Error(`meeting key does not fit the IRI pattern: ${slug}`);
  return ['meeting', jurisdictionSegment(m.jurisdiction), m.date ?? UNDATED, slug];
}

function parseMeeting(seg: string[]): MeetingKey | null {
  if (seg[0] !== 'meeting' || seg.length < 4) return null;
  const jurisdiction = parseJurisdiction(seg[1]);
  const match = SLUG.exec(seg[3]);
  if (jurisdiction === undefined || !match || (seg[2] !== UNDATED && !DATE.test(seg[2]))) return null;
  return {
    jurisdiction,
    date: seg[2] === UNDATED ? null : seg[2],
    kind: match[1] as MeetingKind,
    term: match[2] === undefined ? null : Number(match[2]),
    session: match[3] === undefined ? null : Number(match[3]),
    fingerprint: match[4] ?? null,
  };
}

/** The path segments (after `id/`) of a thing. Throws on a key that cannot be written (empty name, bad date). */
export function thingSegments(key: ThingKey): string[] {
  switch (key.type) {
    case 'division': return ['division', jurisdictionSegment(key.jurisdiction)];
    case 'government': return ['org', jurisdictionSegment(key.jurisdiction), 'government'];
    case 'department':
      if (key.name === 'government') throw new Error('a department cannot be named "government" (reserved segment)');
      return ['org', jurisdictionSegment(key.jurisdiction), encodeSegment(key.name)];
    case 'company': return ['org', 'company', encodeSegment(key.name)];
    case 'company-unit': return ['org', 'company', encodeSegment(key.company), encodeSegment(key.unit)];
    case 'person': return ['person', jurisdictionSegment(key.jurisdiction), encodeSegment(key.name)];
    case 'document': return ['document', jurisdictionSegment(key.jurisdiction), encodeSegment(key.title)];
    case 'post': return ['post', encodeSegment(key.post)];
    case 'membership':
      return ['membership', jurisdictionSegment(key.jurisdiction), encodeSegment(key.person), encodeSegment(key.post)];
    case 'award-type': return ['award-type', jurisdictionSegment(key.jurisdiction), encodeSegment(key.name)];
    case 'meeting': return meetingSegments(key.meeting);
    case 'place': return [...meetingSegments(key.meeting), 'place'];
    case 'agenda-item': return [...meetingSegments(key.meeting), 'item', index(key.position)];
    case 'resolution':
      return [...meetingSegments(key.meeting), 'item', index(key.position), 'resolution', index(key.index)];
    case 'award': return [...meetingSegments(key.meeting), 'award', index(key.index)];
    case 'minutes': return [...meetingSegments(key.meeting), 'minutes'];
    case 'extraction': return [...meetingSegments(key.meeting), 'minutes', 'extraction'];
    case 'warning': return [...meetingSegments(key.meeting), 'minutes', 'extraction', 'warning', index(key.index)];
    case 'evidence': throw new Error('evidence IRIs are built on their subject IRI');
  }
}

function parseMeetingPart(seg: string[]): ThingKey | null {
  const meeting = parseMeeting(seg);
  if (!meeting) return null;
  const rest = seg.slice(4).join('/');
  const n = seg[5] !== undefined && INDEX.test(seg[5]) ? Number(seg[5]) : null;
  if (rest === '') return { type: 'meeting', meeting };
  if (rest === 'place') return { type: 'place', meeting };
  if (rest === 'minutes') return { type: 'minutes', meeting };
  if (rest === 'minutes/extraction') return { type: 'extraction', meeting };
  if (/^minutes\/extraction\/warning\/[1-9]\d*$/.test(rest)) return { type: 'warning', meeting, index: Number(seg[7]) };
  if (seg[4] === 'award' && seg.length === 6 && n !== null) return { type: 'award', meeting, index: n };
  if (seg[4] === 'item' && seg.length === 6 && n !== null) return { type: 'agenda-item', meeting, position: n };
  if (seg[4] === 'item' && seg.length === 8 && n !== null && seg[6] === 'resolution' && INDEX.test(seg[7])) {
    return { type: 'resolution', meeting, position: n, index: Number(seg[7]) };
  }
  return null;
}

/** Reads path segments (after `id/`) back into a key; null when they are not a path this module writes. */
export function parseThingSegments(seg: string[]): ThingKey | null {
  const [head] = seg;
  const j = seg.length > 1 ? parseJurisdiction(seg[1]) : undefined;
  const d = seg.map(decodeSegment);
  if (head === 'meeting') return parseMeetingPart(seg);
  if (head === 'division' && seg.length === 2 && j !== undefined) return { type: 'division', jurisdiction: j };
  if (head === 'post' && seg.length === 2 && d[1]) return { type: 'post', post: d[1] };
  if (head === 'org' && seg[1] === 'company') {
    if (seg.length === 3 && d[2]) return { type: 'company', name: d[2] };
    if (seg.length === 4 && d[2] && d[3]) return { type: 'company-unit', company: d[2], unit: d[3] };
    return null;
  }
  if (j === undefined) return null;
  if (head === 'org' && seg.length === 3) {
    return seg[2] === 'government' ? { type: 'government', jurisdiction: j } : d[2] ? { type: 'department', jurisdiction: j, name: d[2] } : null;
  }
  if (head === 'person' && seg.length === 3 && d[2]) return { type: 'person', jurisdiction: j, name: d[2] };
  if (head === 'document' && seg.length === 3 && d[2]) return { type: 'document', jurisdiction: j, title: d[2] };
  if (head === 'award-type' && seg.length === 3 && d[2]) return { type: 'award-type', jurisdiction: j, name: d[2] };
  if (head === 'membership' && seg.length === 4 && d[2] && d[3]) {
    return { type: 'membership', jurisdiction: j, person: d[2], post: d[3] };
  }
  return null;
}
