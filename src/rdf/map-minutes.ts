// Record → quads for the minutes document, its source page, and the extraction activity that produced the data.

import { DCTERMS, FOAF, JY, PROV, RDFS, SCHEMA } from '../vocab/index.js';
import { mintSoftwareAgent } from './iris.js';
import { addOrganization } from './map-agents.js';
import { addEvidence, containsSpam, type MapContext } from './map-context.js';

/** The source page's IRI: its URL where known, else `urn:sha256:{hex}` of its bytes. */
export function sourceIri(ctx: MapContext): string {
  const { url, sha256 } = ctx.record.source;
  return url ?? `urn:sha256:${sha256.toLowerCase()}`;
}

function addSource(ctx: MapContext): string {
  const { b } = ctx;
  const iri = sourceIri(ctx);
  b.types(iri, PROV.Entity, FOAF.Document);
  b.label(iri, `源网页 ${ctx.record.source.fileName}`);
  b.plain(iri, JY.sourceCharset, ctx.record.source.charset);
  // The checksum of the bytes read, so a re-crawled page can be told apart from the one converted.
  b.plain(iri, SCHEMA.sha256, ctx.record.source.sha256.toLowerCase());
  return iri;
}

function addWarnings(ctx: MapContext, activity: string): void {
  const { b } = ctx;
  ctx.record.warnings.forEach((w, k) => {
    const iri = ctx.iris.mintWarning({ meeting: ctx.meetingKey, index: k + 1 });
    b.iri(activity, JY.warning, iri);
    b.types(iri, JY.ExtractionWarning);
    b.label(iri, `抽取警告：${w.code}`);
    b.plain(iri, JY.warningCode, w.code);
    if (w.message && !containsSpam(ctx, w.message)) b.plain(iri, RDFS.comment, w.message);
    addEvidence(ctx, iri, w.evidence);
  });
}

/** Adds the extraction activity, the software agent of `toolVersion`, and the warnings; returns the activity IRI. */
function addExtraction(ctx: MapContext, source: string, toolVersion: string): string {
  const { b } = ctx;
  const activity = ctx.iris.mintExtraction({ meeting: ctx.meetingKey });
  const agent = mintSoftwareAgent(toolVersion);
  b.types(activity, PROV.Activity);
  b.label(activity, '纪要抽取');
  b.iri(activity, PROV.used, source);
  b.iri(activity, PROV.wasAssociatedWith, agent);
  b.types(agent, PROV.SoftwareAgent);
  b.label(agent, `纪要转换器 jiyao ${toolVersion}`);
  b.plain(agent, SCHEMA.softwareVersion, toolVersion);
  addWarnings(ctx, activity);
  return activity;
}

/** Adds the jy:Minutes node of the page with its metadata, integrity and provenance. */
export function addMinutes(ctx: MapContext, toolVersion: string): void {
  const { b, record } = ctx;
  const doc = record.minutes;
  const iri = ctx.iris.mintMinutes({ meeting: ctx.meetingKey });
  b.iri(ctx.meetingIri, JY.minutes, iri);
  b.types(iri, JY.Minutes, FOAF.Document, PROV.Entity);
  b.label(iri, doc.title ?? `${record.meeting?.title ?? '会议'}纪要`);
  if (doc.title) b.text(iri, DCTERMS.title, doc.title);
  if (doc.indexNumber) b.plain(iri, DCTERMS.identifier, doc.indexNumber);
  b.date(iri, DCTERMS.created, doc.created);
  b.date(iri, DCTERMS.issued, doc.issued);
  if (doc.publisher) b.iri(iri, DCTERMS.publisher, addOrganization(ctx, doc.publisher));
  b.boolean(iri, JY.tampered, record.integrity.tampered);
  for (const term of record.integrity.spamTerms) b.plain(iri, JY.spamTerm, term);
  const source = addSource(ctx);
  b.iri(iri, PROV.wasDerivedFrom, source);
  b.iri(iri, PROV.wasGeneratedBy, addExtraction(ctx, source, toolVersion));
}
