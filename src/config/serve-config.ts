// Settings of `jiyao serve`: the only place that reads process.env for the HTTP server.

/** What the server needs from the environment and the command line. */
export interface ServeConfig {
  /** Dataset folder built by `jiyao build` (holds manifest.json, downloads/, ontology/). */
  dataDir: string;
  /** TCP port; 0 picks a free one. Default 3000, or the PORT environment variable. */
  port: number;
  /** Interface to bind. Default `0.0.0.0`, or the HOST environment variable. */
  host: string;
  /** pino level (`info`, `debug`, `silent` …). Default `info`, or LOG_LEVEL. */
  logLevel: string;
  /** Time limit of one SPARQL query in ms. Default 30000, or SPARQL_TIMEOUT_MS. */
  queryTimeoutMs: number;
  /** Row cap of one SPARQL result. Default 10000, or SPARQL_MAX_ROWS. */
  maxRows: number;
  /** Cap on a request body in bytes. Default 64 KiB, or MAX_BODY_BYTES. */
  maxBodyBytes: number;
  /** SPARQL queries handed to the store at once. Default 2, or SPARQL_MAX_RUNNING. */
  maxRunningQueries: number;
  /** SPARQL queries waiting for a slot, all clients together; more → 503. Default 32, or SPARQL_MAX_QUEUED. */
  maxQueuedQueries: number;
  /** SPARQL queries one client may have running or waiting; more → 429. Default 4, or SPARQL_MAX_PER_CLIENT. */
  maxQueriesPerClient: number;
  /** Reverse proxies in front that append to X-Forwarded-For (0: the header is ignored). Default 0, or TRUST_PROXY_HOPS. */
  trustedProxyHops: number;
}

/** Raised when a setting cannot be used; the CLI prints its one-line message. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Default port of `jiyao serve`. */
export const DEFAULT_PORT = 3000;

const LOG_LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/** Options given on the command line; they win over the environment. */
export interface ServeFlags {
  data: string;
  port?: string | number;
  host?: string;
}

/**
 * Merges command-line flags with the environment (flags first, then env, then defaults).
 * @param env - defaults to `process.env`
 * @throws ConfigError on a port or number that is not a valid non-negative integer
 */
export function readServeConfig(flags: ServeFlags, env: NodeJS.ProcessEnv = process.env): ServeConfig {
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.has(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${[...LOG_LEVELS].join(', ')}`);
  if (!flags.data) throw new ConfigError('--data DIR is required');
  return {
    dataDir: flags.data,
    port: parseInteger('port', flags.port ?? env.PORT, DEFAULT_PORT, 65535),
    host: flags.host ?? env.HOST ?? '0.0.0.0',
    logLevel,
    queryTimeoutMs: parseInteger('SPARQL_TIMEOUT_MS', env.SPARQL_TIMEOUT_MS, 30_000),
    maxRows: parseInteger('SPARQL_MAX_ROWS', env.SPARQL_MAX_ROWS, 10_000),
    maxBodyBytes: parseInteger('MAX_BODY_BYTES', env.MAX_BODY_BYTES, 64 * 1024),
    maxRunningQueries: Math.max(1, parseInteger('SPARQL_MAX_RUNNING', env.SPARQL_MAX_RUNNING, 2)),
    maxQueuedQueries: parseInteger('SPARQL_MAX_QUEUED', env.SPARQL_MAX_QUEUED, 32),
    maxQueriesPerClient: Math.max(1, parseInteger('SPARQL_MAX_PER_CLIENT', env.SPARQL_MAX_PER_CLIENT, 4)),
    trustedProxyHops: parseInteger('TRUST_PROXY_HOPS', env.TRUST_PROXY_HOPS, 0, 10),
  };
}

function parseInteger(name: string, raw: string | number | undefined, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (raw === undefined || raw === '') return fallback;
  const text = String(raw).trim();
  if (!/^\d+$/.test(text) || Number(text) > max) throw new ConfigError(`${name} must be an integer from 0 to ${max}, got "${text}"`);
  return Number(text);
}
