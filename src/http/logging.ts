// Request ids and one structured pino log line per request.
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

/** A client-sent X-Request-Id is kept only when it looks like an id (no log injection). */
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Gives each request an id (X-Request-Id, echoed in the response), a child logger in `res.locals.logger`,
 * and logs method, path, status and duration when the response finishes.
 */
export function requestLogging(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const sent = req.get('x-request-id');
    const id = sent && REQUEST_ID.test(sent) ? sent : randomUUID();
    const started = process.hrtime.bigint();
    const path = req.path; // routers mounted at a prefix (/sparql) rewrite req.url before the response finishes
    const child = logger.child({ requestId: id });
    res.locals.requestId = id;
    res.locals.logger = child;
    res.setHeader('X-Request-Id', id);
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      child.info({ method: req.method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    next();
  };
}
