// The meeting-centred research tables: meetings.csv, attendance.csv (one row per person, meeting and role), agenda-items.csv.
import { DCTERMS, FOAF, JY, JY_NS, PROV, RDFS } from '../../vocab/index.js';
import { compareCodeUnits, type GraphView } from './graph-view.js';
import { flatMapEach, localName, mapEach, type Cell, type TableSpec } from './table-schema.js';

/** Meetings in table order, computed once per view (several tables walk them). */
const meetingOrders = new WeakMap<GraphView, string[]>();

/** Meetings ordered by jurisdiction code, date, then IRI (so a spreadsheet reads chronologically per place). */
export function orderedMeetings(view: GraphView): string[] {
  const known = meetingOrders.get(view);
  if (known) return known;
  const key = (m: string) => {
    const division = view.value(m, JY.jurisdiction);
    return [division === null ? '' : view.value(division, JY.divisionCode) ?? '', view.value(m, DCTERMS.date) ?? '', m];
  };
  const ordered = [...view.instances(JY.Meeting)].map((m) => ({ m, k: key(m) }))
    .sort((a, b) => compareCodeUnits(a.k[0], b.k[0]) || compareCodeUnits(a.k[1], b.k[1]) || compareCodeUnits(a.k[2], b.k[2]))
    .map(({ m }) => m);
  meetingOrders.set(view, ordered);
  return ordered;
}

/** Number of warnings of the extraction that produced `minutes`. */
function warningCount(view: GraphView, minutes: string | null): number {
  if (minutes === null) return 0;
  return view.values(minutes, PROV.wasGeneratedBy).reduce((n, activity) => n + view.objects(activity, JY.warning).length, 0);
}

function meetingRow(view: GraphView, m: string): Cell[] {
  const division = view.value(m, JY.jurisdiction);
  const chair = view.value(m, JY.chair);
  const minutes = view.value(m, JY.minutes);
  const date = view.value(m, DCTERMS.date);
  const tampered = minutes === null ? null : view.value(minutes, JY.tampered);
  return [
    m, view.value(m, DCTERMS.title), date, date === null ? null : Number(date.slice(0, 4)),
    localName(view.value(m, JY.meetingKind)), view.integer(m, JY.sessionNumber), view.integer(m, JY.term),
    localName(view.value(m, JY.partOfDay)), view.value(m, JY.location),
    division, division === null ? null : view.value(division, JY.divisionCode), division === null ? null : view.label(division),
    view.value(m, JY.heldBy), chair, chair === null ? null : view.value(chair, FOAF.name), view.value(m, JY.recorder),
    view.objects(m, JY.attendee).length, view.objects(m, JY.nonVotingAttendee).length, view.objects(m, JY.agendaItem).length,
    minutes, minutes === null ? null : view.value(minutes, DCTERMS.identifier),
    minutes === null ? null : view.value(minutes, DCTERMS.issued), minutes === null ? null : view.value(minutes, PROV.wasDerivedFrom),
    tampered === null ? null : tampered === 'true' || tampered === '1', warningCount(view, minutes),
  ];
}

/** meetings.csv: one row per jy:Meeting. */
export const MEETINGS_TABLE: TableSpec = {
  file: 'meetings.csv', zh: '会议', en: 'Meetings', rowIs: 'one meeting (jy:Meeting)', cls: JY.Meeting,
  columns: [
    { name: 'meeting', zh: '会议', en: 'Meeting IRI', datatype: 'anyURI' },
    { name: 'title', zh: '会议名称', en: 'Title', datatype: 'string', property: DCTERMS.title, lang: 'zh-Hans' },
    { name: 'date', zh: '日期', en: 'Date', datatype: 'date', property: DCTERMS.date },
    { name: 'year', zh: '年份', en: 'Year', datatype: 'integer', note: 'year of dcterms:date' },
    { name: 'kind', zh: '会议类型', en: 'Meeting kind', datatype: 'string', property: JY.meetingKind, valueUrl: `${JY_NS}{kind}` },
    { name: 'session', zh: '次数', en: 'Session number', datatype: 'integer', property: JY.sessionNumber },
    { name: 'term', zh: '届次', en: 'Term', datatype: 'integer', property: JY.term },
    { name: 'part_of_day', zh: '时段', en: 'Part of day', datatype: 'string', property: JY.partOfDay, valueUrl: `${JY_NS}{part_of_day}` },
    { name: 'location', zh: '地点', en: 'Location', datatype: 'string', property: JY.location, lang: 'zh-Hans' },
    { name: 'jurisdiction', zh: '行政区划', en: 'Jurisdiction IRI', datatype: 'anyURI', property: JY.jurisdiction },
    { name: 'jurisdiction_code', zh: '区划代码', en: 'GB/T 2260 code', datatype: 'string', property: JY.divisionCode, about: 'jurisdiction' },
    { name: 'jurisdiction_name', zh: '区划名称', en: 'Jurisdiction name', datatype: 'string', property: RDFS.label, about: 'jurisdiction', lang: 'zh-Hans' },
    { name: 'held_by', zh: '召开机关', en: 'Government that met', datatype: 'anyURI', property: JY.heldBy },
    { name: 'chair', zh: '主持人', en: 'Chair IRI', datatype: 'anyURI', property: JY.chair },
    { name: 'chair_name', zh: '主持人姓名', en: 'Chair name', datatype: 'string', property: FOAF.name, about: 'chair', lang: 'zh-Hans' },
    { name: 'recorder', zh: '记录人', en: 'Recorder IRI', datatype: 'anyURI', property: JY.recorder },
    { name: 'attendees', zh: '出席人数', en: 'Attendees (出席)', datatype: 'integer', note: 'number of jy:attendee' },
    { name: 'non_voting_attendees', zh: '列席人数', en: 'Non-voting attendees (列席)', datatype: 'integer', note: 'number of jy:nonVotingAttendee' },
    { name: 'agenda_items', zh: '议题数', en: 'Agenda items', datatype: 'integer', note: 'number of jy:agendaItem' },
    { name: 'minutes', zh: '纪要', en: 'Minutes IRI', datatype: 'anyURI', property: JY.minutes },
    { name: 'minutes_identifier', zh: '索引号', en: 'Index number', datatype: 'string', property: DCTERMS.identifier, about: 'minutes' },
    { name: 'issued', zh: '发布日期', en: 'Issued', datatype: 'date', property: DCTERMS.issued, about: 'minutes' },
    { name: 'source', zh: '来源网页', en: 'Source page', datatype: 'anyURI', property: PROV.wasDerivedFrom, about: 'minutes' },
    { name: 'tampered', zh: '网页被篡改', en: 'Source page tampered (spam injected)', datatype: 'boolean', property: JY.tampered, about: 'minutes' },
    { name: 'warnings', zh: '抽取警告数', en: 'Extraction warnings', datatype: 'integer', note: 'number of jy:warning of the extraction (prov:wasGeneratedBy) of the minutes' },
  ],
  primaryKey: ['meeting'],
  foreignKeys: [
    { column: 'held_by', table: 'organizations.csv', reference: 'organization' },
    { column: 'chair', table: 'persons.csv', reference: 'person' },
    { column: 'recorder', table: 'persons.csv', reference: 'person' },
  ],
  rows: (view) => mapEach(orderedMeetings(view), (m) => meetingRow(view, m)),
};

/** Attendance roles in table order: the role value is the local name of the jy: property. */
const ROLES = [JY.chair, JY.recorder, JY.attendee, JY.nonVotingAttendee];

/** attendance.csv: one row per (meeting, role, person). */
export const ATTENDANCE_TABLE: TableSpec = {
  file: 'attendance.csv', zh: '出席情况', en: 'Attendance', rowIs: 'one person in one role at one meeting',
  columns: [
    { name: 'meeting', zh: '会议', en: 'Meeting IRI', datatype: 'anyURI' },
    { name: 'role', zh: '角色', en: 'Role: chair, recorder, attendee (出席) or nonVotingAttendee (列席)', datatype: 'string', note: 'local name of the jy: property linking meeting and person' },
    { name: 'person', zh: '人员', en: 'Person IRI', datatype: 'anyURI', property: `${JY_NS}{role}` },
    { name: 'person_name', zh: '姓名', en: 'Name', datatype: 'string', property: FOAF.name, about: 'person', lang: 'zh-Hans' },
  ],
  primaryKey: ['meeting', 'role', 'person'],
  foreignKeys: [
    { column: 'meeting', table: 'meetings.csv', reference: 'meeting' },
    { column: 'person', table: 'persons.csv', reference: 'person' },
  ],
  rows: (view) => flatMapEach(orderedMeetings(view), (m) => ROLES.flatMap((role) =>
    view.values(m, role).map((p): Cell[] => [m, localName(role), p, view.value(p, FOAF.name)]))),
};

/** agenda-items.csv: one row per jy:AgendaItem. */
export const AGENDA_ITEMS_TABLE: TableSpec = {
  file: 'agenda-items.csv', zh: '议题', en: 'Agenda items', rowIs: 'one numbered item of one meeting (jy:AgendaItem)', cls: JY.AgendaItem,
  columns: [
    { name: 'agenda_item', zh: '议题', en: 'Agenda item IRI', datatype: 'anyURI' },
    { name: 'meeting', zh: '会议', en: 'Meeting IRI', datatype: 'anyURI', property: JY.agendaItem, about: 'meeting', valueUrl: '{+agenda_item}' },
    { name: 'position', zh: '序号', en: 'Position', datatype: 'integer', property: JY.position },
    { name: 'action', zh: '处理方式', en: 'Action', datatype: 'string', property: JY.action, valueUrl: `${JY_NS}{action}` },
    { name: 'title', zh: '议题名称', en: 'Title', datatype: 'string', property: DCTERMS.title, lang: 'zh-Hans' },
    { name: 'documents', zh: '文件', en: 'Documents (IRIs)', datatype: 'anyURI', property: JY.concerns, separator: ' ' },
    { name: 'document_titles', zh: '文件名称', en: 'Document titles', datatype: 'string', separator: ' | ', note: 'dcterms:title of each jy:concerns' },
    { name: 'resolutions', zh: '决定数', en: 'Resolutions', datatype: 'integer', note: 'number of jy:resolution' },
  ],
  primaryKey: ['agenda_item'],
  foreignKeys: [{ column: 'meeting', table: 'meetings.csv', reference: 'meeting' }],
  rows: (view) => flatMapEach(orderedMeetings(view), (m) => view.values(m, JY.agendaItem)
    .map((i) => ({ i, position: view.integer(i, JY.position) ?? 0 }))
    .sort((a, b) => a.position - b.position || compareCodeUnits(a.i, b.i))
    .map(({ i }): Cell[] => {
      const documents = view.values(i, JY.concerns);
      return [i, m, view.integer(i, JY.position), localName(view.value(i, JY.action)), view.value(i, DCTERMS.title),
        documents, documents.map((d) => view.value(d, DCTERMS.title) ?? ''), view.objects(i, JY.resolution).length];
    })),
};
