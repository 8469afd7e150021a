// Term constants for the jiyao ontology (ontology/jiyao.ttl); test/vocab/drift.test.ts keeps the two in step.

/** Namespace of the jiyao ontology terms. */
export const JY_NS = 'https://w3id.org/jiyao/ontology#';

/** The ontology document itself. */
export const JY_ONTOLOGY = 'https://w3id.org/jiyao/ontology';

/** Every term of the jiyao ontology, one IRI each. */
export const JY = {
  // Classes
  /** One sitting of a government body (常务会议, 区长办公会议, 专题会议 …). */
  Meeting: 'https://w3id.org/jiyao/ontology#Meeting',
  /** One numbered item of the minutes (一、二、…). */
  AgendaItem: 'https://w3id.org/jiyao/ontology#AgendaItem',
  /** What the meeting decided, approved or required on an item. */
  Resolution: 'https://w3id.org/jiyao/ontology#Resolution',
  /** One award conferred by a resolution on one or more recipients. */
  Award: 'https://w3id.org/jiyao/ontology#Award',
  /** A government body, department, company, or unit inside one. */
  Organization: 'https://w3id.org/jiyao/ontology#Organization',
  /** A person named in the minutes. */
  Person: 'https://w3id.org/jiyao/ontology#Person',
  /** The published minutes document (the page). */
  Minutes: 'https://w3id.org/jiyao/ontology#Minutes',
  /** A document the meeting heard, deliberated or approved (《…》). */
  Document: 'https://w3id.org/jiyao/ontology#Document',
  /** An administrative division (GB/T 2260 code). */
  Division: 'https://w3id.org/jiyao/ontology#Division',
  /** Where a fact came from: quote and offsets in the decoded source page. */
  Evidence: 'https://w3id.org/jiyao/ontology#Evidence',
  /** A lossy or doubtful extraction step, reported rather than failed. */
  ExtractionWarning: 'https://w3id.org/jiyao/ontology#ExtractionWarning',

  // Concept schemes
  /** Scheme of meeting kinds. */
  MeetingKinds: 'https://w3id.org/jiyao/ontology#MeetingKinds',
  /** Scheme of parts of the day. */
  PartsOfDay: 'https://w3id.org/jiyao/ontology#PartsOfDay',
  /** Scheme of agenda item actions. */
  ItemActions: 'https://w3id.org/jiyao/ontology#ItemActions',
  /** Scheme of resolution types. */
  ResolutionTypes: 'https://w3id.org/jiyao/ontology#ResolutionTypes',
  /** Scheme holding the post concepts (区长, 副区长 …). */
  Posts: 'https://w3id.org/jiyao/ontology#Posts',
  /** Scheme holding the prize concepts (区长质量奖 …). */
  AwardTypes: 'https://w3id.org/jiyao/ontology#AwardTypes',

  // Meeting kinds
  /** 常务会议. */
  ExecutiveMeeting: 'https://w3id.org/jiyao/ontology#ExecutiveMeeting',
  /** 市长/区长/县长办公会议. */
  HeadOfficeMeeting: 'https://w3id.org/jiyao/ontology#HeadOfficeMeeting',
  /** 专题会议. */
  SpecialMeeting: 'https://w3id.org/jiyao/ontology#SpecialMeeting',
  /** Any other meeting. */
  OtherMeeting: 'https://w3id.org/jiyao/ontology#OtherMeeting',

  // Parts of the day
  /** 上午. */
  Morning: 'https://w3id.org/jiyao/ontology#Morning',
  /** 下午. */
  Afternoon: 'https://w3id.org/jiyao/ontology#Afternoon',
  /** 晚/晚上. */
  Evening: 'https://w3id.org/jiyao/ontology#Evening',

  // Item actions
  /** 听取. */
  Heard: 'https://w3id.org/jiyao/ontology#Heard',
  /** 审议. */
  Deliberated: 'https://w3id.org/jiyao/ontology#Deliberated',
  /** 研究. */
  Studied: 'https://w3id.org/jiyao/ontology#Studied',
  /** 传达学习, 通报, no verb. */
  OtherAction: 'https://w3id.org/jiyao/ontology#OtherAction',

  // Resolution types
  /** 原则同意/原则通过. */
  ApprovedInPrinciple: 'https://w3id.org/jiyao/ontology#ApprovedInPrinciple',
  /** 同意/通过/审议通过. */
  Approved: 'https://w3id.org/jiyao/ontology#Approved',
  /** 决定/明确/授予. */
  Decided: 'https://w3id.org/jiyao/ontology#Decided',
  /** No decision, only 要求/强调/指出. */
  Requested: 'https://w3id.org/jiyao/ontology#Requested',
  /** Any other resolution. */
  OtherResolution: 'https://w3id.org/jiyao/ontology#OtherResolution',

  // Meeting properties
  /** Session number, xsd:integer (第56次 → 56). */
  sessionNumber: 'https://w3id.org/jiyao/ontology#sessionNumber',
  /** Term, xsd:integer (五届104次 → 5). */
  term: 'https://w3id.org/jiyao/ontology#term',
  /** Meeting → one of the meeting kinds. */
  meetingKind: 'https://w3id.org/jiyao/ontology#meetingKind',
  /** Meeting → Morning / Afternoon / Evening. */
  partOfDay: 'https://w3id.org/jiyao/ontology#partOfDay',
  /** Meeting place as written (literal). */
  location: 'https://w3id.org/jiyao/ontology#location',
  /** Meeting → the government that met. */
  heldBy: 'https://w3id.org/jiyao/ontology#heldBy',
  /** Meeting → its Division. */
  jurisdiction: 'https://w3id.org/jiyao/ontology#jurisdiction',
  /** Meeting → chair (主持). */
  chair: 'https://w3id.org/jiyao/ontology#chair',
  /** Meeting → recorder (记录). */
  recorder: 'https://w3id.org/jiyao/ontology#recorder',
  /** Meeting → attendee (出席). */
  attendee: 'https://w3id.org/jiyao/ontology#attendee',
  /** Meeting → non-voting attendee (列席). */
  nonVotingAttendee: 'https://w3id.org/jiyao/ontology#nonVotingAttendee',
  /** Meeting → AgendaItem. */
  agendaItem: 'https://w3id.org/jiyao/ontology#agendaItem',
  /** Meeting → Minutes. */
  minutes: 'https://w3id.org/jiyao/ontology#minutes',

  // Agenda item and resolution properties
  /** AgendaItem position, xsd:integer, 1-based. */
  position: 'https://w3id.org/jiyao/ontology#position',
  /** AgendaItem → Heard / Deliberated / Studied / OtherAction. */
  action: 'https://w3id.org/jiyao/ontology#action',
  /** AgendaItem or Resolution → Document. */
  concerns: 'https://w3id.org/jiyao/ontology#concerns',
  /** AgendaItem → Resolution. */
  resolution: 'https://w3id.org/jiyao/ontology#resolution',
  /** Resolution → one of the resolution types. */
  resolutionType: 'https://w3id.org/jiyao/ontology#resolutionType',
  /** Resolution → the Organization that reported or proposed. */
  proposedBy: 'https://w3id.org/jiyao/ontology#proposedBy',
  /** Resolution next step as written (literal). */
  nextStep: 'https://w3id.org/jiyao/ontology#nextStep',
  /** Resolution → Award. */
  confers: 'https://w3id.org/jiyao/ontology#confers',

  // Award properties
  /** Award name (区长质量奖). */
  awardName: 'https://w3id.org/jiyao/ontology#awardName',
  /** Award year, xsd:integer. */
  awardYear: 'https://w3id.org/jiyao/ontology#awardYear',
  /** Count the text states, xsd:integer. */
  statedCount: 'https://w3id.org/jiyao/ontology#statedCount',
  /** Award → Organization or Person. */
  recipient: 'https://w3id.org/jiyao/ontology#recipient',
  /** Service description: time limit of one SPARQL query in ms, xsd:integer. */
  queryTimeoutMs: 'https://w3id.org/jiyao/ontology#queryTimeoutMs',
  /** Service description: most rows one SPARQL result may have, xsd:integer. */
  maxResultRows: 'https://w3id.org/jiyao/ontology#maxResultRows',
  /** Award → the prize as a skos:Concept. */
  awardType: 'https://w3id.org/jiyao/ontology#awardType',

  // Minutes, source and division properties
  /** Minutes carries injected spam, xsd:boolean. */
  tampered: 'https://w3id.org/jiyao/ontology#tampered',
  /** An injected string as it appeared. */
  spamTerm: 'https://w3id.org/jiyao/ontology#spamTerm',
  /** Charset the source page was decoded with. */
  sourceCharset: 'https://w3id.org/jiyao/ontology#sourceCharset',
  /** Six-digit GB/T 2260 code ("320402"). */
  divisionCode: 'https://w3id.org/jiyao/ontology#divisionCode',
  /** The code in Wikidata P442 form ("32 04 02"). */
  wikidataP442: 'https://w3id.org/jiyao/ontology#wikidataP442',

  // Evidence and warnings
  /** Resource → Evidence. */
  evidence: 'https://w3id.org/jiyao/ontology#evidence',
  /** Evidence → the property of the statements it supports. */
  forProperty: 'https://w3id.org/jiyao/ontology#forProperty',
  /** Evidence quote (repaired text). */
  quote: 'https://w3id.org/jiyao/ontology#quote',
  /** Evidence start offset, xsd:integer (UTF-16, inclusive). */
  start: 'https://w3id.org/jiyao/ontology#start',
  /** Evidence end offset, xsd:integer (UTF-16, exclusive). */
  end: 'https://w3id.org/jiyao/ontology#end',
  /** Extraction activity → ExtractionWarning. */
  warning: 'https://w3id.org/jiyao/ontology#warning',
  /** Warning code (charset-mismatch …). */
  warningCode: 'https://w3id.org/jiyao/ontology#warningCode',
} as const;

/** Any jiyao term IRI. */
export type JyTerm = (typeof JY)[keyof typeof JY];
