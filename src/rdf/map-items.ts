// Record → quads for agenda items, their resolutions, the documents they concern, and the awards conferred.

import type { AgendaItem, Award, Resolution } from '../record/types.js';
import { BESLUIT, DCTERMS, FOAF, JY, PROV, SCHEMA, SKOS } from '../vocab/index.js';
import { addOrganization, addPerson } from './map-agents.js';
import { addEvidence, addOnce, type MapContext } from './map-context.js';
import { ITEM_ACTIONS, RESOLUTION_TYPES } from './map-meeting.js';

/** Chinese label of each resolution type, for resolution labels. */
const RESOLUTION_LABELS: Record<Resolution['type'], string> = {
  'approved-in-principle': '原则同意',
  approved: '同意',
  decided: '决定',
  requested: '要求',
  other: '其他决定',
};

/** Adds a jy:Document titled `title` (the text inside 《》) and returns its IRI. */
function addDocument(ctx: MapContext, title: string): string {
  return addOnce(ctx, 'document', title, () => {
    const iri = ctx.iris.mintDocument({ jurisdiction: ctx.code, title });
    ctx.b.types(iri, JY.Document, FOAF.Document);
    ctx.b.label(iri, title);
    ctx.b.text(iri, DCTERMS.title, title);
    return iri;
  });
}

function addResolution(ctx: MapContext, item: AgendaItem, r: Resolution, index: number): string {
  const { b } = ctx;
  const iri = ctx.iris.mintResolution({ meeting: ctx.meetingKey, position: item.position, index });
  b.types(iri, JY.Resolution, BESLUIT.Besluit);
  b.label(iri, `第${item.position}项议题：${RESOLUTION_LABELS[r.type]}`);
  b.iri(iri, JY.resolutionType, RESOLUTION_TYPES[r.type]);
  if (r.proposedBy) b.iri(iri, JY.proposedBy, addOrganization(ctx, r.proposedBy));
  for (const title of r.documents) b.iri(iri, JY.concerns, addDocument(ctx, title));
  if (r.nextStep) b.text(iri, JY.nextStep, r.nextStep);
  addEvidence(ctx, iri, r.evidence, JY.resolutionType);
  return iri;
}

/** Adds one agenda item with its documents and resolutions; returns the resolution IRIs in order. */
function addAgendaItem(ctx: MapContext, item: AgendaItem): string[] {
  const { b } = ctx;
  const iri = ctx.iris.mintAgendaItem({ meeting: ctx.meetingKey, position: item.position });
  b.iri(ctx.meetingIri, JY.agendaItem, iri);
  b.iri(ctx.meetingIri, BESLUIT.behandelt, iri);
  b.types(iri, JY.AgendaItem, BESLUIT.Agendapunt);
  b.label(iri, item.title);
  b.text(iri, DCTERMS.title, item.title);
  b.integer(iri, JY.position, item.position);
  b.integer(iri, SCHEMA.position, item.position);
  b.iri(iri, JY.action, ITEM_ACTIONS[item.action]);
  for (const title of item.documents) b.iri(iri, JY.concerns, addDocument(ctx, title));
  addEvidence(ctx, iri, item.evidence, JY.action);
  return item.resolutions.map((r, k) => {
    const res = addResolution(ctx, item, r, k + 1);
    b.iri(iri, JY.resolution, res);
    return res;
  });
}

/**
 * The resolution that confers an award of item `item`: its first `decided` resolution, else its first one;
 * an item with none gets a `decided` resolution (授予 is a decision). Null when no item has that position.
 */
function conferringResolution(ctx: MapContext, resolutions: Map<number, string[]>, position: number): string | null {
  const item = ctx.record.agendaItems.find((i) => i.position === position);
  if (!item) return null;
  const decided = item.resolutions.findIndex((r) => r.type === 'decided');
  const existing = resolutions.get(position) ?? [];
  if (existing.length > 0) return existing[Math.max(decided, 0)];
  const synthetic: Resolution = { type: 'decided', proposedBy: null, documents: [], nextStep: null };
  const iri = addResolution(ctx, item, synthetic, 1);
  ctx.b.iri(ctx.iris.mintAgendaItem({ meeting: ctx.meetingKey, position }), JY.resolution, iri);
  resolutions.set(position, [iri]);
  return iri;
}

function addAward(ctx: MapContext, award: Award, index: number): string {
  const { b } = ctx;
  const iri = ctx.iris.mintAward({ meeting: ctx.meetingKey, index });
  b.types(iri, JY.Award, PROV.Entity);
  b.label(iri, award.year === null ? award.name : `${award.year}年度${award.name}`);
  b.text(iri, JY.awardName, award.name);
  if (award.year !== null) b.integer(iri, JY.awardYear, award.year);
  if (award.statedCount !== null) b.integer(iri, JY.statedCount, award.statedCount);
  const type = ctx.iris.mintAwardType({ jurisdiction: ctx.code, name: award.name });
  b.types(type, SKOS.Concept);
  b.label(type, award.name);
  b.text(type, SKOS.prefLabel, award.name);
  b.iri(type, SKOS.inScheme, JY.AwardTypes);
  b.iri(iri, JY.awardType, type);
  for (const name of award.recipients) {
    const known = ctx.organizations.has(name);
    const recipient = award.recipientKind === 'person' && !known ? addPerson(ctx, name) : addOrganization(ctx, name);
    b.iri(iri, JY.recipient, recipient);
  }
  addEvidence(ctx, iri, award.evidence, JY.recipient, JY.awardName);
  return iri;
}

/** Adds every agenda item, resolution, document and award of the record. */
export function addItemsAndAwards(ctx: MapContext): void {
  const resolutions = new Map<number, string[]>();
  for (const item of ctx.record.agendaItems) resolutions.set(item.position, addAgendaItem(ctx, item));
  ctx.record.awards.forEach((award, k) => {
    const awardIri = addAward(ctx, award, k + 1);
    const resolution = conferringResolution(ctx, resolutions, award.item);
    if (resolution) ctx.b.iri(resolution, JY.confers, awardIri);
  });
}
