// The typed intermediate record of one minutes page: same keys and meaning as
// shared/corpus/GOLD_SCHEMA.md, plus the evidence spans and warnings the RDF needs.

/** A stretch of the page: `start`/`end` are UTF-16 offsets into the decoded source text; `quote` is the repaired text. */
export interface Evidence {
  quote: string;
  start: number;
  end: number;
}

/** Lossy or doubtful extraction, reported rather than thrown (cf. jsonld.js safe-mode events). */
export interface ExtractionWarning {
  code: WarningCode;
  message: string;
  evidence?: Evidence;
}

export type WarningCode =
  | 'charset-mismatch' // declared charset did not decode the bytes; another one was used
  | 'charset-guessed' // no declaration; charset detected from the bytes
  | 'traditional-normalised' // page was traditional Chinese and was converted to simplified
  | 'spam-removed' // injected content found and removed or repaired
  | 'truncated' // the body stops before any agenda item
  | 'count-mismatch' // an award's stated count differs from the recipients found
  | 'unexpanded-abbreviation' // a short department name the abbreviation table cannot expand
  | 'unknown-division' // no GB/T 2260 code could be found for the page
  | 'missing-field'; // a field the minutes normally carry was not found

export type MeetingKind = 'executive' | 'mayor-office' | 'special' | 'other';
export type PartOfDay = 'morning' | 'afternoon' | 'evening';
export type ItemAction = 'heard' | 'deliberated' | 'studied' | 'other';
export type ResolutionType = 'approved-in-principle' | 'approved' | 'decided' | 'requested' | 'other';

export interface Jurisdiction {
  /** Full name as the gold writes it: 常州市天宁区, 江阴市. */
  name: string;
  /** GB/T 2260 six-digit code, or null when the page does not allow knowing it. */
  code: string | null;
  /** Short name used on the page (天宁区), for repairs and labels. */
  shortName?: string;
  /** Name of the prefecture-level city, if any (常州市). */
  prefecture?: string;
}

export interface Chair {
  name: string;
  /** The post written directly before the name (区长, 副区长), or null. */
  post: string | null;
}

export interface Meeting {
  title: string;
  kind: MeetingKind;
  sessionNumber: number | null;
  term: number | null;
  /** ISO date yyyy-mm-dd. */
  date: string | null;
  partOfDay: PartOfDay | null;
  location: string | null;
  chair: Chair | null;
  recorder: string | null;
  attendees: string[];
  nonVotingAttendees: string[];
  evidence: {
    opening?: Evidence;
    attendees?: Evidence;
    nonVotingAttendees?: Evidence;
    recorder?: Evidence;
  };
}

export interface MinutesDocument {
  title: string | null;
  indexNumber: string | null;
  created: string | null;
  issued: string | null;
  publisher: string | null;
}

export interface Resolution {
  type: ResolutionType;
  proposedBy: string | null;
  documents: string[];
  nextStep: string | null;
  evidence?: Evidence;
}

export interface AgendaItem {
  position: number;
  action: ItemAction;
  /** The item's heading as written (repaired), used as its title. */
  title: string;
  documents: string[];
  resolutions: Resolution[];
  evidence?: Evidence;
}

export interface Award {
  name: string;
  year: number | null;
  statedCount: number | null;
  recipients: string[];
  /** N名个人 awards go to persons; 家企业/个班组/支队伍 to organisations. */
  recipientKind: 'organization' | 'person';
  /** Agenda position of the item that conferred it. */
  item: number;
  evidence?: Evidence;
}

export type OrganizationKind = 'government-body' | 'company' | 'company-unit' | 'other';

export interface Organization {
  /** As written in the text, spam removed (区工信局). */
  name: string;
  /** Expanded name where the abbreviation table knows it (常州市天宁区工业和信息化局). */
  fullName: string | null;
  kind: OrganizationKind;
  /** For a company unit (…环保班组), the company it belongs to. */
  parent?: string;
}

export interface Integrity {
  tampered: boolean;
  spamTerms: string[];
  /** What was repaired: `from` (the spam) → `to` (the restored word, '' when dropped). */
  repairs: Array<{ from: string; to: string; evidence?: Evidence }>;
}

export interface SourceInfo {
  fileName: string;
  /** URL of the page where known (--source-url or the page's canonical link). */
  url: string | null;
  sha256: string;
  byteLength: number;
  charset: string;
  isHtml: boolean;
  isTraditional: boolean;
}

export interface MinutesRecord {
  source: SourceInfo;
  jurisdiction: Jurisdiction | null;
  meeting: Meeting | null;
  minutes: MinutesDocument;
  agendaItems: AgendaItem[];
  awards: Award[];
  organizations: Organization[];
  integrity: Integrity;
  warnings: ExtractionWarning[];
}

/** Why a page could not be converted at all. Thrown as ExtractionError, never as anything else. */
export type ExtractionErrorCode = 'empty' | 'binary' | 'too-large' | 'unreadable' | 'no-meeting' | 'timeout';

export class ExtractionError extends Error {
  readonly code: ExtractionErrorCode;
  constructor(code: ExtractionErrorCode, message: string) {
    super(message);
    this.name = 'ExtractionError';
    this.code = code;
  }
}
