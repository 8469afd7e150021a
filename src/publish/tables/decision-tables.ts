// The decision research tables: resolutions.csv and awards.csv (one row per award and recipient).
import { JY, JY_NS, RDFS } from '../../vocab/index.js';
import { compareCodeUnits, type GraphView } from './graph-view.js';
import { orderedMeetings } from './meeting-tables.js';
import { flatMapEach, localName, mapEach, type Cell, type TableSpec } from './table-schema.js';

/** Agenda items of the meetings in table order, each with its meeting. */
function orderedItems(view: GraphView): Iterable<{ meeting: string; item: string }> {
  return flatMapEach(orderedMeetings(view), (meeting) => view.values(meeting, JY.agendaItem)
    .map((item) => ({ meeting, item, position: view.integer(item, JY.position) ?? 0 }))
    .sort((a, b) => a.position - b.position || compareCodeUnits(a.item, b.item)));
}

/** Resolutions in table order, each with its agenda item and meeting. */
function orderedResolutions(view: GraphView): Iterable<{ meeting: string; item: string; resolution: string }> {
  return flatMapEach(orderedItems(view), ({ meeting, item }) =>
    view.values(item, JY.resolution).map((resolution) => ({ meeting, item, resolution })));
}

/** resolutions.csv: one row per jy:Resolution. */
export const RESOLUTIONS_TABLE: TableSpec = {
  file: 'resolutions.csv', zh: '决定', en: 'Resolutions', rowIs: 'one resolution on one agenda item (jy:Resolution)', cls: JY.Resolution,
  columns: [
    { name: 'resolution', zh: '决定', en: 'Resolution IRI', datatype: 'anyURI' },
    { name: 'agenda_item', zh: '议题', en: 'Agenda item IRI', datatype: 'anyURI', property: JY.resolution, about: 'agenda_item', valueUrl: '{+resolution}' },
    { name: 'meeting', zh: '会议', en: 'Meeting IRI', datatype: 'anyURI', note: 'the meeting of the agenda item (jy:agendaItem)' },
    { name: 'item_position', zh: '议题序号', en: 'Agenda item position', datatype: 'integer', note: 'jy:position of the agenda item' },
    { name: 'type', zh: '决定类型', en: 'Resolution type', datatype: 'string', property: JY.resolutionType, valueUrl: `${JY_NS}{type}` },
    { name: 'proposed_by', zh: '提请单位', en: 'Proposed by (IRI)', datatype: 'anyURI', property: JY.proposedBy },
    { name: 'proposed_by_name', zh: '提请单位名称', en: 'Proposed by (name)', datatype: 'string', property: RDFS.label, about: 'proposed_by', lang: 'zh-Hans' },
    { name: 'documents', zh: '文件', en: 'Documents (IRIs)', datatype: 'anyURI', property: JY.concerns, separator: ' ' },
    { name: 'next_step', zh: '后续程序', en: 'Next step', datatype: 'string', property: JY.nextStep, lang: 'zh-Hans' },
    { name: 'awards', zh: '授予奖项数', en: 'Awards conferred', datatype: 'integer', note: 'number of jy:confers' },
  ],
  primaryKey: ['resolution'],
  foreignKeys: [
    { column: 'agenda_item', table: 'agenda-items.csv', reference: 'agenda_item' },
    { column: 'meeting', table: 'meetings.csv', reference: 'meeting' },
    { column: 'proposed_by', table: 'organizations.csv', reference: 'organization' },
  ],
  rows: (view) => mapEach(orderedResolutions(view), ({ meeting, item, resolution: r }): Cell[] => {
    const proposer = view.value(r, JY.proposedBy);
    return [r, item, meeting, view.integer(item, JY.position), localName(view.value(r, JY.resolutionType)),
      proposer, proposer === null ? null : view.label(proposer), view.values(r, JY.concerns), view.value(r, JY.nextStep),
      view.objects(r, JY.confers).length];
  }),
};

/** The rows of one award: one per recipient, or one with empty recipient columns when it names none. */
function awardRows(view: GraphView, meeting: string | null, resolution: string | null, award: string): Cell[][] {
  const facts = [view.value(award, JY.awardName), view.integer(award, JY.awardYear), view.integer(award, JY.statedCount), view.value(award, JY.awardType)];
  const recipients = view.values(award, JY.recipient);
  if (recipients.length === 0) return [[award, null, null, null, ...facts, resolution, meeting]];
  return recipients.map((x) => [award, x, view.label(x), view.isA(x, JY.Person) ? 'Person' : 'Organization', ...facts, resolution, meeting]);
}

/** awards.csv: one row per (award, recipient). */
export const AWARDS_TABLE: TableSpec = {
  file: 'awards.csv', zh: '奖项授予', en: 'Awards', rowIs: 'one recipient of one award (jy:Award jy:recipient)',
  columns: [
    { name: 'award', zh: '奖项', en: 'Award IRI', datatype: 'anyURI' },
    { name: 'recipient', zh: '获奖者', en: 'Recipient IRI', datatype: 'anyURI', property: JY.recipient },
    { name: 'recipient_name', zh: '获奖者名称', en: 'Recipient name', datatype: 'string', property: RDFS.label, about: 'recipient', lang: 'zh-Hans' },
    { name: 'recipient_type', zh: '获奖者类型', en: 'Recipient type: Organization or Person', datatype: 'string', note: 'jy:Person or jy:Organization, from rdf:type' },
    { name: 'award_name', zh: '奖项名称', en: 'Award name', datatype: 'string', property: JY.awardName, lang: 'zh-Hans' },
    { name: 'award_year', zh: '奖项年度', en: 'Award year', datatype: 'integer', property: JY.awardYear },
    { name: 'stated_count', zh: '文中数量', en: 'Count stated in the text', datatype: 'integer', property: JY.statedCount },
    { name: 'award_type', zh: '奖项类别', en: 'Prize (skos:Concept)', datatype: 'anyURI', property: JY.awardType },
    { name: 'resolution', zh: '决定', en: 'Conferring resolution IRI', datatype: 'anyURI', property: JY.confers, about: 'resolution', valueUrl: '{+award}' },
    { name: 'meeting', zh: '会议', en: 'Meeting IRI', datatype: 'anyURI', note: 'the meeting whose agenda item has the conferring resolution' },
  ],
  primaryKey: ['award', 'recipient'],
  foreignKeys: [
    { column: 'resolution', table: 'resolutions.csv', reference: 'resolution' },
    { column: 'meeting', table: 'meetings.csv', reference: 'meeting' },
  ],
  rows: function* (view) {
    // Awards in the order of the first resolution (in table order) conferring them; then any others, by IRI.
    const reached = new Set<string>();
    for (const { meeting, resolution } of orderedResolutions(view)) {
      for (const award of view.values(resolution, JY.confers)) {
        if (reached.has(award)) continue;
        reached.add(award);
        yield* awardRows(view, meeting, resolution, award);
      }
    }
    for (const award of view.instances(JY.Award)) if (!reached.has(award)) yield* awardRows(view, null, null, award);
  },
};

