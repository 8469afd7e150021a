// The actor research tables: organizations.csv and persons.csv, with how often each appears in the meetings.
import { FOAF, JY, ORG, ROV, SKOS } from '../../vocab/index.js';
import { PINYIN_LABEL, PINYIN_LANGUAGE } from '../../rdf/map-agents.js';
import type { GraphView } from './graph-view.js';
import { mapEach, type Cell, type TableSpec } from './table-schema.js';

/** The most specific organisation class, in this order of preference. */
const ORGANIZATION_KINDS: ReadonlyArray<[string, string]> = [
  [ROV.RegisteredOrganization, 'RegisteredOrganization'],
  [ORG.OrganizationalUnit, 'OrganizationalUnit'],
  [ORG.FormalOrganization, 'FormalOrganization'],
];

function organizationKind(view: GraphView, o: string): string {
  return ORGANIZATION_KINDS.find(([cls]) => view.isA(o, cls))?.[1] ?? 'Organization';
}

/** organizations.csv: one row per jy:Organization. */
export const ORGANIZATIONS_TABLE: TableSpec = {
  file: 'organizations.csv', zh: '机构', en: 'Organisations', rowIs: 'one government, department, company or unit (jy:Organization)', cls: JY.Organization,
  columns: [
    { name: 'organization', zh: '机构', en: 'Organisation IRI', datatype: 'anyURI' },
    { name: 'name', zh: '名称', en: 'Name', datatype: 'string', property: SKOS.prefLabel, lang: 'zh-Hans' },
    { name: 'alt_labels', zh: '简称等', en: 'Other names (short forms as written)', datatype: 'string', property: SKOS.altLabel, lang: 'zh-Hans', separator: ' | ' },
    { name: 'kind', zh: '机构类型', en: 'Kind: FormalOrganization, RegisteredOrganization, OrganizationalUnit or Organization', datatype: 'string', note: 'most specific org:/rov: class in rdf:type' },
    { name: 'sub_organization_of', zh: '上级机关', en: 'Part of (government)', datatype: 'anyURI', property: ORG.subOrganizationOf },
    { name: 'unit_of', zh: '所属企业', en: 'Unit of (company)', datatype: 'anyURI', property: ORG.unitOf },
    { name: 'meetings_held', zh: '召开会议数', en: 'Meetings held', datatype: 'integer', note: 'number of meetings with jy:heldBy this organisation' },
    { name: 'proposals', zh: '提请决定数', en: 'Resolutions proposed', datatype: 'integer', note: 'number of resolutions with jy:proposedBy this organisation' },
    { name: 'awards_received', zh: '获奖数', en: 'Awards received', datatype: 'integer', note: 'number of awards with jy:recipient this organisation' },
  ],
  primaryKey: ['organization'],
  foreignKeys: [
    { column: 'sub_organization_of', table: 'organizations.csv', reference: 'organization' },
    { column: 'unit_of', table: 'organizations.csv', reference: 'organization' },
  ],
  rows: (view) => mapEach(view.instances(JY.Organization), (o): Cell[] => [
    o, view.value(o, SKOS.prefLabel) ?? view.label(o), view.values(o, SKOS.altLabel), organizationKind(view, o),
    view.value(o, ORG.subOrganizationOf), view.value(o, ORG.unitOf),
    view.subjects(JY.heldBy, o).length, view.subjects(JY.proposedBy, o).length, view.subjects(JY.recipient, o).length,
  ]),
};

/** The pinyin alternative name of a person, or null. */
function pinyinOf(view: GraphView, p: string): string | null {
  const tagged = view.objects(p, PINYIN_LABEL).find((o) => o.termType === 'Literal' && o.language.toLowerCase() === PINYIN_LANGUAGE.toLowerCase());
  return tagged?.value ?? null;
}

/** Labels of the posts (org:role) of the person's memberships. */
function postsOf(view: GraphView, p: string): string[] {
  const posts = view.subjects(ORG.member, p).flatMap((m) => view.values(m, ORG.role)).map((r) => view.label(r) ?? r);
  return [...new Set(posts)].sort();
}

/** persons.csv: one row per jy:Person. */
export const PERSONS_TABLE: TableSpec = {
  file: 'persons.csv', zh: '人员', en: 'Persons', rowIs: 'one person named in the minutes (jy:Person)', cls: JY.Person,
  columns: [
    { name: 'person', zh: '人员', en: 'Person IRI', datatype: 'anyURI' },
    { name: 'name', zh: '姓名', en: 'Name', datatype: 'string', property: FOAF.name, lang: 'zh-Hans' },
    { name: 'name_pinyin', zh: '拼音', en: 'Name in pinyin', datatype: 'string', property: PINYIN_LABEL, lang: PINYIN_LANGUAGE },
    { name: 'posts', zh: '职务', en: 'Posts (as chair)', datatype: 'string', separator: ' | ', note: 'labels of org:role of the org:Membership whose org:member is the person' },
    { name: 'meetings_chaired', zh: '主持会议数', en: 'Meetings chaired', datatype: 'integer', note: 'number of jy:chair' },
    { name: 'meetings_attended', zh: '出席会议数', en: 'Meetings attended (出席)', datatype: 'integer', note: 'number of jy:attendee' },
    { name: 'meetings_non_voting', zh: '列席会议数', en: 'Meetings attended without vote (列席)', datatype: 'integer', note: 'number of jy:nonVotingAttendee' },
    { name: 'meetings_recorded', zh: '记录会议数', en: 'Meetings recorded', datatype: 'integer', note: 'number of jy:recorder' },
    { name: 'awards_received', zh: '获奖数', en: 'Awards received', datatype: 'integer', note: 'number of awards with jy:recipient this person' },
  ],
  primaryKey: ['person'],
  foreignKeys: [],
  rows: (view) => mapEach(view.instances(JY.Person), (p): Cell[] => [
    p, view.value(p, FOAF.name) ?? view.label(p), pinyinOf(view, p), postsOf(view, p),
    view.subjects(JY.chair, p).length, view.subjects(JY.attendee, p).length, view.subjects(JY.nonVotingAttendee, p).length,
    view.subjects(JY.recorder, p).length, view.subjects(JY.recipient, p).length,
  ]),
};

/** The actor tables in metadata order. */
export const AGENT_TABLES: readonly TableSpec[] = [ORGANIZATIONS_TABLE, PERSONS_TABLE];
