// Admission control for expensive requests (SPARQL queries): a bounded global queue, a per-client share, least recently served client first.
import type { Request, RequestHandler, Response } from 'express';

/** Settings of {@link createQueryLimiter}. */
export interface QueryLimiterOptions {
  /** Requests passed on at once (to the store, which runs them one at a time and queues the rest). Default 2. */
  maxRunning?: number;
  /** Requests waiting here for a slot, all clients together; more → 503. Default 32. */
  maxQueued?: number;
  /** Requests one client may have running or waiting; more → 429. Default 4. */
  maxPerClient?: number;
  /** Longest wait for a slot in ms; past it → 503. Default 30000. */
  maxWaitMs?: number;
  /** Seconds sent in `Retry-After` with a 429 or 503. Default 5. */
  retryAfterSeconds?: number;
  /**
   * Reverse proxies in front of the server that append to `X-Forwarded-For`. 0 (default): the header is ignored and the
   * client is the socket's address. n: the client is the n-th address from the right of the header.
   */
  trustedProxyHops?: number;
}

/** A request admitted or waiting: its client and how to let it through. */
interface Ticket {
  client: string;
  start: () => void;
  isDone: boolean;
  timer?: NodeJS.Timeout;
}

/** What the limiter currently holds (for health checks and tests). */
export interface LimiterState {
  running: number;
  queued: number;
  clients: number;
}

/** The middleware with a view of its state. */
export type QueryLimiter = RequestHandler & { state(): LimiterState };

/**
 * The client a request is counted against: the socket address, or with `trustedProxyHops` > 0 the address the
 * nearest trusted proxy saw (addresses further left in `X-Forwarded-For` can be forged by the client).
 */
export function clientKeyOf(req: Request, trustedProxyHops = 0): string {
  const socketAddress = req.socket.remoteAddress ?? 'unknown';
  if (trustedProxyHops <= 0) return socketAddress;
  const forwarded = (req.get('x-forwarded-for') ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  return forwarded[forwarded.length - trustedProxyHops] ?? forwarded[0] ?? socketAddress;
}

function refuse(res: Response, status: 429 | 503, retryAfterSeconds: number, message: string): void {
  res.status(status).set({ 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' });
  res.type('text/plain; charset=utf-8').send(`${message}\n`);
}

/**
 * Builds the limiter. A client over its share gets 429, a full queue or a wait past `maxWaitMs` gets 503, both with
 * `Retry-After` (as the Wikidata Query Service does). Waiting requests are released to the client served longest ago,
 * so one client's burst cannot starve the others. A slot is freed when the response finishes or the connection closes.
 */
export function createQueryLimiter(options: QueryLimiterOptions = {}): QueryLimiter {
  const maxRunning = options.maxRunning ?? 2;
  const maxQueued = options.maxQueued ?? 32;
  const maxPerClient = options.maxPerClient ?? 4;
  const maxWaitMs = options.maxWaitMs ?? 30_000;
  const retryAfter = options.retryAfterSeconds ?? 5;
  const perClient = new Map<string, number>();
  /** Waiting tickets by client, in arrival order. */
  const waiting = new Map<string, Ticket[]>();
  /** Turn at which each client holding a slot or a place was last let through. */
  const lastServed = new Map<string, number>();
  let turn = 0;
  let running = 0;
  let queued = 0;

  const release = (ticket: Ticket, wasRunning: boolean): void => {
    if (ticket.isDone) return;
    ticket.isDone = true;
    clearTimeout(ticket.timer);
    const left = (perClient.get(ticket.client) ?? 1) - 1;
    if (left > 0) perClient.set(ticket.client, left);
    else {
      perClient.delete(ticket.client);
      lastServed.delete(ticket.client);
    }
    if (wasRunning) running--;
    else dropWaiting(ticket);
    dispatch();
  };

  const dropWaiting = (ticket: Ticket): void => {
    const line = waiting.get(ticket.client);
    const index = line?.indexOf(ticket) ?? -1;
    if (!line || index === -1) return;
    line.splice(index, 1);
    queued--;
    if (line.length === 0) waiting.delete(ticket.client);
  };

  /** The waiting client served longest ago (never served first; ties in arrival order). */
  const nextClient = (): string => {
    let best: string | undefined;
    for (const client of waiting.keys()) {
      if (best === undefined || (lastServed.get(client) ?? 0) < (lastServed.get(best) ?? 0)) best = client;
    }
    return best as string;
  };

  /** Lets waiting tickets through while slots are free, least recently served client first. */
  const dispatch = (): void => {
    while (running < maxRunning && queued > 0) {
      const client = nextClient();
      const line = waiting.get(client) as Ticket[];
      const ticket = line.shift() as Ticket;
      queued--;
      if (line.length === 0) waiting.delete(client);
      lastServed.set(client, ++turn);
      clearTimeout(ticket.timer);
      running++;
      ticket.start();
    }
  };

  const middleware = ((req, res, next) => {
    const client = clientKeyOf(req, options.trustedProxyHops);
    const held = perClient.get(client) ?? 0;
    if (held >= maxPerClient) {
      return refuse(res, 429, retryAfter, `too many queries from your address at once (limit ${maxPerClient}); retry later`);
    }
    if (running >= maxRunning && queued >= maxQueued) {
      return refuse(res, 503, retryAfter, 'the query service is busy; retry later');
    }
    perClient.set(client, held + 1);
    let isRunning = false;
    const ticket: Ticket = { client, isDone: false, start: () => { isRunning = true; next(); } };
    const onEnd = (): void => release(ticket, isRunning);
    res.once('finish', onEnd);
    res.once('close', onEnd);
    const line = waiting.get(client) ?? [];
    line.push(ticket);
    waiting.set(client, line);
    queued++;
    ticket.timer = setTimeout(() => {
      if (isRunning || ticket.isDone) return;
      release(ticket, false);
      refuse(res, 503, retryAfter, `no query slot became free within ${maxWaitMs} ms; retry later`);
    }, maxWaitMs);
    dispatch();
  }) as QueryLimiter;
  middleware.state = () => ({ running, queued, clients: perClient.size });
  return middleware;
}
