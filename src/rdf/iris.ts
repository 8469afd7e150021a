// The only place that mints IRIs: things under `{base}id/…`, their documents under `{base}doc/…`,
// one named graph per source page under `{base}graph/…`. Every mintX has a parseX twin (IRI → key) for routing.

import { createHash } from 'node:crypto';
import type { KeyOf, ThingKey } from './iri-keys.js';
import { encodeSegment, parseThingSegments, thingSegments } from './iri-paths.js';

export type { JurisdictionCode, KeyOf, MeetingKey, ThingKey } from './iri-keys.js';

/** Base IRI used when none is configured. */
export const DEFAULT_BASE = 'http://localhost:3000/';

/** Namespace of the software agents that generate the data: `{SOFTWARE_NS}{version}`. */
export const SOFTWARE_NS = 'https://w3id.org/jiyao/software/';

/** Ensures the base ends with `/` and is an absolute http(s) IRI. */
export function normaliseBase(base: string = DEFAULT_BASE): string {
  const url = new URL(base);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`base IRI must be http(s): ${base}`);
  return base.endsWith('/') ? base : `${base}/`;
}

/** 8 hex digits of sha256(title|date): stands in for a missing session number in a meeting IRI. */
export function meetingFingerprint(title: string, date: string | null): string {
  return createHash('sha256').update(`${title}|${date ?? ''}`, 'utf8').digest('hex').slice(0, 8);
}

type Minted<T extends ThingKey['type']> = (key: KeyOf<T>) => string;
type Parsed<T extends ThingKey['type']> = (iri: string) => KeyOf<T> | null;

/** Mints and parses IRIs under one base IRI (default {@link DEFAULT_BASE}). */
export class IriScheme {
  readonly base: string;

  constructor(base: string = DEFAULT_BASE) {
    this.base = normaliseBase(base);
  }

  /** `{base}id/…` for any thing key. */
  mintThing(key: ThingKey): string {
    if (key.type === 'evidence') return `${key.subject}/evidence/${positive(key.index)}`;
    return `${this.base}id/${thingSegments(key).join('/')}`;
  }

  /** Classifies an IRI minted by {@link mintThing}; null for anything else. */
  parseThing(iri: string): ThingKey | null {
    const prefix = `${this.base}id/`;
    if (!iri.startsWith(prefix)) return null;
    const seg = iri.slice(prefix.length).split('/');
    if (seg.length > 2 && seg[seg.length - 2] === 'evidence' && /^[1-9]\d*$/.test(seg[seg.length - 1])) {
      const subject = iri.slice(0, iri.lastIndexOf('/evidence/'));
      return this.parseThing(subject) ? { type: 'evidence', subject, index: Number(seg[seg.length - 1]) } : null;
    }
    return parseThingSegments(seg);
  }

  /** `id/division/320402`. */
  readonly mintDivision = this.minter('division');
  readonly parseDivision = this.parser('division');
  /** `id/org/320402/government`: the government that met. */
  readonly mintGovernment = this.minter('government');
  readonly parseGovernment = this.parser('government');
  /** `id/org/320402/{name}`: a government department (full name if known) or other body of the jurisdiction. */
  readonly mintDepartment = this.minter('department');
  readonly parseDepartment = this.parser('department');
  /** `id/org/company/{name}`. */
  readonly mintCompany = this.minter('company');
  readonly parseCompany = this.parser('company');
  /** `id/org/company/{company}/{unit}`. */
  readonly mintCompanyUnit = this.minter('company-unit');
  readonly parseCompanyUnit = this.parser('company-unit');
  /** `id/person/{code}/{name}`. */
  readonly mintPerson = this.minter('person');
  readonly parsePerson = this.parser('person');
  /** `id/document/{code}/{title}`. */
  readonly mintDocument = this.minter('document');
  readonly parseDocument = this.parser('document');
  /** `id/post/{post}`: the post as a skos:Concept. */
  readonly mintPost = this.minter('post');
  readonly parsePost = this.parser('post');
  /** `id/membership/{code}/{person}/{post}`. */
  readonly mintMembership = this.minter('membership');
  readonly parseMembership = this.parser('membership');
  /** `id/award-type/{code}/{name}`: the prize as a skos:Concept. */
  readonly mintAwardType = this.minter('award-type');
  readonly parseAwardType = this.parser('award-type');
  /** `id/meeting/{code}/{date}/{kind}[-t{term}]-{session|h{fingerprint}}`. */
  readonly mintMeeting = this.minter('meeting');
  readonly parseMeeting = this.parser('meeting');
  /** `{meeting}/place`: the meeting place as a prov:Location. */
  readonly mintPlace = this.minter('place');
  readonly parsePlace = this.parser('place');
  /** `{meeting}/item/{n}`. */
  readonly mintAgendaItem = this.minter('agenda-item');
  readonly parseAgendaItem = this.parser('agenda-item');
  /** `{meeting}/item/{n}/resolution/{k}`. */
  readonly mintResolution = this.minter('resolution');
  readonly parseResolution = this.parser('resolution');
  /** `{meeting}/award/{k}`. */
  readonly mintAward = this.minter('award');
  readonly parseAward = this.parser('award');
  /** `{meeting}/minutes`. */
  readonly mintMinutes = this.minter('minutes');
  readonly parseMinutes = this.parser('minutes');
  /** `{minutes}/extraction`: the prov:Activity that produced the page's data. */
  readonly mintExtraction = this.minter('extraction');
  readonly parseExtraction = this.parser('extraction');
  /** `{minutes}/extraction/warning/{k}`. */
  readonly mintWarning = this.minter('warning');
  readonly parseWarning = this.parser('warning');
  /** `{subject}/evidence/{k}`. */
  readonly mintEvidence = this.minter('evidence');
  readonly parseEvidence = this.parser('evidence');

  /** `{base}graph/{key}`: the named graph of one source page. */
  mintGraph(key: string): string {
    return `${this.base}graph/${encodeSegment(key)}`;
  }

  /** The page key of a graph IRI; null if it is not one. */
  parseGraph(iri: string): string | null {
    const prefix = `${this.base}graph/`;
    if (!iri.startsWith(prefix) || iri.slice(prefix.length).includes('/')) return null;
    try {
      const key = decodeURIComponent(iri.slice(prefix.length));
      return key !== '' && this.mintGraph(key) === iri ? key : null;
    } catch {
      return null;
    }
  }

  /** `{base}id/X` → `{base}doc/X` (the document describing the thing); null if the IRI is not a thing here. */
  thingToDocument(iri: string): string | null {
    const prefix = `${this.base}id/`;
    return iri.startsWith(prefix) && iri.length > prefix.length ? `${this.base}doc/${iri.slice(prefix.length)}` : null;
  }

  /** `{base}doc/X` → `{base}id/X`; null if the IRI is not a document here. */
  documentToThing(iri: string): string | null {
    const prefix = `${this.base}doc/`;
    return iri.startsWith(prefix) && iri.length > prefix.length ? `${this.base}id/${iri.slice(prefix.length)}` : null;
  }

  private minter<T extends ThingKey['type']>(type: T): Minted<T> {
    return (key) => this.mintThing({ type, ...key } as unknown as ThingKey);
  }

  private parser<T extends ThingKey['type']>(type: T): Parsed<T> {
    return (iri) => {
      const parsed = this.parseThing(iri);
      if (!parsed || parsed.type !== type) return null;
      const { type: _omit, ...key } = parsed;
      return key as unknown as KeyOf<T>;
    };
  }
}

/** `https://w3id.org/jiyao/software/{version}`: the software agent that generated the data. */
export function mintSoftwareAgent(version: string): string {
  return `${SOFTWARE_NS}${encodeSegment(version)}`;
}

/** The version of a software agent IRI; null if it is not one. */
export function parseSoftwareAgent(iri: string): string | null {
  if (!iri.startsWith(SOFTWARE_NS)) return null;
  const rest = iri.slice(SOFTWARE_NS.length);
  try {
    const version = decodeURIComponent(rest);
    return version !== '' && mintSoftwareAgent(version) === iri ? version : null;
  } catch {
    return null;
  }
}

/** {@link IriScheme.thingToDocument} with the default or given base. */
export function thingToDocument(iri: string, base: string = DEFAULT_BASE): string | null {
  return new IriScheme(base).thingToDocument(iri);
}

/** {@link IriScheme.documentToThing} with the default or given base. */
export function documentToThing(iri: string, base: string = DEFAULT_BASE): string | null {
  return new IriScheme(base).documentToThing(iri);
}

function positive(n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new Error(`an IRI index must be a positive integer, got ${n}`);
  return n;
}

