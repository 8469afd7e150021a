// The change feed's three representations (JSON, ActivityStreams 2.0 JSON-LD, Atom): pure functions of one page of changes.
import type { ChangeKind, ChangeLogPoint, GraphChange } from '../change-log-reader.js';
import { escapeHtml } from './html.js';

/** One graph change as shown, with the public URL its current content is fetched from. */
export interface ShownChange extends GraphChange {
  /** `{publicBase}graph/{key}`: the graph's N-Quads (gone once removed). */
  href: string;
}

/** Everything a page of the feed shows. */
export interface ChangesPage {
  /** URL of this page. */
  selfUrl: string;
  /** URL of the feed without parameters. */
  feedUrl: string;
  /** URL of the following page, when there is one. */
  nextUrl?: string;
  /** URL of the full N-Quads dump (where a consumer starts over). */
  dumpUrl: string;
  /** `since` as given, or null. */
  since: string | null;
  /** Index of the page's first change among all changes after `since`. */
  offset: number;
  /** Newest build in the log: poll again with `since` = its id once the last page is read. */
  latestBuild: ChangeLogPoint | null;
  /** Where the retained log starts (null: from an empty dataset). */
  completeSince: ChangeLogPoint | null;
  changes: readonly ShownChange[];
}

/** The feed as plain JSON (the default representation). */
export function renderChangesJson(page: ChangesPage): string {
  const body = {
    since: page.since,
    latestBuild: page.latestBuild,
    completeSince: page.completeSince,
    offset: page.offset,
    changes: page.changes,
    ...(page.nextUrl ? { next: page.nextUrl } : {}),
    dump: page.dumpUrl,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** The ActivityStreams 2.0 terms used, inline so the document expands without fetching anything. */
export const ACTIVITY_STREAMS_CONTEXT = {
  as: 'https://www.w3.org/ns/activitystreams#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  cred: 'https://www.w3.org/2018/credentials#',
  id: '@id',
  type: '@type',
  OrderedCollectionPage: 'as:OrderedCollectionPage',
  Create: 'as:Create',
  Update: 'as:Update',
  Delete: 'as:Delete',
  Link: 'as:Link',
  orderedItems: { '@id': 'as:items', '@container': '@list' },
  partOf: { '@id': 'as:partOf', '@type': '@id' },
  next: { '@id': 'as:next', '@type': '@id' },
  startIndex: { '@id': 'as:startIndex', '@type': 'xsd:nonNegativeInteger' },
  object: { '@id': 'as:object', '@type': '@id' },
  published: { '@id': 'as:published', '@type': 'xsd:dateTime' },
  url: { '@id': 'as:url', '@type': '@id' },
  href: { '@id': 'as:href', '@type': '@id' },
  mediaType: 'as:mediaType',
  digestSRI: 'cred:digestSRI',
} as const;

const ACTIVITY_TYPE: Record<ChangeKind, string> = { added: 'Create', replaced: 'Update', removed: 'Delete' };

/** `sha256-{base64}`: a Subresource Integrity digest of the hex SHA-256. */
function sriOf(hex: string): string {
  return `sha256-${Buffer.from(hex, 'hex').toString('base64')}`;
}

function activityOf(change: ShownChange): Record<string, unknown> {
  const activity: Record<string, unknown> = {
    type: ACTIVITY_TYPE[change.kind],
    object: change.graph,
    published: change.time,
  };
  if (change.sha256) activity.url = { type: 'Link', href: change.href, mediaType: 'application/n-quads', digestSRI: sriOf(change.sha256) };
  return activity;
}

/** The feed as an ActivityStreams 2.0 OrderedCollectionPage of Create/Update/Delete activities on graph IRIs. */
export function renderChangesJsonLd(page: ChangesPage): string {
  const document = {
    '@context': ACTIVITY_STREAMS_CONTEXT,
    id: page.selfUrl,
    type: 'OrderedCollectionPage',
    partOf: page.feedUrl,
    startIndex: page.offset,
    ...(page.nextUrl ? { next: page.nextUrl } : {}),
    orderedItems: page.changes.map(activityOf),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function atomEntry(change: ShownChange): string {
  const digest = change.sha256 ? ` sha256 ${change.sha256}` : '';
  return [
    '  <entry>',
    `    <id>${escapeHtml(`${change.graph}#build-${change.buildId}`)}</id>`,
    `    <title>${change.kind} ${escapeHtml(change.graph)}</title>`,
    `    <updated>${change.time}</updated>`,
    `    <category term="${change.kind}"/>`,
    `    <link rel="alternate" type="application/n-quads" href="${escapeHtml(change.href)}"/>`,
    `    <content type="text">${change.kind} ${escapeHtml(change.graph)} in build ${change.buildId}${digest}</content>`,
    '  </entry>',
  ].join('\n');
}

/** The feed as Atom (RFC 4287): one entry per graph change, `next`/`related` links for paging and starting over. */
export function renderChangesAtom(page: ChangesPage): string {
  const updated = page.latestBuild?.time ?? new Date(0).toISOString();
  const links = [
    `  <link rel="self" type="application/atom+xml" href="${escapeHtml(page.selfUrl)}"/>`,
    ...(page.nextUrl ? [`  <link rel="next" type="application/atom+xml" href="${escapeHtml(page.nextUrl)}"/>`] : []),
    `  <link rel="related" type="application/gzip" href="${escapeHtml(page.dumpUrl)}"/>`,
  ];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeHtml(page.feedUrl)}</id>`,
    '  <title>jiyao dataset changes</title>',
    `  <updated>${updated}</updated>`,
    '  <author><name>jiyao</name></author>',
    ...links,
    ...page.changes.map(atomEntry),
    '</feed>',
    '',
  ].join('\n');
}
