// The one error middleware: maps any error to a status and writes a body in a negotiated format, never a stack.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { STATUS_CODES } from 'node:http';
import type { Logger } from 'pino';
import { notFound, statusOf, toHttpError, type HttpError } from './errors.js';
import { FORMATS, negotiateFormat, type FormatName } from './negotiate.js';
import { publicBaseOf } from './public-base.js';
import { renderErrorPage } from './views/error-view.js';

const ERROR_FORMATS: readonly FormatName[] = ['html', 'json', 'jsonld', 'turtle', 'ntriples', 'rdfxml'];

/** The error body in `format`: RDF formats get an empty graph with the message as a comment. */
function errorBody(format: FormatName, error: HttpError, status: number, publicBase: string): string {
  const title = STATUS_CODES[status] ?? 'Error';
  const oneLine = error.message.replace(/[\r\n]+/g, ' ');
  switch (format) {
    case 'json':
    case 'jsonld':
      return `${JSON.stringify({ status, error: title, message: error.message, available: error.details.available })}\n`;
    case 'turtle':
    case 'ntriples':
      return `# ${status} ${title}: ${oneLine}\n`;
    case 'rdfxml':
      return `<?xml version="1.0" encoding="utf-8"?>\n<!-- ${status} ${title}: ${oneLine.replace(/--/g, '- -')} -->\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>\n`;
    case 'html':
      return renderErrorPage({ status, title, message: error.message, alternates: error.details.alternates, publicBase });
  }
}

/** Express 5 error middleware; logs internal errors with their stack, answers with a safe message. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (thrown, req, res, next) => {
    if (res.headersSent) return next(thrown);
    const error = toHttpError(thrown);
    const status = statusOf(error);
    if (status >= 500) (res.locals.logger as Logger | undefined ?? logger).error({ err: thrown }, 'request failed');
    if (error.details.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(error.details.retryAfterSeconds));
    if (error.details.allow) res.setHeader('Allow', error.details.allow.join(', '));
    const format = (error.kind === 'not-acceptable' ? undefined : negotiateFormat({ accept: req.get('accept') }, ERROR_FORMATS)) ?? FORMATS.html;
    res.vary('Accept');
    res.setHeader('Cache-Control', 'no-store');
    res.status(status).type(format.contentType).send(errorBody(format.name, error, status, publicBaseOf(req)));
  };
}

/** The last route: nothing matched. */
export const notFoundHandler: RequestHandler = (_req, _res, next) => next(notFound());
