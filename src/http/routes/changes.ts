// /changes?since=…: the change feed (JSON, ActivityStreams JSON-LD, Atom) of graphs added, replaced, removed per build.
import { Router, type Request, type Response } from 'express';
import {
  changeLogReader, entriesSince, graphChanges, parseSince, type GraphChange, type ServedChangeLog,
} from '../change-log-reader.js';
import type { RouteContext } from '../context.js';
import { badRequest } from '../errors.js';
import { CHANGE_FEED_FORMATS, negotiateFeedFormat, sendFeedBody, sendGone } from '../feed-formats.js';
import { localHref, publicBaseOf } from '../public-base.js';
import { renderChangesAtom, renderChangesJson, renderChangesJsonLd, type ChangesPage, type ShownChange } from '../views/changes-view.js';
import { graphRouter } from './graph.js';

/** Options of {@link changesRouter}. */
export interface ChangeFeedOptions {
  /** Changes per page when the request gives no `limit`. Default 500. */
  pageSize?: number;
  /** Largest `limit` accepted. Default 5000. */
  maxPageSize?: number;
}

const RENDER = { json: renderChangesJson, jsonld: renderChangesJsonLd, atom: renderChangesAtom } as const;

/** A single optional query parameter (a repeated one is a 400). */
function queryParameter(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badRequest(`Give ${name} once.`);
  return value;
}

function wholeNumber(text: string | undefined, name: string, fallback: number, range: [number, number]): number {
  if (text === undefined) return fallback;
  const value = /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= range[0] && value <= range[1])) throw badRequest(`${name} must be a whole number from ${range[0]} to ${range[1]}.`);
  return value;
}

function feedQuery(feedUrl: string, since: string | undefined, offset: number, limit: number, pageSize: number): string {
  const query = new URLSearchParams();
  if (since !== undefined) query.set('since', since);
  if (offset > 0) query.set('offset', String(offset));
  if (limit !== pageSize) query.set('limit', String(limit));
  const text = query.toString();
  return text ? `${feedUrl}?${text}` : feedUrl;
}

/** The changes in [offset, offset + limit) and whether more follow. */
function pageOf(entries: ServedChangeLog['entries'], offset: number, limit: number): { changes: GraphChange[]; hasMore: boolean } {
  const changes: GraphChange[] = [];
  let index = 0, hasMore = false;
  for (const change of graphChanges(entries)) {
    if (index++ < offset) continue;
    if (changes.length === limit) {
      hasMore = true;
      break;
    }
    changes.push(change);
  }
  return { changes, hasMore };
}

async function sendChanges(req: Request, res: Response, ctx: RouteContext, readLog: () => Promise<ServedChangeLog>, sizes: Required<ChangeFeedOptions>) {
  const format = negotiateFeedFormat(req.get('accept'), CHANGE_FEED_FORMATS);
  const sinceText = queryParameter(req, 'since');
  const since = sinceText === undefined ? undefined : parseSince(sinceText);
  const offset = wholeNumber(queryParameter(req, 'offset'), 'offset', 0, [0, 999_999_999]);
  const limit = wholeNumber(queryParameter(req, 'limit'), 'limit', sizes.pageSize, [1, sizes.maxPageSize]);
  const publicBase = publicBaseOf(req);
  const feedUrl = `${publicBase}changes`, dumpUrl = `${publicBase}downloads/jiyao.nq.gz`;
  const log = await readLog();
  const entries = entriesSince(log, since);
  const latest = log.entries.at(-1);
  const latestBuild = latest ? { buildId: latest.buildId, time: latest.time } : null;
  if (entries === null) {
    sendGone(res, 'The change log no longer reaches back to this point: load the full dump, then follow the feed from latestBuild.', dumpUrl, { latestBuild, completeSince: log.completeSince });
    return;
  }
  const page = pageOf(entries, offset, limit);
  const shown: ShownChange[] = page.changes.map((change) => ({ ...change, href: localHref(change.graph, ctx.base, publicBase) }));
  const view: ChangesPage = {
    selfUrl: feedQuery(feedUrl, sinceText, offset, limit, sizes.pageSize), feedUrl, dumpUrl, since: sinceText ?? null, offset,
    latestBuild, completeSince: log.completeSince, changes: shown,
    ...(page.hasMore ? { nextUrl: feedQuery(feedUrl, sinceText, offset + limit, limit, sizes.pageSize) } : {}),
  };
  sendFeedBody(req, res, {
    body: RENDER[format.name as keyof typeof RENDER](view), format, maxAgeSeconds: 60,
    ...(latest ? { lastModified: new Date(latest.time) } : {}),
  });
}

/** Routes `/changes` and `/graph/{key}` (mount at the root, after compression). */
export function changesRouter(ctx: RouteContext, options: ChangeFeedOptions = {}): Router {
  const readLog = changeLogReader(ctx.dataDir);
  const sizes = { pageSize: options.pageSize ?? 500, maxPageSize: options.maxPageSize ?? 5000 };
  const router = Router();
  router.get('/changes', (req, res) => sendChanges(req, res, ctx, readLog, sizes));
  router.use(graphRouter(ctx, readLog));
  return router;
}
