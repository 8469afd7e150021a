// Browsing sections of a resource page: a meeting's agenda down to award recipients, the meeting an item belongs to,
// an organisation's meetings (proposed, awarded) and a person's meetings by role, each with dates and a SPARQL link.
import type { Quad } from '@rdfjs/types';
import { DCTERMS, JY } from '../../vocab/index.js';
import { BROWSE_LIMIT, browseListQuery, PERSON_ROLES, type BrowseList } from '../browse-query.js';
import { html, type SafeHtml } from './html.js';
import type { Labels } from './labels.js';
import { resourceLink, termName, type LinkContext } from './terms.js';

/** What the browsing sections need: the thing described and where links point. */
export interface BrowseContext extends LinkContext {
  iri: string;
}

/** Subject/object lookups over the description quads (IRIs only). */
class Graph {
  constructor(private readonly quads: readonly Quad[]) {}

  objects(subject: string, predicate: string): string[] {
    return unique(this.quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value));
  }

  subjects(predicate: string, object: string): string[] {
    return unique(this.quads.filter((q) => q.predicate.value === predicate && q.object.value === object).map((q) => q.subject.value));
  }

  date(meeting: string): string {
    return this.objects(meeting, DCTERMS.date)[0] ?? '';
  }

  position(item: string): number {
    return Number(this.objects(item, JY.position)[0] ?? Number.MAX_SAFE_INTEGER);
  }
}

const unique = (values: string[]): string[] => [...new Set(values)];

/** The meeting, date and entry of one line of a list. */
interface MeetingLine {
  meeting: string;
  entries: string[];
}

/** Meetings newest first (undated last), then by IRI. */
function byDate(graph: Graph, lines: MeetingLine[]): MeetingLine[] {
  return lines.sort((a, b) => graph.date(b.meeting).localeCompare(graph.date(a.meeting)) || a.meeting.localeCompare(b.meeting));
}

/** Groups (meeting, entry) pairs by meeting. */
function groupByMeeting(pairs: Array<[meeting: string, entry: string | undefined]>): MeetingLine[] {
  const lines = new Map<string, Set<string>>();
  for (const [meeting, entry] of pairs) {
    const set = lines.get(meeting) ?? new Set<string>();
    if (entry) set.add(entry);
    lines.set(meeting, set);
  }
  return [...lines].map(([meeting, entries]) => ({ meeting, entries: [...entries] }));
}

/** The meetings holding an agenda item, as (meeting, item) pairs. */
function meetingsOfItems(graph: Graph, items: string[]): Array<[string, string]> {
  return items.flatMap((item) => graph.subjects(JY.agendaItem, item).map((m): [string, string] => [m, item]));
}

function sparqlLink(list: BrowseList, count: number, ctx: BrowseContext): SafeHtml {
  const href = `${ctx.publicBase}sparql?query=${encodeURIComponent(browseListQuery(list, ctx.iri))}`;
  return count >= BROWSE_LIMIT
    ? html`<p class="meta">仅显示前 ${BROWSE_LIMIT} 条 Showing the first ${BROWSE_LIMIT} · <a href="${href}" rel="nofollow">更多 more via SPARQL</a></p>`
    : html`<p class="meta"><a href="${href}" rel="nofollow">SPARQL 查询 this list as a SPARQL query</a></p>`;
}

function meetingList(graph: Graph, lines: MeetingLine[], labels: Labels, ctx: BrowseContext): SafeHtml {
  return html`<ul>${byDate(graph, lines).map((line) => html`<li>${graph.date(line.meeting) ? html`<time>${graph.date(line.meeting)}</time> ` : ''}${
    resourceLink(line.meeting, labels, ctx)}${line.entries.length > 0 ? html` — ${line.entries.map((e, i) => html`${i > 0 ? '、' : ''}${resourceLink(e, labels, ctx)}`)}` : ''}</li>`)}</ul>`;
}

function section(heading: SafeHtml, body: SafeHtml, list: BrowseList, count: number, ctx: BrowseContext): SafeHtml {
  return html`<section class="browse"><h3>${heading}</h3>${body}${sparqlLink(list, count, ctx)}</section>`;
}

/** A meeting's agenda: items in order, each with its resolutions, their awards and the recipients. */
function contentsSection(graph: Graph, labels: Labels, ctx: BrowseContext): SafeHtml {
  const items = graph.objects(ctx.iri, JY.agendaItem).sort((a, b) => graph.position(a) - graph.position(b) || a.localeCompare(b));
  if (items.length === 0) return html``;
  const link = (iri: string) => resourceLink(iri, labels, ctx);
  const awards = (resolution: string) => graph.objects(resolution, JY.confers).map((award) => html`<li>${link(award)}${
    graph.objects(award, JY.recipient).length > 0 ? html`<ul>${graph.objects(award, JY.recipient).map((r) => html`<li>${link(r)}</li>`)}</ul>` : ''}</li>`);
  const resolutions = (item: string) => graph.objects(item, JY.resolution).map((r) => html`<li>${link(r)}${
    graph.objects(r, JY.confers).length > 0 ? html`<ul>${awards(r)}</ul>` : ''}</li>`);
  const body = html`<ol>${items.map((item) => html`<li>${link(item)}${graph.objects(item, JY.resolution).length > 0 ? html`<ul>${resolutions(item)}</ul>` : ''}</li>`)}</ol>`;
  return section(termName(JY.agendaItem, labels, ctx), body, 'contents', items.length, ctx);
}

/** The meeting (and item) an agenda item, resolution or award belongs to. */
function contextSection(graph: Graph, labels: Labels, ctx: BrowseContext): SafeHtml {
  const resolutions = unique([...graph.subjects(JY.confers, ctx.iri), ...(graph.subjects(JY.resolution, ctx.iri).length > 0 ? [ctx.iri] : [])]);
  const items = unique([...resolutions.flatMap((r) => graph.subjects(JY.resolution, r)), ...(graph.subjects(JY.agendaItem, ctx.iri).length > 0 ? [ctx.iri] : [])]);
  const lines = groupByMeeting(meetingsOfItems(graph, items).map(([m, item]) => [m, item === ctx.iri ? undefined : item]));
  if (lines.length === 0) return html``;
  return section(termName(JY.Meeting, labels, ctx), meetingList(graph, lines, labels, ctx), 'context', lines.length, ctx);
}

/** Meetings where the thing proposed something (jy:proposedBy), with the items. */
function proposedSection(graph: Graph, labels: Labels, ctx: BrowseContext): SafeHtml {
  const items = graph.subjects(JY.proposedBy, ctx.iri).flatMap((r) => graph.subjects(JY.resolution, r));
  const lines = groupByMeeting(meetingsOfItems(graph, items));
  if (lines.length === 0) return html``;
  return section(termName(JY.proposedBy, labels, ctx), meetingList(graph, lines, labels, ctx), 'proposed', items.length, ctx);
}

/** Meetings that conferred an award on the thing (jy:recipient), with the awards. */
function awardedSection(graph: Graph, labels: Labels, ctx: BrowseContext): SafeHtml {
  const pairs = graph.subjects(JY.recipient, ctx.iri).flatMap((award) => graph.subjects(JY.confers, award)
    .flatMap((r) => graph.subjects(JY.resolution, r)).flatMap((item) => graph.subjects(JY.agendaItem, item).map((m): [string, string] => [m, award])));
  const lines = groupByMeeting(pairs);
  if (lines.length === 0) return html``;
  return section(termName(JY.recipient, labels, ctx), meetingList(graph, lines, labels, ctx), 'awarded', pairs.length, ctx);
}

/** A person's meetings, one list per role (chair, attendee, non-voting attendee, recorder). */
function rolesSections(graph: Graph, labels: Labels, ctx: BrowseContext): SafeHtml[] {
  return PERSON_ROLES.map((role) => {
    const meetings = graph.subjects(role, ctx.iri);
    if (meetings.length === 0) return html``;
    const lines = meetings.map((meeting) => ({ meeting, entries: [] }));
    return section(termName(role, labels, ctx), meetingList(graph, lines, labels, ctx), 'roles', meetings.length, ctx);
  });
}

/**
 * The browsing sections of a resource page, from the description quads (which carry the paths of browse-query.ts).
 * Empty when the thing has none. Ontology terms are named in Chinese and English, data in Chinese.
 */
export function browseSections(quads: readonly Quad[], labels: Labels, ctx: BrowseContext): SafeHtml {
  const graph = new Graph(quads);
  const parts = [contentsSection, contextSection, proposedSection, awardedSection].map((make) => make(graph, labels, ctx));
  const all = [...parts, ...rolesSections(graph, labels, ctx)].filter((part) => part.value !== '');
  if (all.length === 0) return html``;
  return html`<h2>浏览 Browse</h2>${all}`;
}
