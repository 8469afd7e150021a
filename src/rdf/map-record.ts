// Record → RDF: every quad one minutes page publishes, in the page's named graph (ONTOLOGY-CORE.md).

import type { Quad } from '@rdfjs/types';
import { ExtractionError, type MinutesRecord } from '../record/types.js';
import { IriScheme, meetingFingerprint, type MeetingKey } from './iris.js';
import { addAllOrganizations } from './map-agents.js';
import { indexOrganizations, nothingAdded, type MapContext } from './map-context.js';
import { addItemsAndAwards } from './map-items.js';
import { addMeeting } from './map-meeting.js';
import { addMinutes } from './map-minutes.js';
import { QuadBuilder } from './quad-builder.js';

/** Options of {@link recordToQuads}. */
export interface RecordToQuadsOptions {
  /** Base IRI of minted resources; default `http://localhost:3000/`. */
  base?: string;
  /** Key of the page's named graph, `{base}graph/{key}` (e.g. the source file's stem). */
  graph: string;
  /** Version of the converter, recorded as the software agent of the extraction (no wall-clock time is emitted). */
  toolVersion: string;
  /**
   * Whether an organisation's expanded full name (常州市天宁区工业和信息化局) is its rdfs:label/skos:prefLabel,
   * with the written short form (区工信局) as skos:altLabel, as ONTOLOGY-CORE describes. Default true.
   * When false the written form is the only label and the full name is schema:legalName: SCORING.md
   * counts every label of a proposer as a fact, so full-name labels cost precision there.
   */
  fullNameLabels?: boolean;
}

/** The IRI key of the record's meeting: jurisdiction, date, kind, term and session (or a fingerprint of title+date). */
export function meetingKeyOf(record: MinutesRecord): MeetingKey {
  const m = record.meeting;
  if (!m) throw new ExtractionError('no-meeting', 'the page holds no meeting');
  return {
    jurisdiction: record.jurisdiction?.code ?? null,
    date: m.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(m.date) ? m.date : null,
    kind: m.kind,
    term: m.term,
    session: m.sessionNumber,
    fingerprint: m.sessionNumber === null ? meetingFingerprint(m.title, m.date) : null,
  };
}

/**
 * All quads of one page, in its named graph: meeting, division, government, persons, organisations,
 * items, resolutions, documents, awards, minutes, provenance and evidence. Deterministic for a given
 * record and options. Throws ExtractionError('no-meeting') when the record has no meeting.
 */
export function recordToQuads(record: MinutesRecord, options: RecordToQuadsOptions): Quad[] {
  const { meeting } = record;
  if (!meeting) throw new ExtractionError('no-meeting', 'the page holds no meeting');
  const iris = new IriScheme(options.base);
  const meetingKey = meetingKeyOf(record);
  const code = meetingKey.jurisdiction;
  const ctx: MapContext = {
    record,
    iris,
    b: new QuadBuilder(iris.mintGraph(options.graph)),
    code,
    meetingKey,
    meetingIri: iris.mintMeeting({ meeting: meetingKey }),
    governmentIri: record.jurisdiction && code !== null ? iris.mintGovernment({ jurisdiction: code }) : null,
    organizations: indexOrganizations(record.organizations),
    fullNameLabels: options.fullNameLabels ?? true,
    evidenceCounts: new Map(),
    added: nothingAdded(),
  };
  addMeeting(ctx, meeting);
  addItemsAndAwards(ctx);
  addAllOrganizations(ctx);
  addMinutes(ctx, options.toolVersion);
  return ctx.b.quads;
}
