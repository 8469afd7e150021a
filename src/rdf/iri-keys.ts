// The keys that identify each kind of published resource: what iris.ts mints an IRI from and parses an IRI back into.

import type { MeetingKind } from '../record/types.js';

/** A jurisdiction: its GB/T 2260 code, or null when unknown (written `unknown` in IRIs). */
export type JurisdictionCode = string | null;

/** Identifies one meeting; `fingerprint` (8 hex digits of sha256(title|date)) stands in for a missing session number. */
export interface MeetingKey {
  jurisdiction: JurisdictionCode;
  /** yyyy-mm-dd, or null (written `undated`). */
  date: string | null;
  kind: MeetingKind;
  term: number | null;
  session: number | null;
  /** Set exactly when `session` is null. */
  fingerprint: string | null;
}

/** Every kind of thing under `{base}id/`, with its key: the result of classifying an IRI. */
export type ThingKey =
  | { type: 'division'; jurisdiction: JurisdictionCode }
  | { type: 'government'; jurisdiction: JurisdictionCode }
  | { type: 'department'; jurisdiction: JurisdictionCode; name: string }
  | { type: 'company'; name: string }
  | { type: 'company-unit'; company: string; unit: string }
  | { type: 'person'; jurisdiction: JurisdictionCode; name: string }
  | { type: 'document'; jurisdiction: JurisdictionCode; title: string }
  | { type: 'post'; post: string }
  | { type: 'membership'; jurisdiction: JurisdictionCode; person: string; post: string }
  | { type: 'award-type'; jurisdiction: JurisdictionCode; name: string }
  | { type: 'meeting'; meeting: MeetingKey }
  | { type: 'place'; meeting: MeetingKey }
  | { type: 'agenda-item'; meeting: MeetingKey; position: number }
  | { type: 'resolution'; meeting: MeetingKey; position: number; index: number }
  | { type: 'award'; meeting: MeetingKey; index: number }
  | { type: 'minutes'; meeting: MeetingKey }
  | { type: 'extraction'; meeting: MeetingKey }
  | { type: 'warning'; meeting: MeetingKey; index: number }
  | { type: 'evidence'; subject: string; index: number };

/** The key of one kind of thing, without its `type` tag. */
export type KeyOf<T extends ThingKey['type']> = Omit<Extract<ThingKey, { type: T }>, 'type'>;
