// Shared state of one record → RDF mapping: the IRI scheme, the builder, the page's keys, and evidence nodes.

import type { Evidence, MinutesRecord, Organization } from '../record/types.js';
import { JY } from '../vocab/index.js';
import type { IriScheme, JurisdictionCode, MeetingKey } from './iris.js';
import type { QuadBuilder } from './quad-builder.js';

/** Everything the mapping functions of one page share. */
export interface MapContext {
  readonly record: MinutesRecord;
  readonly iris: IriScheme;
  readonly b: QuadBuilder;
  /** GB/T 2260 code of the page, or null. */
  readonly code: JurisdictionCode;
  readonly meetingKey: MeetingKey;
  readonly meetingIri: string;
  /** The government that met, when the jurisdiction is known. */
  readonly governmentIri: string | null;
  /** Organisations by their written name and by their full name. */
  readonly organizations: ReadonlyMap<string, Organization>;
  /** Whether an organisation's expanded full name is a label (see RecordToQuadsOptions.fullNameLabels). */
  readonly fullNameLabels: boolean;
  /** Next evidence index per subject IRI. */
  readonly evidenceCounts: Map<string, number>;
  /** IRIs of the persons, organisations and documents added so far, by name (see {@link addOnce}). */
  readonly added: Record<AddedKind, Map<string, string>>;
}

/** Things that several parts of a record name, and that are added with all their quads at the first mention. */
export type AddedKind = 'person' | 'organization' | 'document';

/** A fresh {@link MapContext.added}. */
export function nothingAdded(): Record<AddedKind, Map<string, string>> {
  return { person: new Map(), organization: new Map(), document: new Map() };
}

/**
 * The IRI of the `kind` thing named `name`, running `add` (which adds its quads and returns its IRI)
 * only at the first mention: later runs would add the same quads again, which the builder drops anyway.
 */
export function addOnce(ctx: MapContext, kind: AddedKind, name: string, add: () => string): string {
  const known = ctx.added[kind].get(name);
  if (known !== undefined) return known;
  const iri = add();
  ctx.added[kind].set(name, iri);
  return iri;
}

/** Normalises like the scorer (NFKC, no whitespace), so spam hidden by spacing or width is still caught. */
function squash(s: string): string {
  return s.normalize('NFKC').replace(/\s+/gu, '');
}

/** True when `text` contains one of the page's spam terms: such a string must never become a literal. */
export function containsSpam(ctx: MapContext, text: string): boolean {
  const terms = ctx.record.integrity.spamTerms;
  if (terms.length === 0) return false;
  const t = squash(text);
  return terms.some((term) => {
    const key = squash(term);
    return key !== '' && t.includes(key);
  });
}

/** Index of the record's organisations by written and full name (first one wins). */
export function indexOrganizations(orgs: Organization[]): Map<string, Organization> {
  const index = new Map<string, Organization>();
  for (const org of orgs) {
    if (!index.has(org.name)) index.set(org.name, org);
  }
  for (const org of orgs) {
    if (org.fullName && !index.has(org.fullName)) index.set(org.fullName, org);
  }
  return index;
}

/** Shortens a quote for an evidence label. */
function snippet(quote: string): string {
  return quote.length > 30 ? `${quote.slice(0, 30)}…` : quote;
}

/**
 * Adds a jy:Evidence node `{subject}/evidence/{k}` with quote and offsets, linked by jy:evidence and
 * naming the properties it supports. Skipped (returns null) when absent, malformed, or quoting spam.
 */
export function addEvidence(ctx: MapContext, subject: string, evidence: Evidence | undefined, ...forProperties: string[]): string | null {
  if (!evidence || evidence.quote === '' || containsSpam(ctx, evidence.quote)) return null;
  if (!Number.isInteger(evidence.start) || !Number.isInteger(evidence.end) || evidence.start < 0 || evidence.end < evidence.start) return null;
  const index = (ctx.evidenceCounts.get(subject) ?? 0) + 1;
  ctx.evidenceCounts.set(subject, index);
  const node = ctx.iris.mintEvidence({ subject, index });
  const { b } = ctx;
  b.iri(subject, JY.evidence, node);
  b.types(node, JY.Evidence);
  b.label(node, `原文：${snippet(evidence.quote)}`);
  b.text(node, JY.quote, evidence.quote);
  b.integer(node, JY.start, evidence.start);
  b.integer(node, JY.end, evidence.end);
  for (const p of forProperties) b.iri(node, JY.forProperty, p);
  return node;
}
