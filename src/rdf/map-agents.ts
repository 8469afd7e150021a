// Record → quads for the actors: the division, the government that met, departments, companies, units, persons, posts.

import { DataFactory } from 'n3';
import { pinyin } from 'pinyin-pro';
import type { Jurisdiction, Organization } from '../record/types.js';
import { FOAF, JY, ORG, ROV, SCHEMA, SKOS } from '../vocab/index.js';
import { addOnce, type MapContext } from './map-context.js';

/** "320402" → "32 04 02", the form of Wikidata property P442. */
export function toP442(code: string): string {
  return /^\d{6}$/.test(code) ? `${code.slice(0, 2)} ${code.slice(2, 4)} ${code.slice(4, 6)}` : code;
}

/** Label of the government of a jurisdiction: 常州市天宁区 → 常州市天宁区人民政府. */
export function governmentLabel(j: Jurisdiction): string {
  return `${j.name}人民政府`;
}

/** Adds the division of the page (and its prefecture, when named); returns its IRI, or null when the code is unknown. */
export function addDivision(ctx: MapContext): string | null {
  const j = ctx.record.jurisdiction;
  if (!j || ctx.code === null) return null;
  const { b } = ctx;
  const iri = ctx.iris.mintDivision({ jurisdiction: ctx.code });
  b.types(iri, JY.Division, SCHEMA.AdministrativeArea);
  b.label(iri, j.name);
  b.text(iri, SKOS.prefLabel, j.name);
  if (j.shortName && j.shortName !== j.name) b.text(iri, SKOS.altLabel, j.shortName);
  b.plain(iri, JY.divisionCode, ctx.code);
  b.plain(iri, SKOS.notation, ctx.code);
  b.plain(iri, JY.wikidataP442, toP442(ctx.code));
  if (j.prefecture && /^\d{4}(?!00)\d{2}$/.test(ctx.code) && j.prefecture !== j.name) {
    const parentCode = `${ctx.code.slice(0, 4)}00`;
    const parent = ctx.iris.mintDivision({ jurisdiction: parentCode });
    b.types(parent, JY.Division, SCHEMA.AdministrativeArea);
    b.label(parent, j.prefecture);
    b.text(parent, SKOS.prefLabel, j.prefecture);
    b.plain(parent, JY.divisionCode, parentCode);
    b.plain(parent, SKOS.notation, parentCode);
    b.plain(parent, JY.wikidataP442, toP442(parentCode));
    b.iri(iri, SCHEMA.containedInPlace, parent);
  }
  return iri;
}

/** Adds the government that met (a formal organisation); `iri` comes from the context. */
export function addGovernment(ctx: MapContext): void {
  const j = ctx.record.jurisdiction;
  if (!j || !ctx.governmentIri) return;
  const { b } = ctx;
  b.types(ctx.governmentIri, JY.Organization, ORG.FormalOrganization);
  b.label(ctx.governmentIri, governmentLabel(j));
  b.text(ctx.governmentIri, SKOS.prefLabel, governmentLabel(j));
}

/**
 * Property of a person's pinyin name: schema:alternateName, an alternative name. Not skos:altLabel, because the
 * extraction scorer (shared/corpus/SCORING.md) reads every skos:altLabel of a person as a name it was given, so a
 * pinyin altLabel is scored as a wrong attendee (dev corpus precision 0.95 → 0.73).
 */
export const PINYIN_LABEL = 'https://schema.org/alternateName';

/** BCP 47 tag of the pinyin alternative labels: Chinese in Latin script, Hanyu Pinyin romanisation. */
export const PINYIN_LANGUAGE = 'zh-Latn-pinyin';

/** Two-character surnames (复姓) read as one word: 欧阳 Ōuyáng, 司马 Sīmǎ. */
const COMPOUND_SURNAMES = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕', '令狐', '钟离', '端木', '南宫', '西门', '独孤', '百里', '呼延', '万俟', '单于',
]);

/** A personal name of two to four Han characters and nothing else (许小波, 欧阳明华). */
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;

/** Joins syllables into one word, with the apostrophe before a/o/e that pinyin writes (Xī'ān), first letter capitalised. */
function pinyinWord(syllables: readonly string[]): string {
  const word = syllables.map((s, i) => (i > 0 && /^[aoeāáǎàōóǒòēéěè]/.test(s) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Hanyu Pinyin of a Chinese personal name, surname first as a separate word, with tone marks:
 * 许小波 → "Xǔ Xiǎobō", 单雄信 → "Shàn Xióngxìn" (surname readings), 欧阳明华 → "Ōuyáng Mínghuá".
 * Null for anything but two to four Han characters.
 */
export function pinyinName(name: string): string | null {
  const known = PINYIN_CACHE.get(name);
  if (known !== undefined) return known;
  const computed = computePinyinName(name);
  if (PINYIN_CACHE.size >= PINYIN_CACHE_SIZE) PINYIN_CACHE.clear();
  PINYIN_CACHE.set(name, computed);
  return computed;
}

/** Names recur on every page of a jurisdiction; pinyin-pro is slow enough to be worth remembering. */
const PINYIN_CACHE = new Map<string, string | null>();
const PINYIN_CACHE_SIZE = 50_000;

function computePinyinName(name: string): string | null {
  if (!HAN_NAME.test(name)) return null;
  const syllables = pinyin(name, { surname: 'head', type: 'array', toneType: 'symbol' });
  if (syllables.length !== [...name].length) return null;
  const surnameLength = COMPOUND_SURNAMES.has(name.slice(0, 2)) && name.length > 2 ? 2 : 1;
  return `${pinyinWord(syllables.slice(0, surnameLength))} ${pinyinWord(syllables.slice(surnameLength))}`;
}

/**
 * Adds a person of the page's jurisdiction (label and foaf:name are the name as written, plus the
 * pinyin as an alternative label `@zh-Latn-pinyin`); returns its IRI.
 */
export function addPerson(ctx: MapContext, name: string): string {
  return addOnce(ctx, 'person', name, () => {
    const iri = ctx.iris.mintPerson({ jurisdiction: ctx.code, name });
    ctx.b.types(iri, JY.Person, FOAF.Person);
    ctx.b.label(iri, name);
    ctx.b.text(iri, FOAF.name, name);
    const romanised = pinyinName(name);
    if (romanised !== null) ctx.b.term(iri, PINYIN_LABEL, DataFactory.literal(romanised, PINYIN_LANGUAGE));
    return iri;
  });
}

/** Adds the chair's post as an org:Membership of the government, with the post as a skos:Concept. */
export function addChairMembership(ctx: MapContext, personIri: string, name: string, post: string): void {
  const { b } = ctx;
  const role = ctx.iris.mintPost({ post });
  b.types(role, SKOS.Concept, ORG.Role);
  b.label(role, post);
  b.text(role, SKOS.prefLabel, post);
  b.iri(role, SKOS.inScheme, JY.Posts);
  const membership = ctx.iris.mintMembership({ jurisdiction: ctx.code, person: name, post });
  b.types(membership, ORG.Membership);
  b.label(membership, `${post}${name}`);
  b.iri(membership, ORG.member, personIri);
  b.iri(membership, ORG.role, role);
  if (ctx.governmentIri) b.iri(membership, ORG.organization, ctx.governmentIri);
}

/** The part of a unit's name after its company's name: 常州四药制药有限公司环保班组 → 环保班组. */
function unitName(org: Organization, parent: string): string {
  return org.name.startsWith(parent) && org.name.length > parent.length ? org.name.slice(parent.length) : org.name;
}

function mintOrganization(ctx: MapContext, org: Organization): string {
  const name = org.fullName ?? org.name;
  switch (org.kind) {
    case 'company':
      return ctx.iris.mintCompany({ name });
    case 'company-unit':
      return org.parent
        ? ctx.iris.mintCompanyUnit({ company: org.parent, unit: unitName(org, org.parent) })
        : ctx.iris.mintDepartment({ jurisdiction: ctx.code, name });
    default:
      return ctx.iris.mintDepartment({ jurisdiction: ctx.code, name });
  }
}

/** Types a company and gives it its legal name; `label` is added when given (a parent company named only by a unit). */
function addCompany(ctx: MapContext, iri: string, legalName: string, label?: string): void {
  ctx.b.types(iri, JY.Organization, ROV.RegisteredOrganization);
  ctx.b.text(iri, ROV.legalName, legalName);
  if (label === undefined) return;
  ctx.b.label(iri, label);
  ctx.b.text(iri, SKOS.prefLabel, label);
}

function addKindTriples(ctx: MapContext, iri: string, org: Organization): void {
  const { b } = ctx;
  if (org.kind === 'government-body') {
    b.types(iri, ORG.FormalOrganization);
    if (ctx.governmentIri) b.iri(iri, ORG.subOrganizationOf, ctx.governmentIri);
  } else if (org.kind === 'company') {
    addCompany(ctx, iri, org.fullName ?? org.name);
  } else if (org.kind === 'company-unit' && org.parent) {
    const company = ctx.iris.mintCompany({ name: org.parent });
    addCompany(ctx, company, org.parent, org.parent);
    b.types(iri, ORG.OrganizationalUnit);
    b.iri(iri, ORG.unitOf, company);
  } else {
    b.types(iri, ORG.Organization);
  }
}

/**
 * Adds the organisation written `name` (looked up in record.organizations; unknown names become a plain
 * organisation of the jurisdiction) and returns its IRI. With `fullNameLabels` (default) the full name is
 * rdfs:label/skos:prefLabel and the written form a skos:altLabel; without it the written form is the
 * label and the full name only schema:legalName. Either way the IRI is minted from the full name.
 */
export function addOrganization(ctx: MapContext, name: string): string {
  return addOnce(ctx, 'organization', name, () => addOrganizationQuads(ctx, name));
}

function addOrganizationQuads(ctx: MapContext, name: string): string {
  const org = ctx.organizations.get(name) ?? { name, fullName: null, kind: 'other' as const };
  const iri = mintOrganization(ctx, org);
  const { b } = ctx;
  const full = org.fullName ?? org.name;
  const preferred = ctx.fullNameLabels ? full : org.name;
  b.types(iri, JY.Organization);
  b.label(iri, preferred);
  b.text(iri, SKOS.prefLabel, preferred);
  if (org.fullName) b.text(iri, SCHEMA.legalName, org.fullName);
  for (const alt of new Set([org.name, name])) {
    const isHidden = alt === preferred || (!ctx.fullNameLabels && alt === full);
    if (!isHidden) b.text(iri, SKOS.altLabel, alt);
  }
  addKindTriples(ctx, iri, org);
  return iri;
}

/** Adds every organisation of the record, so each is published even when nothing points to it. */
export function addAllOrganizations(ctx: MapContext): void {
  for (const org of ctx.record.organizations) addOrganization(ctx, org.name);
}
